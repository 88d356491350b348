/**
 * The level on the path from strong dependency (1) to autonomy and contribution to the commons (5).
 *
 * Decisions (to be printed on the method page):
 * - C = 0.7 × (100 − DI) + 0.3 × governance maturity. When no governance question is answered,
 *   C = 100 − DI (the path then rests on the tools alone). When DI is null (no function scored),
 *   C and the level are null.
 * - Levels: C < 25 → 1, < 45 → 2, < 65 → 3, < 80 → 4, else 5; level 5 also needs a contribution
 *   to the commons, otherwise the organisation stays at 4.
 * - Method version 2: levels 4 and 5 also need fragility F ≤ 25 when F is known; otherwise the level
 *   stops at 3. With F unknown (every version 1 assessment) the level is version 1's.
 * - The Result says why a level stops below what C gives (`levelCap`): 'fragility' when F holds it
 *   at 3, 'commons' when C reaches level 5 but nothing is contributed. When both apply the level is
 *   3 and the reason given is 'fragility', the one that sets the level.
 */
import type { LevelCap, PathLevel } from './types'
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

/** The level and why it is capped, from C, the contribution to the commons and fragility F. */
export function cappedPathLevel(
  score: number | null,
  contributesToCommons: boolean,
  fragility: number | null,
): { level: PathLevel | null; cap: LevelCap | null } {
  const uncapped = pathLevel(score, true)
  const { maxFragility, level: fragileLevel } = WEIGHTS.fragilityCap
  if (uncapped !== null && uncapped > fragileLevel && fragility !== null && fragility > maxFragility) {
    return { level: fragileLevel, cap: { reason: 'fragility' } }
  }
  const level = pathLevel(score, contributesToCommons)
  return { level, cap: level !== uncapped ? { reason: 'commons' } : null }
}
