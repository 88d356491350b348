import type { Answers } from '../assessment/types'
import type { Question, Questionnaire } from './types'

/**
 * Whether a question applies, given the answers so far (its `showIf` condition holds).
 * One level only: a condition never points to a conditional question (the bank's tests check it).
 */
export function isVisible(question: Question, answers: Answers): boolean {
  const condition = question.showIf
  if (!condition) return true
  const answer = answers[condition.questionId]
  if (!answer) return false
  switch (answer.kind) {
    case 'single':
      return condition.anyOf.includes(answer.value)
    case 'multiple':
      return answer.values.some((v) => condition.anyOf.includes(v))
    case 'scale':
      return condition.anyOf.includes(String(answer.value))
    default:
      return false
  }
}

/**
 * Every question of the questionnaire, in reading order; listed once per questionnaire (a bank
 * never changes once loaded, and every scoring and check walks it).
 */
export function allQuestions(questionnaire: Questionnaire): readonly Question[] {
  let list = questionLists.get(questionnaire)
  if (!list) questionLists.set(questionnaire, (list = questionnaire.sections.flatMap((s) => s.questions)))
  return list
}

const questionLists = new WeakMap<Questionnaire, readonly Question[]>()
