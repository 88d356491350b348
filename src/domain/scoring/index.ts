/**
 * The scoring: (questionnaire, catalogue, answers) → Result. Pure, deterministic, no Vue.
 * Every weight is in WEIGHTS (weights.ts); each step is its own module and documents its decisions.
 */
import type { Answers, Assessment } from '../assessment/types'
import { organisationName } from '../questionnaire/bank'
import type { Catalogue } from '../catalogue/types'
import type { Questionnaire } from '../questionnaire/types'
import type { AssessmentInfo, FunctionScore, Result } from './types'
import { completeness } from './completeness'
import { concentrationIndex, singlePointsOfFailure, vendorShares } from './concentration'
import { dependencyIndex, indexTools, scoreFunction } from './dependency'
import type { ToolIndex } from './dependency'
import { contributesToCommons, governanceAnswers, governanceMaturity } from './governance'
import { fragility, personSinglePoints } from './fragility'
import { cappedPathLevel, pathScore } from './path'
import { answerOf, visibleQuestions } from './questions'
import { contradictions, importanceRatings, valueScores } from './values'
import { describedTools, vendorTable } from './vendors'

export { WEIGHTS } from './weights'
export type { ToolValueId } from './weights'

/** Score every visible function question, in reading order. */
export function scoreFunctions(
  questionnaire: Questionnaire,
  answers: Answers,
  tools: ToolIndex,
): FunctionScore[] {
  return visibleQuestions(questionnaire, answers).flatMap((q) =>
    q.kind === 'function' ? [scoreFunction(q, answerOf(q, answers), tools)] : [],
  )
}

/** Score an assessment: dependency, concentration, values, governance, fragility, path and completeness. */
export function score(questionnaire: Questionnaire, catalogue: Catalogue, answers: Answers): Result {
  const tools = indexTools(catalogue)
  const functions = scoreFunctions(questionnaire, answers, tools)
  const dependency = dependencyIndex(functions)
  const shares = vendorShares(functions)
  const governance = governanceAnswers(questionnaire, answers)
  const maturity = governanceMaturity(governance)
  const commons = contributesToCommons(governance)
  const values = valueScores(functions, governance, importanceRatings(questionnaire, answers))
  const c = pathScore(dependency, maturity)
  const f = fragility(functions)
  const { level, cap } = cappedPathLevel(c, commons, f)
  return {
    assessment: null,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    catalogueVersion: catalogue.version,
    functions,
    dependencyIndex: dependency,
    concentration: concentrationIndex(functions, shares),
    vendorShares: shares,
    vendors: vendorTable(functions, shares, catalogue, tools, describedTools(questionnaire, answers)),
    singlePointsOfFailure: [...singlePointsOfFailure(functions), ...personSinglePoints(functions)],
    values,
    contradictions: contradictions(values),
    governance: maturity,
    practices: governance,
    pathScore: c,
    level,
    levelCap: cap,
    contributesToCommons: commons,
    fragility: f,
    completeness: completeness(questionnaire, answers, tools),
  }
}

/** Which assessment a result is about: its id, the organisation's name and its dates. */
export function assessmentInfo(assessment: Assessment): AssessmentInfo {
  return {
    id: assessment.id,
    name: organisationName(assessment.answers) ?? null,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
  }
}

/** Score a whole assessment with the content it was answered against; the Result names it. */
export function scoreAssessment(
  content: { questionnaire: Questionnaire; catalogue: Catalogue },
  assessment: Assessment,
): Result {
  return {
    ...score(content.questionnaire, content.catalogue, assessment.answers),
    assessment: assessmentInfo(assessment),
  }
}
