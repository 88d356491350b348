/**
 * The organisation's marks on its plan: setting and clearing one (never mutating), reading them
 * from a file or a draft (strict), the exported file carrying them, the migration keeping them,
 * and the join with the plan by stable keys.
 */
import { describe, expect, it } from 'vitest'
import { markedActions, mitigationKey, proposalKey, type Plan, type Proposal } from '@/domain/advice'
import { withActionStatus } from '@/domain/assessment/assessment'
import { readAssessmentFile, serialiseAssessmentFile, toAssessmentFile } from '@/domain/assessment/file'
import { readAssessmentData } from '@/domain/assessment/parse'
import { ACTION_NOTE_MAX, type Assessment } from '@/domain/assessment/types'
import { migrateToV2 } from '@/domain/history/migrate'
import { v1, v2 } from '../history/fixtures'

const base: Assessment = {
  id: 'a-1',
  questionnaireId: 'autonomie-numerique',
  questionnaireVersion: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  answers: {},
}
const now = new Date('2026-11-30T08:00:00.000Z')
const KEY = 'replace:email:ethical-host-mail'

describe('withActionStatus', () => {
  it('marks an action with its note and time, and moves updatedAt, without touching the original', () => {
    const next = withActionStatus(base, KEY, 'done', 'Moved in October', now)
    expect(next.actions).toEqual({
      [KEY]: { status: 'done', note: 'Moved in October', updatedAt: '2026-11-30T08:00:00.000Z' },
    })
    expect(next.updatedAt).toBe('2026-11-30T08:00:00.000Z')
    expect(base.actions).toBeUndefined()
    expect(base.updatedAt).toBe('2026-01-02T00:00:00.000Z')
  })

  it('drops a blank note and cuts a long one to the maximum', () => {
    expect(withActionStatus(base, KEY, 'planned', '   ', now).actions?.[KEY]).toEqual({
      status: 'planned',
      updatedAt: '2026-11-30T08:00:00.000Z',
    })
    const long = withActionStatus(base, KEY, 'planned', 'x'.repeat(ACTION_NOTE_MAX + 5), now)
    expect(long.actions?.[KEY]?.note).toHaveLength(ACTION_NOTE_MAX)
  })

  it('clearing the last mark leaves no actions object; other marks stay', () => {
    const two = withActionStatus(
      withActionStatus(base, KEY, 'done', undefined, now),
      'mitigate:twoFactorAdmins',
      'planned',
      undefined,
      now,
    )
    const one = withActionStatus(two, KEY, null, undefined, now)
    expect(Object.keys(one.actions ?? {})).toEqual(['mitigate:twoFactorAdmins'])
    expect('actions' in withActionStatus(one, 'mitigate:twoFactorAdmins', null, undefined, now)).toBe(false)
  })
})

describe('reading actions', () => {
  const mark = { status: 'done', note: 'ok', updatedAt: '2026-11-30T08:00:00.000Z' }

  it('reads valid marks, and an assessment without any', () => {
    const read = readAssessmentData({ ...base, actions: { [KEY]: mark } })
    expect(read.ok && read.assessment.actions).toEqual({ [KEY]: mark })
    const old = readAssessmentData(base)
    expect(old.ok && old.assessment.actions).toBeUndefined()
  })

  it.each([
    ['an unknown status', { ...mark, status: 'finished' }, `assessment.actions.${KEY}.status`],
    ['a loose timestamp', { ...mark, updatedAt: '30/11/2026' }, `assessment.actions.${KEY}.updatedAt`],
    ['a note too long', { ...mark, note: 'x'.repeat(ACTION_NOTE_MAX + 1) }, `assessment.actions.${KEY}.note`],
    ['no status', { updatedAt: mark.updatedAt }, `assessment.actions.${KEY}.status`],
  ])('refuses %s, naming the field', (_, bad, path) => {
    const read = readAssessmentData({ ...base, actions: { [KEY]: bad } })
    expect(read.ok).toBe(false)
    expect(!read.ok && read.problems[0]?.path).toBe(path)
  })

  it('refuses a list where the record belongs', () => {
    expect(readAssessmentData({ ...base, actions: [mark] }).ok).toBe(false)
  })

  it('an exported file carries the marks and reads back with them', () => {
    const marked = withActionStatus(base, KEY, 'done', 'Moved', now)
    const read = readAssessmentFile(serialiseAssessmentFile(toAssessmentFile(marked, now)))
    expect(read.ok && read.assessment.actions).toEqual(marked.actions)
  })
})

describe('migration keeps the marks', () => {
  it('a version-1 assessment keeps its actions on becoming version 2', () => {
    const marked = withActionStatus({ ...base, questionnaireVersion: 1 }, KEY, 'inProgress', 'Started', now)
    const { assessment } = migrateToV2(marked, v1, v2)
    expect(assessment.questionnaireVersion).toBe(2)
    expect(assessment.actions).toEqual(marked.actions)
  })
})

describe('action keys and the join with the plan', () => {
  it('keys are built from ids only', () => {
    expect(proposalKey({ functionId: 'email', alternativeId: 'ethical-host-mail' })).toBe(KEY)
    expect(mitigationKey({ id: 'secondAdmin', functionId: 'email' })).toBe('mitigate:secondAdmin:email')
    expect(mitigationKey({ id: 'twoFactorAdmins' })).toBe('mitigate:twoFactorAdmins')
  })

  it('joins each action with its mark, null when undecided; a mark off the plan shows nowhere', () => {
    const proposal = { functionId: 'email', alternativeId: 'ethical-host-mail' } as Proposal
    const plan: Plan = { worthActingOn: [], proposals: [proposal], mitigations: [{ id: 'twoFactorAdmins' }] }
    const done = { status: 'done' as const, updatedAt: '2026-11-30T08:00:00.000Z' }
    const joined = markedActions(plan, { [KEY]: done, 'replace:files:gone': done })
    expect(joined.map((a) => [a.key, a.mark])).toEqual([
      [KEY, done],
      ['mitigate:twoFactorAdmins', null],
    ])
    expect(markedActions(plan, undefined).every((a) => a.mark === null)).toBe(true)
  })
})
