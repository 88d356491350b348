/**
 * The scoring: (questionnaire, catalogue, answers) → Result. Pure, deterministic, no Vue.
 * Every weight is in WEIGHTS (weights.ts); each step is its own module and documents its decisions.
 */
import type { Answers } from '../assessment/types'
import type { Catalogue } from '../catalogue/types'
import type { Questionnaire } from '../questionnaire/types'
import type { FunctionScore, Result } from './types'
import { completeness } from './completeness'
import { concentrationIndex, singlePointsOfFailure, vendorShares } from './concentration'
import { dependencyIndex, indexTools, scoreFunction } from './dependency'
import type { ToolIndex } from './dependency'
import { contributesToCommons, governanceAnswers, governanceMaturity } from './governance'
import { pathLevel, pathScore } from './path'
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

/** Score an assessment: dependency, concentration, values, governance, path and completeness. */
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
  return {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    catalogueVersion: catalogue.version,
    functions,
    dependencyIndex: dependency,
    concentration: concentrationIndex(functions, shares),
    vendorShares: shares,
    vendors: vendorTable(functions, shares, catalogue, tools, describedTools(questionnaire, answers)),
    singlePointsOfFailure: singlePointsOfFailure(functions),
    values,
    contradictions: contradictions(values),
    governance: maturity,
    pathScore: c,
    level: pathLevel(c, commons),
    contributesToCommons: commons,
    completeness: completeness(questionnaire, answers, tools),
  }
}
