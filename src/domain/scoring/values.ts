/**
 * Practice per value, importance, gaps and contradictions.
 *
 * Decisions (to be printed on the method page):
 * - Tool-readable values (privacy, sovereignty, commons, ethical model, reversibility):
 *   P = 100 × (1 − Σ w·risk / Σ w) over scored functions, reading the risks of the function's
 *   highest-exposure tool (ties broken by tool id). w is the criticality weight (minor 1, important 2,
 *   vital 3, unknown 2); for privacy it is multiplied by the data weight (public 1, internal 2,
 *   personal 3, sensitive 4, unknown 2.5). Null when no function is scored.
 * - The other values (sobriety, accessibility, democracy, security) are read from governance answers:
 *   P = mean score × 100 of the counted governance answers tagged with that value; null when none.
 *   A governance question tagged with a tool-readable value does not change that value's practice.
 * - Importance I = (rating − 1) / 4 × 100, from the first visible scale question tagged
 *   {kind: 'importance', value} that is answered; gap = max(0, I − P), null when I or P is missing.
 * - Contradictions: rating 4 or more and gap 25 or more, largest gap first, then in VALUE_IDS order.
 */
import type { Answers } from '../assessment/types'
import { VALUE_IDS } from '../questionnaire/types'
import type { Questionnaire, ValueId } from '../questionnaire/types'
import type { FunctionScore, ToolExposure, ValueScore } from './types'
import { criticalityWeight } from './concentration'
import { primaryTool } from './dependency'
import type { GovernanceAnswer } from './types'
import { answerOf, visibleQuestions } from './questions'
import { WEIGHTS } from './weights'
import type { ToolValueId } from './weights'

type RiskKey = keyof ToolExposure['risks'] | 'hosting'

/** Whether a value is read from the tools (as opposed to governance answers). */
export function isToolValue(value: ValueId): value is ToolValueId {
  return Object.prototype.hasOwnProperty.call(WEIGHTS.valueRisk, value)
}

/** The risk a tool carries for a tool-readable value, in [0, 1]. */
export function toolValueRisk(value: ToolValueId, tool: ToolExposure): number {
  const row: Readonly<Partial<Record<RiskKey, number>>> = WEIGHTS.valueRisk[value]
  let risk = 0
  for (const [key, weight] of Object.entries(row) as [RiskKey, number][]) {
    risk += weight * (key === 'hosting' ? tool.hostingRisk : tool.risks[key])
  }
  return risk
}

/** Weight of a scored function in the practice of a value. */
export function practiceWeight(value: ToolValueId, fn: FunctionScore): number {
  const w = criticalityWeight(fn.criticality)
  return value === 'privacy' ? w * WEIGHTS.dataWeight[fn.data ?? 'unknown'] : w
}

/** Practice of a tool-readable value over scored functions; null when none is scored. */
export function toolPractice(value: ToolValueId, functions: readonly FunctionScore[]): number | null {
  let weighted = 0
  let total = 0
  for (const fn of functions) {
    if (fn.status !== 'scored') continue
    const tool = primaryTool(fn.tools)
    if (!tool) continue
    const w = practiceWeight(value, fn)
    weighted += w * toolValueRisk(value, tool)
    total += w
  }
  if (total === 0) return null
  return WEIGHTS.percent * (1 - weighted / total)
}

/** Practice of a value read from governance answers: mean score × 100; null when none is tagged. */
export function governancePractice(value: ValueId, governance: readonly GovernanceAnswer[]): number | null {
  const scores = governance.filter((g) => g.values.includes(value)).map((g) => g.score)
  if (scores.length === 0) return null
  return (WEIGHTS.percent * scores.reduce((a, b) => a + b, 0)) / scores.length
}

/** Importance I = (rating − 1) / 4 × 100. */
export function importanceOf(rating: number): number {
  const { min, max } = WEIGHTS.rating
  return ((rating - min) / (max - min)) * WEIGHTS.percent
}

/** The 1–5 rating of each value, from the first answered visible importance question. */
export function importanceRatings(questionnaire: Questionnaire, answers: Answers): Map<ValueId, number> {
  const ratings = new Map<ValueId, number>()
  for (const q of visibleQuestions(questionnaire, answers)) {
    if (q.kind !== 'scale' || q.scoring?.kind !== 'importance' || ratings.has(q.scoring.value)) continue
    const answer = answerOf(q, answers)
    if (answer) ratings.set(q.scoring.value, answer.value)
  }
  return ratings
}

/** Importance, practice and gap of every value, in VALUE_IDS order. */
export function valueScores(
  functions: readonly FunctionScore[],
  governance: readonly GovernanceAnswer[],
  ratings: ReadonlyMap<ValueId, number>,
): ValueScore[] {
  return VALUE_IDS.map((value) => {
    const rating = ratings.get(value) ?? null
    const importance = rating === null ? null : importanceOf(rating)
    const practice = isToolValue(value)
      ? toolPractice(value, functions)
      : governancePractice(value, governance)
    const gap = importance === null || practice === null ? null : Math.max(0, importance - practice)
    return { value, importance, rating, practice, gap }
  })
}

/** Values rated 4 or more whose gap is 25 or more, largest gap first, then in VALUE_IDS order. */
export function contradictions(values: readonly ValueScore[]): ValueId[] {
  const { minRating, minGap } = WEIGHTS.contradiction
  return values
    .filter((v) => v.rating !== null && v.rating >= minRating && v.gap !== null && v.gap >= minGap)
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0) || VALUE_IDS.indexOf(a.value) - VALUE_IDS.indexOf(b.value))
    .map((v) => v.value)
}
