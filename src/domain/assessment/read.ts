/**
 * One way to take in an assessment file from elsewhere (the app's "open a file", the command
 * line): read its text through the schemas, then check it against the questionnaire and catalogue.
 */
import type { Catalogue } from '../catalogue/types'
import type { Questionnaire } from '../questionnaire/types'
import type { ReadProblem } from '../read-problem'
import { checkAssessment } from './check'
import { readAssessmentFile } from './file'
import type { Assessment } from './types'

export type ReadAssessment = { ok: true; assessment: Assessment } | { ok: false; problems: ReadProblem[] }

/**
 * Every problem of the file's shape, or else every mismatch with the questionnaire and
 * catalogue, so one attempt tells everything to fix. Each problem has a kind to choose the
 * message from.
 */
export function readAssessmentText(
  text: string,
  questionnaire: Questionnaire,
  catalogue: Catalogue,
): ReadAssessment {
  const read = readAssessmentFile(text)
  if (!read.ok) return read
  const problems = checkAssessment(read.assessment, questionnaire, catalogue)
  return problems.length ? { ok: false, problems } : read
}
