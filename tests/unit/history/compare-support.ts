/** Scored sides for the comparison tests: real contents of both versions, answers built by hand. */
import { buildPlan, type Plan, type Proposal } from '@/domain/advice'
import type { Answers, Assessment, FunctionAnswer } from '@/domain/assessment/types'
import { catalogueV1 } from '@/domain/catalogue/v1'
import { catalogueV2, routesV2 } from '@/domain/catalogue/v2'
import type { ScoredAssessment } from '@/domain/history/compare'
import { questionnaire as questionnaireV1 } from '@/domain/questionnaire/bank'
import { questionnaireV2 } from '@/domain/questionnaire/bank-v2'
import type { Content } from '@/domain/registry'
import { scoreAssessment } from '@/domain/scoring'

export const contentV1: Content = { questionnaire: questionnaireV1, catalogue: catalogueV1, routes: routesV2 }
export const contentV2: Content = { questionnaire: questionnaireV2, catalogue: catalogueV2, routes: routesV2 }

/** A version-2 assessment with these answers (the name goes in profile.name). */
export function assessmentV2(id: string, createdAt: string, answers: Answers, name = 'Asso'): Assessment {
  return {
    id,
    questionnaireId: questionnaireV2.id,
    questionnaireVersion: 2,
    createdAt,
    updatedAt: createdAt,
    answers: { 'profile.name': { kind: 'text', value: name }, ...answers },
  }
}

/** A function in use on catalogue tools, vital, personal data, exit not checked, by default. */
export function usedVital(toolIds: readonly string[], keys: FunctionAnswer['keys'] = 'team'): FunctionAnswer {
  return {
    kind: 'function',
    use: 'used',
    tools: toolIds.map((toolId) => ({ kind: 'catalogue', toolId })),
    criticality: 'vital',
    data: 'personal',
    exit: 'notChecked',
    stance: 'default',
    keys,
  }
}

/** Scores and plans an assessment with a content, as the results page does; or with a given plan. */
export function scored(assessment: Assessment, content: Content, plan?: Plan): ScoredAssessment {
  const result = scoreAssessment(content, assessment)
  return {
    assessment,
    content,
    result,
    plan: plan ?? buildPlan(result, content.catalogue, content.routes, assessment.answers),
  }
}

/** An example file of examples/ as the app reads an imported file. */
export { exampleAssessment as example } from '../../support/examples'

/** The example files with the content of their version. */
export const EXAMPLES = [
  'small-association-dominant.json',
  'mid-size-in-transition.json',
  'ethical-self-hosted.json',
  'volunteer-run-self-hosted.json',
] as const
export function contentOf(assessment: Assessment): Content {
  return assessment.questionnaireVersion === 1 ? contentV1 : contentV2
}

/**
 * Two assessments of one organisation a year apart, for the comparison's and the report's "changes"
 * tests; the earlier one marks actions of its plan (given by hand, as the numbers are).
 */
// Google Drive and Gmail (free): advertising b 1, extraterritorial j 1, proprietary l 1, full export
// k 0, gatekeeper m 1: X = 0.8; vital (1.0), personal data (0.95), exit not checked (1.0): D = 76.
// Framaspace: commons, ethical host in the EU, libre, full export, no market power: X = 0, D = 0.
export const earlierAnswers = {
  'fn.files': usedVital(['google-drive'], 'onePerson'),
  'fn.email': usedVital(['gmail']),
}
export const laterAnswers = {
  'fn.files': usedVital(['framaspace']),
  'fn.email': usedVital(['gmail']),
}

const proposal: Proposal = {
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
}
export const earlierPlan: Plan = {
  worthActingOn: [{ functionId: 'files', dependency: 76, kind: 'replace' }],
  proposals: [proposal],
  mitigations: [{ id: 'secondAdmin', functionId: 'files' }, { id: 'twoFactorAdmins' }],
}
export const laterPlan: Plan = { worthActingOn: [], proposals: [], mitigations: [{ id: 'twoFactorAdmins' }] }

export const earlier = scored(
  {
    ...assessmentV2('a-2025', '2025-11-20T10:00:00.000Z', earlierAnswers),
    actions: {
      'replace:files:framaspace': { status: 'done', updatedAt: '2026-03-01T10:00:00.000Z' },
      'mitigate:secondAdmin:files': { status: 'done', updatedAt: '2026-03-01T10:00:00.000Z' },
      'mitigate:twoFactorAdmins': { status: 'inProgress', updatedAt: '2026-03-01T10:00:00.000Z' },
    },
  },
  contentV2,
  earlierPlan,
)
export const later = scored(
  assessmentV2('a-2026', '2026-11-20T10:00:00.000Z', laterAnswers),
  contentV2,
  laterPlan,
)
