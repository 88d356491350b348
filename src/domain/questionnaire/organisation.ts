/**
 * The organisation's name, read from its answer. A module of its own, apart from the question
 * bank: the home page and the download buttons need the name, not the whole questionnaire, on
 * their first load (npm run bench).
 */
import type { Answers } from '../assessment/types'

export const ORGANISATION_NAME_QUESTION = 'profile.name'

/** The organisation's name as answered, or undefined when it is blank. */
export function organisationName(answers: Answers): string | undefined {
  const answer = answers[ORGANISATION_NAME_QUESTION]
  return answer?.kind === 'text' && answer.value.trim() !== '' ? answer.value.trim() : undefined
}
