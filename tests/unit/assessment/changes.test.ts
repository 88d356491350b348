import { describe, expect, it } from 'vitest'
import { NO_CHANGES, applyChanges, hasChanges, sameContent, unionChanges } from '@/domain/assessment/changes'
import type { Assessment } from '@/domain/assessment/types'

const base: Assessment = {
  id: 'a-1',
  questionnaireId: 'autonomie-numerique',
  questionnaireVersion: 2,
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
  answers: { 'profile.kind': { kind: 'single', value: 'association' } },
}

const mark = (status: 'done' | 'planned', at: string) => ({ status, updatedAt: at })

function changes(answers: string[] = [], actions: string[] = []) {
  return { ...NO_CHANGES, answers: new Set(answers), actions: new Set(actions) }
}

describe('applyChanges: this tab’s changes over what another tab stored', () => {
  it('keeps the other tab’s answer to another question and adds this tab’s', () => {
    const stored: Assessment = {
      ...base,
      answers: { ...base.answers, 'profile.budget': { kind: 'single', value: 'under10k' } },
    }
    const local: Assessment = {
      ...base,
      answers: { ...base.answers, 'profile.staff': { kind: 'single', value: 'none' } },
    }
    expect(applyChanges(stored, local, changes(['profile.staff'])).answers).toStrictEqual({
      'profile.kind': { kind: 'single', value: 'association' },
      'profile.budget': { kind: 'single', value: 'under10k' },
      'profile.staff': { kind: 'single', value: 'none' },
    })
  })

  it('writes this tab’s answer over the stored one for a question it changed (the later save wins)', () => {
    const stored: Assessment = {
      ...base,
      answers: { 'profile.kind': { kind: 'single', value: 'foundation' } },
    }
    const local: Assessment = {
      ...base,
      answers: { 'profile.kind': { kind: 'single', value: 'cooperative' } },
    }
    expect(applyChanges(stored, local, changes(['profile.kind'])).answers).toStrictEqual({
      'profile.kind': { kind: 'single', value: 'cooperative' },
    })
  })

  it('keeps the stored answer for a question this tab did not change, even if its copy is older', () => {
    const stored: Assessment = {
      ...base,
      answers: { 'profile.kind': { kind: 'single', value: 'foundation' } },
    }
    expect(applyChanges(stored, base, changes([])).answers).toStrictEqual(stored.answers)
  })

  it('removes an answer this tab cleared', () => {
    const local: Assessment = { ...base, answers: {} }
    expect(applyChanges(base, local, changes(['profile.kind'])).answers).toStrictEqual({})
  })

  it('merges action marks per action key, and leaves no empty marks object', () => {
    const stored: Assessment = { ...base, actions: { 'a:one': mark('done', '2026-11-30T08:01:00.000Z') } }
    const local: Assessment = { ...base, actions: { 'a:two': mark('planned', '2026-11-30T08:02:00.000Z') } }
    expect(applyChanges(stored, local, changes([], ['a:two'])).actions).toStrictEqual({
      'a:one': mark('done', '2026-11-30T08:01:00.000Z'),
      'a:two': mark('planned', '2026-11-30T08:02:00.000Z'),
    })
    expect(applyChanges(stored, base, changes([], ['a:one']))).not.toHaveProperty('actions')
  })

  it('keeps both tabs’ confirmations of carried-over answers (they only grow)', () => {
    const basedOn = { id: 'last-year', createdAt: '2025-11-30T08:00:00.000Z' }
    const stored: Assessment = { ...base, basedOn, confirmed: ['fn.email'] }
    const local: Assessment = { ...base, basedOn, confirmed: ['fn.files'] }
    const fields = new Set(['confirmed'] as const)
    expect(applyChanges(stored, local, { ...NO_CHANGES, fields }).confirmed).toEqual(['fn.email', 'fn.files'])
    // This tab confirmed nothing: the stored list stays as it is.
    expect(applyChanges(stored, { ...local, confirmed: undefined }, NO_CHANGES).confirmed).toEqual([
      'fn.email',
    ])
  })

  it('keeps the later of the two saving dates', () => {
    const stored: Assessment = { ...base, updatedAt: '2026-11-30T09:00:00.000Z' }
    const local: Assessment = { ...base, updatedAt: '2026-11-30T08:30:00.000Z' }
    expect(applyChanges(stored, local, changes(['profile.kind'])).updatedAt).toBe('2026-11-30T09:00:00.000Z')
    expect(applyChanges(local, stored, changes(['profile.kind'])).updatedAt).toBe('2026-11-30T09:00:00.000Z')
  })

  it('gives this tab’s assessment itself when it was replaced whole, or is not the one stored', () => {
    const stored: Assessment = { ...base, answers: {} }
    expect(applyChanges(stored, base, { ...NO_CHANGES, whole: true })).toBe(base)
    expect(applyChanges({ ...stored, id: 'a-2' }, base, changes())).toBe(base)
    expect(applyChanges({ ...stored, questionnaireVersion: 1 }, base, changes())).toBe(base)
  })
})

describe('changes bookkeeping', () => {
  it('has changes once anything is in it; a union holds both', () => {
    expect(hasChanges(NO_CHANGES)).toBe(false)
    expect(hasChanges({ ...NO_CHANGES, whole: true })).toBe(true)
    const both = unionChanges(changes(['q1']), changes(['q2'], ['a1']))
    expect([...both.answers]).toEqual(['q1', 'q2'])
    expect([...both.actions]).toEqual(['a1'])
    expect(both.whole).toBe(false)
  })
})

describe('sameContent', () => {
  it('ignores the saving date and the order of keys', () => {
    const reordered: Assessment = {
      ...base,
      updatedAt: '2026-12-01T00:00:00.000Z',
      answers: { 'profile.kind': { value: 'association', kind: 'single' } as const },
    }
    expect(sameContent(base, reordered)).toBe(true)
  })

  it('sees a changed answer or mark', () => {
    expect(sameContent(base, { ...base, answers: {} })).toBe(false)
    expect(sameContent(base, { ...base, actions: { a: mark('done', base.updatedAt) } })).toBe(false)
  })
})
