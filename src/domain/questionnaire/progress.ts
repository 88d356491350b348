/**
 * Progress as the respondent sees it: a question counts as answered once they said something,
 * "I don't know" included. (Completeness, in the scoring, is stricter: it counts "I don't know"
 * as missing, because it is about what the scores can rest on.)
 */
import type { Answer, Answers, FunctionAnswer } from '../assessment/types'
import type { Question, Questionnaire, Section } from './types'
import { isVisible } from './visibility'

export type SectionState = 'notStarted' | 'inProgress' | 'done'

export interface SectionProgress {
  answered: number
  total: number
  state: SectionState
}

/** Whether a function is in use with a tool named (or "a tool, I don't know which"): its follow-ups are asked. */
export function namesATool(answer: FunctionAnswer): boolean {
  return answer.use === 'used' && (answer.tools.length > 0 || answer.toolUnknown === true)
}

/** Whether the respondent has answered this question (a function in use needs its tool and every follow-up). */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer) return false
  switch (answer.kind) {
    case 'text':
      return answer.value.trim() !== ''
    case 'multiple':
      return answer.values.length > 0
    case 'function': {
      if (answer.use !== 'used' || question.kind !== 'function') return true
      return namesATool(answer) && question.followUps.every((f) => answer[f.field] !== undefined)
    }
    default:
      return question.kind !== 'function'
  }
}

/** Answered and total visible questions of a section, and its state for the section list. */
export function sectionProgress(section: Section, answers: Answers): SectionProgress {
  const visible = section.questions.filter((q) => isVisible(q, answers))
  const answered = visible.filter((q) => isAnswered(q, answers[q.id])).length
  const touched = visible.some((q) => answers[q.id] !== undefined)
  const state: SectionState =
    answered === visible.length && visible.length > 0 ? 'done' : touched ? 'inProgress' : 'notStarted'
  return { answered, total: visible.length, state }
}

/** Share of visible questions answered, in [0, 1]. */
export function overallProgress(questionnaire: Questionnaire, answers: Answers): number {
  let answered = 0
  let total = 0
  for (const section of questionnaire.sections) {
    const p = sectionProgress(section, answers)
    answered += p.answered
    total += p.total
  }
  return total === 0 ? 0 : answered / total
}

/** Share of visible questions answered as a whole percentage, as shown; 0 for an unknown questionnaire. */
export function percentAnswered(questionnaire: Questionnaire | undefined, answers: Answers): number {
  return questionnaire ? Math.round(overallProgress(questionnaire, answers) * 100) : 0
}

/** Visible required questions of a section that have no answer yet. */
export function missingRequired(section: Section, answers: Answers): Question[] {
  return section.questions.filter(
    (q) => q.required === true && isVisible(q, answers) && !isAnswered(q, answers[q.id]),
  )
}
