/**
 * Who holds the keys (method version 2): fragility F and single points of failure of kind person.
 *
 * Decisions (to be printed on the method page):
 * - p is the key-holder risk: team 0, provider 0.5, onePerson 1, personalAccount 1; "I don't know"
 *   and no answer are left out (version 1 assessments never have the answer, so F is null for them).
 * - F = 100 × Σ w·p / Σ w over the functions in use whose keys are known, w the criticality weight
 *   (minor 1, important 2, vital 3, unknown 2, as concentration uses); null when none is known.
 * - "In use" means use answered 'used', whether or not a tool could be scored: who can administer a
 *   tool does not depend on knowing which tool it is. A function marked 'unused' or whose use is
 *   unknown is left out, even with a stale keys answer.
 * - A single point of failure of kind person: a function in use, marked vital, with p = 1
 *   (onePerson or personalAccount). They come in reading order of the questionnaire, after the
 *   vendor and login points (concentration.ts).
 */
import type { KeyHolder } from '../assessment/types'
import type { FunctionScore, PersonKeyHolder, SinglePointOfFailure } from './types'
import { criticalityWeight } from './concentration'
import { WEIGHTS } from './weights'

/** Key-holder risk p in [0, 1]. */
export function keyHolderRisk(keys: KeyHolder): number {
  return WEIGHTS.keyHolderRisk[keys]
}

/** Whether the keys rest with one person (p = 1): one administrator, or a member's personal account. */
export function isPersonKeyHolder(keys: KeyHolder | undefined): keys is PersonKeyHolder {
  return keys === 'onePerson' || keys === 'personalAccount'
}

/** Whether a function is in use, whether or not its tool is known. */
export function isInUse(fn: FunctionScore): boolean {
  return fn.status === 'scored' || fn.use === 'used'
}

/** F = 100 × Σ w·p / Σ w over functions in use whose keys are known; null when none is known. */
export function fragility(functions: readonly FunctionScore[]): number | null {
  let weighted = 0
  let total = 0
  for (const fn of functions) {
    if (!isInUse(fn) || fn.keys === undefined) continue
    const w = criticalityWeight(fn.criticality)
    weighted += w * keyHolderRisk(fn.keys)
    total += w
  }
  if (total === 0) return null
  return (WEIGHTS.percent * weighted) / total
}

/** Vital functions in use whose keys rest with one person, in reading order. */
export function personSinglePoints(functions: readonly FunctionScore[]): SinglePointOfFailure[] {
  return functions.flatMap((fn): SinglePointOfFailure[] =>
    isInUse(fn) && fn.criticality === 'vital' && isPersonKeyHolder(fn.keys)
      ? [{ kind: 'person', functionId: fn.functionId, keys: fn.keys }]
      : [],
  )
}
