/**
 * What a federation wants from many results at once: how many files were scored or refused, the
 * spread of levels and of each key number, the dominant tools and single points of failure that
 * come up most often. Each file gives a few facts (small enough to pass between threads); the
 * summary adds them up without keeping the results.
 */
import type { PathLevel, Result, SinglePointOfFailure } from '../domain/scoring/types'

/** The key numbers of a result summarised across files (completeness: the share of questions answered). */
export const KEY_NUMBERS = [
  'dependencyIndex',
  'concentration',
  'fragility',
  'governance',
  'pathScore',
  'completeness',
] as const
export type KeyNumber = (typeof KEY_NUMBERS)[number]

/** What one scored file adds to the summary. */
export interface FileFacts {
  level: PathLevel | null
  numbers: Record<KeyNumber, number | null>
  /** Ids of the tools of dominant vendors the organisation uses, each once. */
  dominantTools: string[]
  /** Each single point of failure as one key (see singlePointKey). */
  singlePoints: string[]
}

/** `vitalFunctions:<vendor>`, `login:<tool>` or `person:<function>:<who holds the keys>`. */
export function singlePointKey(point: SinglePointOfFailure): string {
  if (point.kind === 'vitalFunctions') return `vitalFunctions:${point.vendorId}`
  if (point.kind === 'login') return `login:${point.toolId}`
  return `person:${point.functionId}:${point.keys}`
}

/** The facts of one result the summary needs. */
export function factsOf(result: Result): FileFacts {
  const dominantVendors = new Set(result.vendors.filter((v) => v.kind === 'dominant').map((v) => v.id))
  const dominantTools = new Set(
    result.functions.flatMap((f) =>
      f.tools.filter((t) => t.vendorId !== null && dominantVendors.has(t.vendorId)).map((t) => t.toolId),
    ),
  )
  return {
    level: result.level,
    numbers: {
      dependencyIndex: result.dependencyIndex,
      concentration: result.concentration,
      fragility: result.fragility,
      governance: result.governance,
      pathScore: result.pathScore,
      completeness: result.completeness.ratio,
    },
    dominantTools: [...dominantTools].sort(),
    singlePoints: [...new Set(result.singlePointsOfFailure.map(singlePointKey))].sort(),
  }
}

/** Running totals over the files of one run. */
export interface SummaryTotals {
  scored: number
  refused: number
  levels: Map<PathLevel | null, number>
  numbers: Record<KeyNumber, number[]>
  dominantTools: Map<string, number>
  singlePoints: Map<string, number>
}

export function emptyTotals(): SummaryTotals {
  return {
    scored: 0,
    refused: 0,
    levels: new Map(),
    numbers: Object.fromEntries(KEY_NUMBERS.map((k) => [k, []])) as unknown as Record<KeyNumber, number[]>,
    dominantTools: new Map(),
    singlePoints: new Map(),
  }
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1)

/** Adds one scored file. */
export function addScored(totals: SummaryTotals, facts: FileFacts): void {
  totals.scored++
  bump(totals.levels, facts.level)
  for (const key of KEY_NUMBERS) {
    const value = facts.numbers[key]
    if (value !== null) totals.numbers[key].push(value)
  }
  for (const tool of facts.dominantTools) bump(totals.dominantTools, tool)
  for (const point of facts.singlePoints) bump(totals.singlePoints, point)
}

export interface Spread {
  /** Files with this number (a number is null when too few answers give it). */
  count: number
  mean: number | null
  min: number | null
  q1: number | null
  median: number | null
  q3: number | null
  max: number | null
}

/** The q-quantile of sorted numbers, interpolating between the two nearest (as spreadsheets do). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null
  const at = (sorted.length - 1) * q
  const below = Math.floor(at)
  const lower = sorted[below] ?? 0
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower
  return lower + (upper - lower) * (at - below)
}

/** Count, mean, extremes and quartiles of some numbers. */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = Float64Array.from(values).sort()
  const list = Array.from(sorted)
  return {
    count: list.length,
    mean: list.length ? list.reduce((sum, x) => sum + x, 0) / list.length : null,
    min: list[0] ?? null,
    q1: quantile(list, 0.25),
    median: quantile(list, 0.5),
    q3: quantile(list, 0.75),
    max: list.at(-1) ?? null,
  }
}

/** How many to list of the most common dominant tools and single points of failure. */
export const MOST_COMMON = 10

/** The aggregate printed by `--summary`. */
export interface Summary {
  files: number
  scored: number
  refused: number
  /** Files per level, 1 to 5, and `none` for results without a level (too few answers). */
  levels: Record<'1' | '2' | '3' | '4' | '5' | 'none', number>
  keyNumbers: Record<KeyNumber, Spread>
  /** Most used first (ties by id); `files`: how many organisations use it. */
  dominantTools: { toolId: string; files: number }[]
  singlePointsOfFailure: { key: string; files: number }[]
}

function mostCommon(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MOST_COMMON)
}

function levelCounts(totals: SummaryTotals): Summary['levels'] {
  const level = (l: PathLevel | null) => totals.levels.get(l) ?? 0
  return { '1': level(1), '2': level(2), '3': level(3), '4': level(4), '5': level(5), none: level(null) }
}

/** The aggregate of the totals. */
export function summarise(totals: SummaryTotals): Summary {
  return {
    files: totals.scored + totals.refused,
    scored: totals.scored,
    refused: totals.refused,
    levels: levelCounts(totals),
    keyNumbers: Object.fromEntries(KEY_NUMBERS.map((k) => [k, spreadOf(totals.numbers[k])])) as Record<
      KeyNumber,
      Spread
    >,
    dominantTools: mostCommon(totals.dominantTools).map(([toolId, files]) => ({ toolId, files })),
    singlePointsOfFailure: mostCommon(totals.singlePoints).map(([key, files]) => ({ key, files })),
  }
}

/** The last line on stderr: `score: 10000 files: 9990 scored, 10 refused; levels 1: 12, 2: 3400, …, none: 3`. */
export function summaryLine(totals: SummaryTotals): string {
  const spread = Object.entries(levelCounts(totals))
    .map(([l, n]) => `${l}: ${n}`)
    .join(', ')
  const files = totals.scored + totals.refused
  return `score: ${files} ${files === 1 ? 'file' : 'files'}: ${totals.scored} scored, ${totals.refused} refused; levels ${spread}`
}
