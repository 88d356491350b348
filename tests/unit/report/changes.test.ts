/**
 * The comparison turned into the report's "changes" data (reportChanges), on two small assessments
 * built by hand; the numbers are the ones tests/unit/history/compare.test.ts works out from the
 * method (DOMAIN.md): Google Drive and Gmail D = 76, Framaspace D = 0.
 */
import { describe, expect, it } from 'vitest'
import { compareAssessments } from '@/domain/history/compare'
import { migrateToV2 } from '@/domain/history/migrate'
import { reportChanges } from '@/report/changes'
import {
  assessmentV2,
  contentV1,
  contentV2,
  earlier,
  example,
  later,
  scored,
  usedVital,
} from '../history/compare-support'
import { wordsIn } from '../../support/report'

const en = wordsIn('en')

describe('reportChanges', () => {
  const comparison = compareAssessments(earlier, later)
  const changes = reportChanges(comparison, en)

  it('dates the section by the previous assessment and says it on page 1 in one line', () => {
    expect(changes.previousDate).toBe('2025-11-20T10:00:00.000Z')
    // DI (76 + 76) / 2 = 76 → (0 + 76) / 2 = 38; C = 100 − DI without governance: 24 → level 1, 62 → level 3.
    expect(changes.headline).toBe(
      'Since 20 November 2025: dependency index down 38 points (76 → 38); step 1 → 3 of 5.',
    )
  })

  it('gives the step and every key number before and now, with the change in words', () => {
    const completeness = comparison.numbers.find((n) => n.key === 'completeness')?.before
    expect(changes.rows).toEqual([
      { label: 'Step on the path', before: '1 of 5', now: '3 of 5', change: 'Up 2 steps: an improvement' },
      { label: 'Dependency index', before: '76', now: '38', change: 'Down 38 points: an improvement' },
      // Google held both vital functions (weights 3 + 3): 100; then one of two: 100 × (¼ + ¼) = 50.
      { label: 'Vendor concentration', before: '100', now: '50', change: 'Down 50 points: an improvement' },
      // One person held the files (w 3) out of 6: 50; then the team: 0.
      { label: 'Fragility', before: '50', now: '0', change: 'Down 50 points: an improvement' },
      {
        label: 'Governance maturity',
        before: '—',
        now: '—',
        change: 'Not comparable: one of the two assessments does not allow computing it',
      },
      {
        label: 'Answers complete',
        before: `${completeness}%`,
        now: `${completeness}%`,
        change: 'No change',
      },
    ])
  })

  it('names the tool replaced function by function with its dependency then and now', () => {
    expect(changes.tools).toEqual([
      { label: 'File storage & sharing', change: 'Google Drive → Framaspace', dependency: '76 → 0' },
    ])
  })

  it('lists the weak spots removed and none new', () => {
    expect([...changes.points.removed].sort()).toEqual(
      [
        'File storage & sharing: only one person holds the keys',
        expect.stringMatching(
          /^Google holds several vital functions: (Email and File storage & sharing|File storage & sharing and Email)$/,
        ),
      ].sort(),
    )
    expect(changes.points.added).toEqual([])
  })

  it('follows the actions of the earlier plan the organisation marked', () => {
    expect(changes.actions).toEqual([
      {
        action: 'File storage & sharing: move from Google Drive to Framaspace',
        mark: 'Done',
        evidence: 'Done: Framaspace is in use, Google Drive no longer is.',
      },
      {
        // Marked done, and the files are now held by the team: the later plan drops it.
        action:
          'File storage & sharing: Give admin access to a second person, through an account in the organisation’s name.',
        mark: 'Done',
        evidence: 'The new plan no longer proposes it.',
      },
      {
        action: 'Turn on two-factor authentication for every admin account.',
        mark: 'In progress',
        evidence: 'The new plan still proposes it.',
      },
    ])
  })

  it('adds no version note when both were answered with one version', () => {
    expect(changes.notes).toBeUndefined()
  })

  it('lists a contradiction resolved: privacy rated 5 (I = 100), P 0 on Google, then 100 on Framaspace alone', () => {
    const privacy = { 'value.privacy': { kind: 'scale' as const, value: 5 as const } }
    const a = scored(
      assessmentV2('p-2025', '2025-01-01T00:00:00.000Z', {
        ...privacy,
        'fn.files': usedVital(['google-drive']),
        'fn.email': usedVital(['gmail']),
      }),
      contentV2,
    )
    // Framaspace: b 0, j 0, so privacy risk 0.6 b + 0.4 j = 0 and P = 100: gap max(0, 100 − 100) = 0.
    const b = scored(
      assessmentV2('p-2026', '2026-01-01T00:00:00.000Z', {
        ...privacy,
        'fn.files': usedVital(['framaspace']),
        'fn.email': { kind: 'function', use: 'unused', tools: [] },
      }),
      contentV2,
    )
    const c = reportChanges(compareAssessments(a, b), en)
    expect(c.contradictions).toEqual({
      removed: ['Privacy and data protection (GDPR): gap of 100 before, 0 after (out of 100)'],
      added: [],
    })
    expect(c.tools).toContainEqual({
      label: 'Email',
      change: 'No longer used (it was Gmail (free account))',
      dependency: '76 → —',
    })
  })

  it('says when the versions differ, and that the earlier one was brought to version 2', () => {
    const original = example('small-association-dominant.json')
    const migrated = migrateToV2(original, contentV1, contentV2).assessment
    const c = reportChanges(compareAssessments(scored(original, contentV1), scored(migrated, contentV2)), en)
    expect(c.notes?.[0]).toContain('(version 1, then 2)')
    expect(c.notes?.[1]).toContain('brought to version 2')
    expect(c.notes?.[2]).toMatch(/^The numbers as each report showed them: Dependency index \d+ → \d+; /)
    expect(c.notes?.[2]).toMatch(/; Answers complete \d+% → \d+%\.$/)
  })

  it('words it in French with the typography the app uses', () => {
    const fr = reportChanges(comparison, wordsIn('fr'))
    expect(fr.headline).toBe(
      'Depuis le 20 novembre 2025\u00a0: indice de dépendance en baisse de 38 points (76 → 38)\u202f; étape 1 → 3 sur 5.',
    )
  })
})
