/**
 * Governance maturity and contribution to the commons.
 *
 * Decisions (to be printed on the method page):
 * - A governance question is a visible single-choice question tagged {kind: 'governance'}. It counts
 *   when answered with an option that carries a score (yes 1, partly 0.5, no 0); "I don't know",
 *   unanswered questions and options without a score are left out.
 * - Maturity = mean of the counted scores × 100; null when none counts.
 * - The organisation contributes to the commons when a question tagged `commons: true` is answered
 *   with a score of 0.5 or more: partly contributing is contributing.
 */
import type { Answers } from '../assessment/types'
import type { Questionnaire, SingleChoiceQuestion } from '../questionnaire/types'
import { answerOf, visibleQuestions } from './questions'
import type { GovernanceAnswer } from './types'
import { WEIGHTS } from './weights'

/** The counted governance answers, in reading order. */
export function governanceAnswers(questionnaire: Questionnaire, answers: Answers): GovernanceAnswer[] {
  const out: GovernanceAnswer[] = []
  for (const q of visibleQuestions(questionnaire, answers)) {
    if (q.kind !== 'single' || q.scoring?.kind !== 'governance') continue
    const score = scoreOfAnswer(q, answers)
    if (score === undefined) continue
    out.push({ questionId: q.id, values: q.scoring.values, commons: q.scoring.commons === true, score })
  }
  return out
}

/** Score of the chosen option of a single-choice question; undefined when unanswered or unscored. */
export function scoreOfAnswer(question: SingleChoiceQuestion, answers: Answers): number | undefined {
  const answer = answerOf(question, answers)
  if (!answer) return undefined
  return question.options.find((o) => o.value === answer.value)?.score
}

/** Governance maturity: mean score × 100; null when no governance question counts. */
export function governanceMaturity(governance: readonly GovernanceAnswer[]): number | null {
  if (governance.length === 0) return null
  return (WEIGHTS.percent * governance.reduce((sum, g) => sum + g.score, 0)) / governance.length
}

/** Whether a commons question is answered with a score of at least 0.5. */
export function contributesToCommons(governance: readonly GovernanceAnswer[]): boolean {
  return governance.some((g) => g.commons && g.score >= WEIGHTS.commonsMinScore)
}
