/**
 * The level on the path from strong dependency (1) to autonomy and contribution to the commons (5).
 *
 * Decisions (to be printed on the method page):
 * - C = 0.7 × (100 − DI) + 0.3 × governance maturity. When no governance question is answered,
 *   C = 100 − DI (the path then rests on the tools alone). When DI is null (no function scored),
 *   C and the level are null.
 * - Levels: C < 25 → 1, < 45 → 2, < 65 → 3, < 80 → 4, else 5; level 5 also needs a contribution
 *   to the commons, otherwise the organisation stays at 4.
 */
import type { PathLevel } from './types'
import { WEIGHTS } from './weights'

/** C from DI and governance maturity; null when DI is null. */
export function pathScore(dependencyIndex: number | null, governance: number | null): number | null {
  if (dependencyIndex === null) return null
  const autonomy = WEIGHTS.percent - dependencyIndex
  if (governance === null) return autonomy
  return WEIGHTS.path.dependency * autonomy + WEIGHTS.path.governance * governance
}

/** Level 1–5 from C; the last level also needs a contribution to the commons. */
export function pathLevel(score: number | null, contributesToCommons: boolean): PathLevel | null {
  if (score === null) return null
  const index = WEIGHTS.levelThresholds.findIndex((threshold) => score < threshold)
  if (index === 0) return 1
  if (index === 1) return 2
  if (index === 2) return 3
  if (index === 3) return 4
  return contributesToCommons ? 5 : 4
}
