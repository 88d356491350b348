/**
 * The key numbers of one organisation's assessments across time. Pure, no Vue: the compare screen
 * draws it as a chart with a table, the report can print the table.
 *
 * Decisions (docs/methodology.md, "Comparing two assessments"):
 * - An organisation is its name as answered, folded (case, accents and surrounding spaces ignored):
 *   next year's assessment starts from this year's answers, so it carries the same name, and no
 *   stored link between assessments has to survive export, import and copies. An assessment
 *   without a name belongs to no one else: it stands alone.
 * - Each point is the assessment as its own report showed it (its own questionnaire and catalogue
 *   versions, which the point carries so a screen can say where the method changed).
 * - Points are ordered by creation date (then id): the last save moves whenever an old assessment
 *   is touched (an action marked done), the day it was started does not.
 */
import type { PathLevel, Result } from '../scoring/types'
import type { KeyNumber } from '../results/summary'
import { foldText } from '../text'
import { keyNumbersOf } from './compare'

/** One dated assessment with its Result, as the trend reads it. */
export interface TrendInput {
  id: string
  /** The organisation's name as answered; null when blank. */
  name: string | null
  /** Creation date (ISO). */
  date: string
  result: Result
}

export interface TrendPoint {
  id: string
  date: string
  numbers: Readonly<Record<KeyNumber, number | null>>
  level: PathLevel | null
  questionnaireVersion: number
  catalogueVersion: string
}

/** One organisation's assessments, oldest first. */
export interface Trend {
  /** The folded name, or `id:<assessment id>` for an unnamed assessment. */
  organisation: string
  /** The name as the latest assessment spells it; null when unnamed. */
  name: string | null
  points: readonly TrendPoint[]
}

/** The key under which an assessment's organisation is grouped. */
export function organisationKey(input: Pick<TrendInput, 'id' | 'name'>): string {
  const name = input.name?.trim()
  return name ? foldText(name) : `id:${input.id}`
}

function byDate(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The trends of every organisation met, each sorted by date; organisations by their latest assessment, newest first. */
export function trendOf(assessments: readonly TrendInput[]): Trend[] {
  const groups = new Map<string, TrendInput[]>()
  for (const input of [...assessments].sort(byDate)) {
    const key = organisationKey(input)
    groups.set(key, [...(groups.get(key) ?? []), input])
  }
  return [...groups.entries()]
    .map(([organisation, inputs]): Trend => {
      const latest = inputs[inputs.length - 1]!
      return {
        organisation,
        name: latest.name?.trim() || null,
        points: inputs.map((i) => ({
          id: i.id,
          date: i.date,
          numbers: keyNumbersOf(i.result),
          level: i.result.level,
          questionnaireVersion: i.result.questionnaireVersion,
          catalogueVersion: i.result.catalogueVersion,
        })),
      }
    })
    .sort((a, b) => byDate(b.points[b.points.length - 1]!, a.points[a.points.length - 1]!))
}

/** The trend of the organisation an assessment belongs to; undefined when it is not among them. */
export function trendOfAssessment(trends: readonly Trend[], id: string): Trend | undefined {
  return trends.find((t) => t.points.some((p) => p.id === id))
}

/**
 * The assessment to compare `id` with by default: the latest one of the same organisation started
 * before it; else the latest other one started before it; else any other one; undefined when alone.
 */
export function previousAssessment<T extends Pick<TrendInput, 'id' | 'name' | 'date'>>(
  items: readonly T[],
  id: string,
): T | undefined {
  const self = items.find((i) => i.id === id)
  if (!self) return undefined
  const others = items.filter((i) => i.id !== id).sort((a, b) => byDate(b, a))
  const before = others.filter((i) => byDate(i, self) < 0)
  const org = organisationKey(self)
  return before.find((i) => organisationKey(i) === org) ?? before[0] ?? others[0]
}
