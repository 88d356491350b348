/**
 * Which questions the scoring reads. Decision: a question hidden by its `showIf` condition is
 * ignored by every score, not only by completeness (its answer may be stale after an earlier
 * answer changed). An answer whose kind does not match its question counts as no answer.
 */
import type { Answer, Answers } from '../assessment/types'
import { allQuestions, isVisible } from '../questionnaire/visibility'
import type { Question, Questionnaire } from '../questionnaire/types'

/** The questions that apply given the answers, in reading order. */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  return allQuestions(questionnaire).filter((q) => isVisible(q, answers))
}

/** The answer to a question when it has the question's own kind; undefined otherwise (dontKnow too). */
export function answerOf<K extends Question['kind']>(
  question: Question & { kind: K },
  answers: Answers,
): Extract<Answer, { kind: K }> | undefined {
  const answer = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined
  if (!answer || answer.kind !== question.kind) return undefined
  return answer as Extract<Answer, { kind: K }>
}
