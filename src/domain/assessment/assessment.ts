import type { Answer, Assessment } from './types'

/** A new, empty assessment answered against the given questionnaire version. */
export function createAssessment(
  questionnaire: { id: string; version: number },
  id: string,
  now: Date,
): Assessment {
  const at = now.toISOString()
  return {
    id,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    createdAt: at,
    updatedAt: at,
    answers: {},
  }
}

/** The assessment with one answer set (or removed when `answer` is undefined); never mutates. */
export function withAnswer(
  assessment: Assessment,
  questionId: string,
  answer: Answer | undefined,
  now: Date,
): Assessment {
  const answers = { ...assessment.answers }
  if (answer === undefined) delete answers[questionId]
  else answers[questionId] = answer
  return { ...assessment, answers, updatedAt: now.toISOString() }
}
