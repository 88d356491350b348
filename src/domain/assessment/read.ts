/**
 * One way to take in an assessment file from elsewhere (the app's "open a file", the command
 * line): parse its text, then check it against the questionnaire and catalogue.
 */
import type { Catalogue } from '../catalogue/types'
import type { Questionnaire } from '../questionnaire/types'
import { checkAssessment, type AnswerProblem } from './check'
import { parseAssessmentFile } from './file'
import { InvalidAssessmentError } from './parse'
import type { Assessment } from './types'

export type ReadAssessment = { ok: true; assessment: Assessment } | { ok: false; problems: AnswerProblem[] }

/**
 * Parsing stops at the first malformed field (the rest cannot be trusted); the check against
 * the questionnaire and catalogue reports every problem, so one attempt tells everything to fix.
 */
export function readAssessmentText(
  text: string,
  questionnaire: Questionnaire,
  catalogue: Catalogue,
): ReadAssessment {
  let assessment: Assessment
  try {
    assessment = parseAssessmentFile(text)
  } catch (error) {
    if (error instanceof InvalidAssessmentError)
      return { ok: false, problems: [{ path: error.path, problem: error.problem }] }
    throw error
  }
  const problems = checkAssessment(assessment, questionnaire, catalogue)
  return problems.length ? { ok: false, problems } : { ok: true, assessment }
}
