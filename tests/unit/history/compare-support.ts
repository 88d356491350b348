/** Scored sides for the comparison tests: real contents of both versions, answers built by hand. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildPlan, type Plan } from '@/domain/advice'
import { parseAssessmentFile } from '@/domain/assessment/file'
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
export function example(name: string): Assessment {
  return parseAssessmentFile(readFileSync(resolve(process.cwd(), 'examples', name), 'utf8'))
}

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
