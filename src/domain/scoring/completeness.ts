/**
 * Completeness: answered over applicable units, over the visible closed questions.
 *
 * Decisions (to be printed on the method page):
 * - Text questions feed no score and are left out.
 * - A single, multiple or scale question is one unit, answered unless missing or "I don't know".
 * - A function question unanswered or whose use is "I don't know" is one unit, not answered;
 *   marked "not used" it is one unit, answered.
 * - A function in use gives one unit for its tool (answered when at least one chosen tool can be
 *   scored) and one per follow-up of the bank (version 1: criticality, data, exit and stance),
 *   each answered when given and not "I don't know"; plus,
 *   for every tool the respondent described, one unit per fact (jurisdiction, licence, business
 *   model, export, hosting), answered unless "I don't know".
 * - ratio = answered / applicable, 0 when nothing applies.
 */
import type { Answers, FunctionAnswer } from '../assessment/types'
import type { FunctionQuestion, Questionnaire } from '../questionnaire/types'
import type { Completeness } from './types'
import { given, resolveTools } from './dependency'
import type { ToolIndex } from './dependency'
import { OTHER_TOOL_FACTS, unknownFactsOf } from './exposure'
import { answerOf, visibleQuestions } from './questions'

interface Units {
  answered: number
  applicable: number
}

/** Completeness units of one function answer (undefined: unanswered). */
export function functionUnits(
  question: FunctionQuestion,
  answer: FunctionAnswer | undefined,
  tools: ToolIndex,
): Units {
  if (!answer || (answer.use !== 'used' && answer.use !== 'unused')) return { answered: 0, applicable: 1 }
  if (answer.use === 'unused') return { answered: 1, applicable: 1 }
  const subs = question.followUps.map((f) => answer[f.field])
  let answered = subs.filter((s) => given(s) !== undefined).length
  let applicable = subs.length + 1
  if (resolveTools(answer.tools, tools).length > 0) answered += 1
  for (const choice of answer.tools) {
    if (choice.kind !== 'other') continue
    applicable += OTHER_TOOL_FACTS.length
    answered += OTHER_TOOL_FACTS.length - unknownFactsOf(choice)
  }
  return { answered, applicable }
}

/** Answered over applicable units of the visible closed questions. */
export function completeness(questionnaire: Questionnaire, answers: Answers, tools: ToolIndex): Completeness {
  let answered = 0
  let applicable = 0
  for (const q of visibleQuestions(questionnaire, answers)) {
    if (q.kind === 'text') continue
    if (q.kind === 'function') {
      const units = functionUnits(q, answerOf(q, answers), tools)
      answered += units.answered
      applicable += units.applicable
      continue
    }
    applicable += 1
    if (answerOf(q, answers)) answered += 1
  }
  return { answered, applicable, ratio: applicable === 0 ? 0 : answered / applicable }
}
