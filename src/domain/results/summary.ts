/**
 * What the first screen of the results says in words, computed from the Result alone (pure, no
 * Vue): what would take the organisation one step further on the path, whether each key number
 * is a concern, and who the concentration is about.
 *
 * Decisions (for the method page):
 * - The next step reads the path's own rule (scoring/path.ts) backwards: the whole points by which
 *   DI must drop, governance unchanged, for C to reach the next threshold. When lowering DI alone
 *   cannot get there (governance pulls C down more than tools can lift it), the step is the
 *   governance points needed with DI unchanged. A level held by fragility or by the commons rule
 *   is told as that reason, since lowering DI would change nothing.
 * - Concern bands: lower is better for DI, concentration and fragility; higher is better for
 *   governance and completeness. DI and D share the advice's "worth acting on" line (25);
 *   concentration uses the usual Herfindahl–Hirschman bands (15 and 25 on a 0–100 scale);
 *   fragility's first line is the path's cap (25).
 */
import { WEIGHTS } from '../scoring/weights'
import { ADVICE_WEIGHTS } from '../advice/weights'
import type { FunctionId, VendorId } from '../catalogue/types'
import type { PathLevel, Result } from '../scoring/types'

/** What would take the organisation to the next level, in a form the UI words. */
export type NextStep =
  /** Level 5: nothing above; keep it up. */
  | { kind: 'top' }
  /** Fragility holds the level at 3: give a second person the keys of the vital tools. */
  | { kind: 'fragility' }
  /** C is high enough for level 5, which also needs a contribution to the commons. */
  | { kind: 'commons' }
  /**
   * Lower DI by `points`. `andKeys`: the next level is 4 or 5 and fragility is already above the
   * cap, so the keys matter too. `andCommons`: the next level is 5 and nothing is contributed.
   */
  | { kind: 'lowerIndex'; points: number; next: PathLevel; andKeys: boolean; andCommons: boolean }
  /** Raise governance maturity by `points`, DI unchanged (tools alone cannot reach the next level). */
  | { kind: 'raiseGovernance'; points: number; next: PathLevel }

// Whole points, rounded up so that doing exactly that is enough; the epsilon keeps 8.0000001 at 8.
const ceilPoints = (x: number) => Math.max(1, Math.ceil(x - 1e-9))

/** What would take the organisation one level further; null when it has no level yet. */
export function nextStep(result: Result): NextStep | null {
  const { level, dependencyIndex: di, governance: g } = result
  if (level === null || di === null) return null
  if (result.levelCap?.reason === 'fragility') return { kind: 'fragility' }
  if (result.levelCap?.reason === 'commons') return { kind: 'commons' }
  if (level === 5) return { kind: 'top' }
  const threshold = WEIGHTS.levelThresholds[level - 1]!
  const next = (level + 1) as PathLevel
  const { dependency: wd, governance: wg } = WEIGHTS.path
  // C = 100 − DI without governance, else wd·(100 − DI) + wg·g: solve C = threshold for DI.
  const targetIndex = g === null ? WEIGHTS.percent - threshold : WEIGHTS.percent - (threshold - wg * g) / wd
  if (targetIndex < 0 && g !== null) {
    return {
      kind: 'raiseGovernance',
      points: ceilPoints((threshold - wd * (WEIGHTS.percent - di)) / wg - g),
      next,
    }
  }
  const { maxFragility, level: fragileLevel } = WEIGHTS.fragilityCap
  return {
    kind: 'lowerIndex',
    points: ceilPoints(di - targetIndex),
    next,
    andKeys: next > fragileLevel && result.fragility !== null && result.fragility > maxFragility,
    andCommons: next === 5 && !result.contributesToCommons,
  }
}

export const CONCERNS = ['low', 'moderate', 'high'] as const
/** How much a number calls for attention: low (a strength), moderate (to watch), high (a priority). */
export type Concern = (typeof CONCERNS)[number]

export const KEY_NUMBERS = [
  'dependencyIndex',
  'concentration',
  'fragility',
  'governance',
  'completeness',
] as const
export type KeyNumber = (typeof KEY_NUMBERS)[number]

/** The lines between bands on 0–100; `higherIsBetter` reverses the reading. */
export const CONCERN_BANDS: Readonly<
  Record<KeyNumber, { lines: readonly [number, number]; higherIsBetter: boolean }>
> = {
  dependencyIndex: { lines: [ADVICE_WEIGHTS.worthActingOn, 50], higherIsBetter: false },
  concentration: { lines: [15, 25], higherIsBetter: false },
  fragility: { lines: [WEIGHTS.fragilityCap.maxFragility, 50], higherIsBetter: false },
  governance: { lines: [40, 70], higherIsBetter: true },
  completeness: { lines: [50, 80], higherIsBetter: true },
}

/** The concern band of a key number in [0, 100]. */
export function concernOf(key: KeyNumber, value: number): Concern {
  const { lines, higherIsBetter } = CONCERN_BANDS[key]
  if (higherIsBetter) return value >= lines[1] ? 'low' : value >= lines[0] ? 'moderate' : 'high'
  return value < lines[0] ? 'low' : value < lines[1] ? 'moderate' : 'high'
}

/** The concern band of one function's dependency D: the same lines as the index. */
export function dependencyConcern(dependency: number): Concern {
  return concernOf('dependencyIndex', dependency)
}

/** The vendor holding the most functions' weight, with how many of the scored functions it holds. */
export interface LeadingVendor {
  vendorId: VendorId
  share: number
  functionIds: readonly FunctionId[]
  /** Functions in use with a known tool: what "of your N functions" counts. */
  scoredCount: number
  /** Of its functions, those marked vital. */
  vitalCount: number
}

/** Who the concentration is about: the first vendor of the shares; null when there is none. */
export function leadingVendor(result: Result): LeadingVendor | null {
  const top = result.vendorShares[0]
  if (!top) return null
  const scored = result.functions.filter((f) => f.status === 'scored')
  const vitalCount = scored.filter(
    (f) => f.criticality === 'vital' && top.functionIds.includes(f.functionId),
  ).length
  return { ...top, scoredCount: scored.length, vitalCount }
}

/** A score shown as whole points, and a share as whole percent. */
export function percent(share: number): number {
  return Math.round(share * 100)
}
