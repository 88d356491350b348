/**
 * Two assessments of one organisation a year apart, built by hand, for the report's "changes" tests.
 * The numbers are worked out in tests/unit/history/compare.test.ts from the method (DOMAIN.md).
 */
import type { Plan } from '@/domain/advice'
import { assessmentV2, contentV2, scored, usedVital } from '../history/compare-support'

// 2025: files on Google Drive held by one person, email on Gmail; both vital, personal data.
// 2026: files on Framaspace held by the team, email still on Gmail.
const earlierPlan: Plan = {
  worthActingOn: [{ functionId: 'files', dependency: 76, kind: 'replace' }],
  proposals: [
    {
      functionId: 'files',
      currentToolIds: ['google-drive'],
      alternativeId: 'framaspace',
      routes: [],
      dependency: 76,
      newDependency: 0,
      gain: 76,
      dependencyIndexIfDone: 38,
      improves: [],
      fit: 1,
      switching: 'low',
      running: null,
      effort: 1,
      priority: 76,
      cost: null,
      quickWin: true,
      sixMonthPlan: true,
    },
  ],
  mitigations: [{ id: 'twoFactorAdmins' }],
}
const laterPlan: Plan = { worthActingOn: [], proposals: [], mitigations: [{ id: 'twoFactorAdmins' }] }

export const earlier = scored(
  {
    ...assessmentV2('a-2025', '2025-11-20T10:00:00.000Z', {
      'fn.files': usedVital(['google-drive'], 'onePerson'),
      'fn.email': usedVital(['gmail']),
    }),
    actions: {
      'replace:files:framaspace': { status: 'done', updatedAt: '2026-03-01T10:00:00.000Z' },
      'mitigate:twoFactorAdmins': { status: 'inProgress', updatedAt: '2026-03-01T10:00:00.000Z' },
    },
  },
  contentV2,
  earlierPlan,
)
export const later = scored(
  assessmentV2('a-2026', '2026-11-20T10:00:00.000Z', {
    'fn.files': usedVital(['framaspace']),
    'fn.email': usedVital(['gmail']),
  }),
  contentV2,
  laterPlan,
)
