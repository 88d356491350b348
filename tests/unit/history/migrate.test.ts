/**
 * Migrating version-1 assessments to version 2: the fixture draft and examples, worked out by hand
 * from the rules (src/domain/history/migrate.ts) and the catalogue corrections
 * (docs/catalogue-corrections.md "Catalogue v2"), plus the edge cases of the tool rules.
 */
import { describe, expect, it } from 'vitest'
import { checkAssessment } from '@/domain/assessment/check'
import type { Answer, Assessment, FunctionAnswer } from '@/domain/assessment/types'
import { firstSectionWithNewQuestions, migrateToV2, type NewQuestion } from '@/domain/history/migrate'
import { draftRecord, exampleAssessment, v1, v2 } from './fixtures'

/** A new question as `section/question[/field]`, short enough to read a whole list at a glance. */
function short(q: NewQuestion): string {
  return q.kind === 'followUp'
    ? `${q.sectionId}/${q.questionId}/${q.field}`
    : `${q.sectionId}/${q.questionId}`
}

function assessmentWith(answers: Record<string, Answer>): Assessment {
  return {
    id: 'a-1',
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    answers,
  }
}

function used(toolIds: readonly string[], extra: Partial<FunctionAnswer> = {}): FunctionAnswer {
  return {
    kind: 'function',
    use: 'used',
    tools: toolIds.map((toolId) => ({ kind: 'catalogue', toolId })),
    criticality: 'important',
    data: 'internal',
    exit: 'notChecked',
    stance: 'default',
    ...extra,
  }
}

const GOVERNANCE_ADDED = [
  'governance/gov.domainName',
  'governance/gov.personalDevices',
  'governance/gov.continuity',
]

describe('the draft stored before version 2 (tests/fixtures/v1/draft-record.json)', () => {
  const before = draftRecord().assessment
  const { assessment: after, report } = migrateToV2(before, v1, v2)

  it('keeps the id and the dates, and moves to questionnaire version 2', () => {
    expect(after.id).toBe(before.id)
    expect(after.createdAt).toBe(before.createdAt)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(after.questionnaireId).toBe('autonomie-numerique')
    expect(after.questionnaireVersion).toBe(2)
    expect(report).toMatchObject({ fromVersion: 1, toVersion: 2 })
  })

  it('lists the new questions in version 2’s reading order', () => {
    // Follow-ups are asked for email, files, calendar, team chat, social, website, analytics
    // (Matomo is left), payments and accounting (tool unknown); not for projects (unused),
    // identity (use unknown) or generative AI (now unused). Phone, payroll and e-signature are
    // new functions; the three practices are new governance questions.
    expect(report.newQuestions.map(short)).toEqual([
      'collaborate/fn.email/keys',
      'collaborate/fn.files/keys',
      'collaborate/fn.calendar/keys',
      'communicateInside/fn.team_chat/keys',
      'communicateInside/fn.phone',
      'communicateOutside/fn.social/keys',
      'communicateOutside/fn.website/keys',
      'communicateOutside/fn.analytics/keys',
      'runOrganisation/fn.payments/keys',
      'runOrganisation/fn.accounting/keys',
      'runOrganisation/fn.payroll',
      'runOrganisation/fn.esignature',
      ...GOVERNANCE_ADDED,
    ])
    expect(firstSectionWithNewQuestions(report)).toBe('collaborate')
  })

  it('drops the non-tools: analytics keeps Matomo, generative AI becomes "not used"', () => {
    expect(report.droppedTools.map((d) => [d.functionId, d.toolId, d.reason])).toEqual([
      ['analytics', 'server-log-stats', 'notATool'],
      ['genai', 'no-ai', 'notATool'],
    ])
    expect(report.droppedTools[1]?.toolName.en).toMatch(/No AI/)
    expect(report.nowUnused.map((f) => f.functionId)).toEqual(['genai'])
    expect(after.answers['fn.genai']).toEqual({ kind: 'function', use: 'unused', tools: [] })
    expect(after.answers['fn.analytics']).toEqual({
      ...before.answers['fn.analytics'],
      tools: [{ kind: 'catalogue', toolId: 'matomo' }],
    })
  })

  it('keeps Gmail and the Proton calendar under their ids, and says what they were split into', () => {
    expect(report.narrowedTools.map((n) => [n.toolId, n.splitInto.map((s) => s.toolId)])).toEqual([
      ['gmail', ['google-workspace-mail']],
      ['proton-infomaniak-calendar', ['infomaniak-calendar']],
    ])
    expect(report.narrowedTools[0]?.before.fr).not.toBe(report.narrowedTools[0]?.after.fr)
    expect(after.answers['fn.email']).toEqual(before.answers['fn.email'])
  })

  it('keeps every other answer as it was and drops none', () => {
    const changed = new Set(['fn.genai', 'fn.analytics'])
    for (const [id, answer] of Object.entries(before.answers)) {
      if (!changed.has(id)) expect(after.answers[id], id).toEqual(answer)
    }
    expect(Object.keys(after.answers).sort()).toEqual(Object.keys(before.answers).sort())
    expect(report.droppedAnswers).toEqual([])
    expect(checkAssessment(after, v2.questionnaire, v2.catalogue)).toEqual([])
  })
})

describe('the example files of version 1', () => {
  it('small association: every answer kept; keys asked for its 12 functions in use', () => {
    const before = exampleAssessment('small-association-dominant.json')
    const { assessment: after, report } = migrateToV2(before, v1, v2)
    expect(after.answers).toEqual(before.answers)
    expect(report.newQuestions.filter((q) => q.kind === 'followUp')).toHaveLength(12)
    // 12 keys + phone, payroll, e-signature + 3 practices
    expect(report.newQuestions).toHaveLength(18)
    expect(report.narrowedTools.map((n) => n.toolId)).toEqual(['gmail'])
    expect(report.droppedTools).toEqual([])
    expect(checkAssessment(after, v2.questionnaire, v2.catalogue)).toEqual([])
  })

  it('mid-size: the function in use with its tool unknown is asked who holds the keys too', () => {
    const before = exampleAssessment('mid-size-in-transition.json')
    const { report } = migrateToV2(before, v1, v2)
    // 10 scored functions + team chat (tool unknown); projects' use is "I don't know".
    expect(report.newQuestions.filter((q) => q.kind === 'followUp').map((q) => q.questionId)).toContain(
      'fn.team_chat',
    )
    expect(report.newQuestions.filter((q) => q.kind === 'followUp')).toHaveLength(11)
    expect(report.narrowedTools.map((n) => n.toolId)).toEqual(['outlook'])
  })
})

describe('the tool rules', () => {
  it('a described tool next to a non-tool keeps the function in use', () => {
    const other = {
      kind: 'other' as const,
      id: 'other-1',
      name: 'Local LLM',
      vendor: 'Us',
      jurisdiction: 'self-or-ethical-eu' as const,
      licence: 'libre' as const,
      businessModel: 'public-or-commons' as const,
      export: 'full' as const,
      hosting: 'self-hosted' as const,
    }
    const before = assessmentWith({
      'fn.genai': { ...used(['no-ai']), tools: [{ kind: 'catalogue', toolId: 'no-ai' }, other] },
    })
    const { assessment: after, report } = migrateToV2(before, v1, v2)
    expect(after.answers['fn.genai']).toEqual({ ...before.answers['fn.genai'], tools: [other] })
    expect(report.nowUnused).toEqual([])
  })

  it('a non-tool with "I don\'t know which tool" keeps the function in use, tool unknown', () => {
    const before = assessmentWith({ 'fn.genai': used(['no-ai'], { toolUnknown: true }) })
    const { assessment: after, report } = migrateToV2(before, v1, v2)
    expect(after.answers['fn.genai']).toEqual({ ...before.answers['fn.genai'], tools: [] })
    expect(report.nowUnused).toEqual([])
  })

  it('a tool version 2 does not know for the function is dropped and listed; the function stays in use', () => {
    const before = assessmentWith({ 'fn.email': used(['gone-mail']) })
    const { assessment: after, report } = migrateToV2(before, v1, v2)
    expect(after.answers['fn.email']).toEqual({ ...before.answers['fn.email'], tools: [] })
    expect(report.droppedTools.map((d) => [d.toolId, d.reason])).toEqual([['gone-mail', 'notInCatalogue']])
    expect(report.nowUnused).toEqual([])
    expect(checkAssessment(after, v2.questionnaire, v2.catalogue)).toEqual([])
  })

  it('an answer version 2 cannot read is dropped with the reason its check gives', () => {
    const before = assessmentWith({
      'profile.kind': { kind: 'single', value: 'guild' },
      'fn.retired': used([]),
      'value.privacy': { kind: 'scale', value: 4 },
    })
    const { assessment: after, report } = migrateToV2(before, v1, v2)
    expect(report.droppedAnswers).toEqual([
      { questionId: 'profile.kind', reason: 'unknownOption' },
      { questionId: 'fn.retired', reason: 'unknownQuestion' },
    ])
    expect(after.answers).toEqual({ 'value.privacy': { kind: 'scale', value: 4 } })
  })

  it('an empty assessment gets the new functions and practices only, first in "communicating inside"', () => {
    const { report } = migrateToV2(assessmentWith({}), v1, v2)
    expect(report.newQuestions.map(short)).toEqual([
      'communicateInside/fn.phone',
      'runOrganisation/fn.payroll',
      'runOrganisation/fn.esignature',
      ...GOVERNANCE_ADDED,
    ])
    expect(firstSectionWithNewQuestions(report)).toBe('communicateInside')
  })
})
