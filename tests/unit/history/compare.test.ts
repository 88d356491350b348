/**
 * compareAssessments on pairs built by hand, expected numbers worked out from the written method
 * (DOMAIN.md): exposure X = 0.25 b + 0.25 j + 0.15 l + 0.20 k + 0.15 m, D = 100 × X × c × s × e.
 */
import { describe, expect, it } from 'vitest'
import { compareAssessments, sharedQuestionnaire } from '@/domain/history/compare'
import { migrateToV2 } from '@/domain/history/migrate'
import { questionnaire as questionnaireV1 } from '@/domain/questionnaire/bank'
import { questionnaireV2 } from '@/domain/questionnaire/bank-v2'
import {
  assessmentV2,
  contentOf,
  contentV1,
  contentV2,
  earlier,
  earlierAnswers,
  earlierPlan,
  example,
  later,
  laterAnswers,
  laterPlan,
  scored,
  usedVital,
} from './compare-support'

describe('compareAssessments, one version', () => {
  const c = compareAssessments(earlier, later)
  const number = (key: string) => c.numbers.find((n) => n.key === key)

  it('compares as each report showed it, without naming a version difference', () => {
    expect(c.basis).toBe('same')
    expect(c.versions).toBeNull()
    expect(c.earlier).toMatchObject({ id: 'a-2025', name: 'Asso', date: '2025-11-20T10:00:00.000Z' })
    expect(c.later).toMatchObject({ id: 'a-2026', date: '2026-11-20T10:00:00.000Z' })
  })

  it('gives the dependency index down 38 points, an improvement: (76 + 76) / 2 → (0 + 76) / 2', () => {
    expect(number('dependencyIndex')).toEqual({
      key: 'dependencyIndex',
      before: 76,
      after: 38,
      change: -38,
      movement: 'down',
      verdict: 'better',
      higherIsBetter: false,
    })
  })

  it('gives concentration 100 → 50: Google held both vital functions, then one of two', () => {
    // Weights 3 + 3: Google 6/6 → 100 × 1² = 100; then Google 3/6, Framasoft 3/6 → 100 × (¼ + ¼) = 50.
    expect(number('concentration')).toMatchObject({ before: 100, after: 50, change: -50, verdict: 'better' })
  })

  it('gives fragility 50 → 0: one person held the files (p 1, w 3) out of 6, then the team', () => {
    expect(number('fragility')).toMatchObject({ before: 50, after: 0, change: -50, verdict: 'better' })
  })

  it('says governance cannot be compared when neither answered it, and completeness did not move', () => {
    expect(number('governance')).toMatchObject({
      before: null,
      after: null,
      change: null,
      verdict: 'unknown',
    })
    expect(number('completeness')).toMatchObject({ change: 0, movement: 'same', verdict: 'same' })
  })

  it('gives the level then and now: C = 100 − DI (no governance), 24 → level 1, 62 → level 3', () => {
    expect(c.level).toEqual({ before: 1, after: 3, change: 2, verdict: 'better' })
  })

  it('names the replaced tool function by function, and nothing for the unchanged one', () => {
    expect(c.functions).toHaveLength(1)
    expect(c.functions[0]).toMatchObject({
      functionId: 'files',
      kind: 'tools',
      functionName: { en: 'File storage & sharing' },
      removed: [{ key: 'google-drive', label: { en: 'Google Drive' } }],
      added: [{ key: 'framaspace', label: { en: 'Framaspace' } }],
      dependencyBefore: 76,
      dependencyAfter: 0,
    })
  })

  it('lists the single points of failure removed (Google’s two vital functions, one person on files)', () => {
    expect(c.singlePoints.removed.map((p) => p.key).sort()).toEqual(['person:files', 'vitalFunctions:google'])
    expect(c.singlePoints.added).toEqual([])
    const google = c.singlePoints.removed.find((p) => p.key === 'vitalFunctions:google')
    expect(google?.vendor).toBe('Google')
    expect(google?.functions.map((f) => f.en).sort()).toEqual(['Email', 'File storage & sharing'])
  })

  it('claims no weak spot removed when the later answers leave its functions open', () => {
    const open = scored(
      assessmentV2('o', '2026-11-20T10:00:00.000Z', { 'fn.email': usedVital(['gmail']) }),
      contentV2,
      laterPlan,
    )
    const c = compareAssessments(earlier, open)
    expect(c.singlePoints.removed).toEqual([])
    expect(c.singlePoints.unknown.map((p) => p.key).sort()).toEqual(['person:files', 'vitalFunctions:google'])
  })

  it('claims no contradiction resolved when the later assessment does not rate the value', () => {
    const rated = { ...earlierAnswers, 'value.privacy': { kind: 'scale' as const, value: 5 as const } }
    const a = scored(assessmentV2('r', '2025-11-20T10:00:00.000Z', rated), contentV2, earlierPlan)
    // Privacy rated 5 (I = 100), both tools at b = j = 1: P = 0, gap 100, a contradiction.
    expect(a.result.contradictions).toContain('privacy')
    const c = compareAssessments(a, later)
    expect(c.contradictions.removed).toEqual([])
    expect(c.contradictions.unknown.map((x) => x.value)).toEqual(['privacy'])
  })

  it('follows the marked actions of the earlier plan and what the later answers show', () => {
    expect(c.actions.map((a) => [a.key, a.mark.status, a.evidence])).toEqual([
      ['replace:files:framaspace', 'done', 'shown'],
      ['mitigate:secondAdmin:files', 'done', 'noLongerProposed'],
      ['mitigate:twoFactorAdmins', 'inProgress', 'stillProposed'],
    ])
    expect(c.actions[0]?.action).toMatchObject({
      kind: 'proposal',
      from: [{ en: 'Google Drive' }],
      to: { en: 'Framaspace' },
    })
  })

  it('tells a function started and one stopped, but not one left unanswered', () => {
    const a = scored(
      assessmentV2('a', '2025-01-01T00:00:00.000Z', {
        'fn.team_chat': { kind: 'function', use: 'unused', tools: [] },
        'fn.video': usedVital(['zoom']),
      }),
      contentV2,
    )
    const b = scored(
      assessmentV2('b', '2026-01-01T00:00:00.000Z', {
        'fn.team_chat': usedVital(['element-chat']),
        'fn.video': { kind: 'function', use: 'unused', tools: [] },
        'fn.files': usedVital(['framaspace']),
      }),
      contentV2,
    )
    const kinds = compareAssessments(a, b).functions.map((f) => [
      f.functionId,
      f.kind,
      f.added.map((t) => t.key),
      f.removed.map((t) => t.key),
    ])
    expect(kinds).toEqual([
      ['team_chat', 'started', ['element-chat'], []],
      ['video', 'stopped', [], ['zoom']],
    ])
  })

  it('shows a proposal only partly done when the replaced tool is still there beside the new one', () => {
    const partly = scored(
      assessmentV2('p', '2026-11-20T10:00:00.000Z', {
        ...laterAnswers,
        'fn.files': usedVital(['google-drive', 'framaspace']),
      }),
      contentV2,
      laterPlan,
    )
    expect(compareAssessments(earlier, partly).actions[0]?.evidence).toBe('partly')
  })
})

describe('compareAssessments, two versions', () => {
  const original = example('small-association-dominant.json')
  const migrated = migrateToV2(original, contentV1, contentV2).assessment

  it('finds no change between a version-1 assessment and its own migration: the method’s changes are not the organisation’s', () => {
    const c = compareAssessments(scored(original, contentV1), scored(migrated, contentV2))
    expect(c.basis).toBe('shared')
    expect(c.versions?.migrated).toBe(true)
    for (const n of c.numbers) expect(n.change === null || n.change === 0).toBe(true)
    expect(c.level.change).toBe(0)
    expect(c.functions).toEqual([])
    expect(c.singlePoints.added).toEqual([])
    expect(c.singlePoints.removed).toEqual([])
    expect(c.contradictions.added).toEqual([])
    expect(c.contradictions.removed).toEqual([])
  })

  it('lists the questions only version 2 asks: who holds the keys, three functions, three practices', () => {
    const c = compareAssessments(scored(original, contentV1), scored(migrated, contentV2))
    const added = c.versions?.questionsAdded ?? []
    expect(
      added.filter((q) => q.kind === 'followUp').map((q) => (q.kind === 'followUp' ? q.field : '')),
    ).toEqual(['keys'])
    expect(
      added
        .filter((q) => q.kind === 'function')
        .map((q) => (q.kind === 'function' ? q.functionId : ''))
        .sort(),
    ).toEqual(['esignature', 'payroll', 'phone'])
    expect(
      added
        .filter((q) => q.kind === 'question')
        .map((q) => (q.kind === 'question' ? q.questionId : ''))
        .sort(),
    ).toEqual(['gov.continuity', 'gov.domainName', 'gov.personalDevices'])
    expect(c.versions?.questionsRemoved).toEqual([])
  })

  it('keeps the numbers each report showed beside the shared-basis ones', () => {
    const later = scored(migrated, contentV2)
    const c = compareAssessments(scored(original, contentV1), later)
    expect(c.versions?.reported.before.dependencyIndex).toBe(
      Math.round(scored(original, contentV1).result.dependencyIndex!),
    )
    expect(c.versions?.reported.after.dependencyIndex).toBe(Math.round(later.result.dependencyIndex!))
  })

  it('lists a fact the catalogue changed for a tool the organisation uses', () => {
    // Evernote: jurisdiction "eu-or-adequate" in catalogue 1, "extraterritorial" in catalogue 2.
    // Version 1 asks no "who holds the keys".
    const notes = { ...usedVital(['evernote']), keys: undefined }
    const v1 = { ...original, answers: { ...original.answers, 'fn.knowledge': notes } }
    const c = compareAssessments(
      scored(v1, contentV1),
      scored(migrateToV2(v1, contentV1, contentV2).assessment, contentV2),
    )
    expect(c.versions?.factsChanged).toContainEqual({
      toolId: 'evernote',
      toolName: expect.objectContaining({ en: expect.stringContaining('Evernote') }) as unknown,
      fact: 'jurisdiction',
      before: 'eu-or-adequate',
      after: 'extraterritorial',
    })
  })

  it('restricts a questionnaire to the questions and follow-ups another asks', () => {
    const shared = sharedQuestionnaire(questionnaireV2, questionnaireV1)
    const ids = shared.sections.flatMap((s) => s.questions.map((q) => q.id))
    expect(ids).not.toContain('gov.continuity')
    expect(ids).not.toContain('fn.payroll')
    const files = shared.sections.flatMap((s) => s.questions).find((q) => q.id === 'fn.files')
    expect(files?.kind === 'function' && files.followUps.map((f) => f.field)).toEqual([
      'criticality',
      'data',
      'exit',
      'stance',
    ])
  })

  it('reads every example with its own version', () => {
    expect(contentOf(original)).toBe(contentV1)
  })
})
