/**
 * What the history list shows of a scored assessment: its level and key numbers, rounded as the
 * results page shows them. Kept small so a list of many assessments holds little.
 */
import { roundScore } from '../results/labels'
import type { PathLevel, Result } from '../scoring/types'

export interface HistorySummary {
  level: PathLevel | null
  dependencyIndex: number | null
  /** Null on questionnaire version 1, which does not ask who holds the keys. */
  fragility: number | null
  governance: number | null
}

/** The level and key numbers of a result, as the history list shows them. */
export function summaryOf(result: Result): HistorySummary {
  return {
    level: result.level,
    dependencyIndex: roundScore(result.dependencyIndex),
    fragility: roundScore(result.fragility),
    governance: roundScore(result.governance),
  }
}
