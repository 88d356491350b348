/**
 * Formatting for the method page: numbers and dates in the reader's locale (0,25 in French),
 * and formulas built from WEIGHTS so no number on the page is ever typed by hand.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { allQuestions } from '@/domain/questionnaire/visibility'
import type { Questionnaire, SingleChoiceQuestion, ValueId } from '@/domain/questionnaire/types'
import { findTool } from '@/domain/catalogue'
import type { Catalogue, Tool, ToolFacts } from '@/domain/catalogue/types'
import { WEIGHTS } from '@/domain/scoring'
import type { Risks } from '@/domain/scoring/types'

export function useMethodFormat() {
  const { locale } = useI18n()
  // Three decimals cover every weight (0.925); results elsewhere are rounded, not here.
  const numbers = computed(() => new Intl.NumberFormat(locale.value, { maximumFractionDigits: 3 }))
  // Catalogue dates are plain ISO days: read and print them in UTC so no time zone shifts the day.
  const dates = computed(() => new Intl.DateTimeFormat(locale.value, { dateStyle: 'long', timeZone: 'UTC' }))

  function num(value: number): string {
    return numbers.value.format(value)
  }

  function date(iso: string): string {
    const parsed = new Date(`${iso}T00:00:00Z`)
    return Number.isNaN(parsed.getTime()) ? iso : dates.value.format(parsed)
  }

  /** "0,6 × b + 0,4 × j" from [weight, symbol] pairs. */
  function weightedSum(terms: readonly (readonly [number, string])[]): string {
    return terms.map(([weight, symbol]) => `${num(weight)} × ${symbol}`).join(' + ')
  }

  return { num, date, weightedSum }
}

/** Symbols of the five risks and the hosting risk, as written in the formulas. */
export const RISK_SYMBOLS = {
  businessModel: 'b',
  jurisdiction: 'j',
  licence: 'l',
  lockIn: 'k',
  marketPower: 'm',
  hosting: 'h',
} as const

export type GovernanceQuestion = SingleChoiceQuestion & {
  scoring: { kind: 'governance'; values: readonly ValueId[]; commons?: boolean }
}

/** The governance questions of the question bank, in reading order (the scoring reads exactly these). */
export function governanceQuestions(questionnaire: Questionnaire): GovernanceQuestion[] {
  return allQuestions(questionnaire).filter(
    (q): q is GovernanceQuestion => q.kind === 'single' && q.scoring?.kind === 'governance',
  )
}

/** The distinct scores governance answers can take, highest first (yes, partly, no). */
export function governanceScores(questionnaire: Questionnaire): number[] {
  const scores = new Set<number>()
  for (const q of governanceQuestions(questionnaire))
    for (const o of q.options) if (o.score !== undefined) scores.add(o.score)
  return [...scores].sort((a, b) => b - a)
}

/**
 * The worked example: a tool most readers know. If it ever leaves the catalogue the example is
 * simply not shown (the page reads the catalogue, it does not copy it).
 */
export const EXAMPLE_TOOL_ID = 'gmail'

export function exampleTool(catalogue: Catalogue): Tool | undefined {
  return findTool(catalogue, EXAMPLE_TOOL_ID)?.tool
}

/** Each risk of the exposure, the fact it reads and the table of risk values for that fact. */
export const RISK_FACTS = [
  { risk: 'businessModel', fact: 'businessModel', table: WEIGHTS.businessModelRisk },
  { risk: 'jurisdiction', fact: 'jurisdiction', table: WEIGHTS.jurisdictionRisk },
  { risk: 'licence', fact: 'licence', table: WEIGHTS.licenceRisk },
  { risk: 'lockIn', fact: 'export', table: WEIGHTS.lockInRisk },
  { risk: 'marketPower', fact: 'marketPower', table: WEIGHTS.marketPowerRisk },
] as const satisfies readonly {
  risk: keyof Risks
  fact: keyof ToolFacts
  table: Readonly<Record<string, number>>
}[]

/** Rows "answer → number" of a table keyed by answer, "unknown" labelled as the middle value. */
export function answerRows(
  t: (key: string) => string,
  group: 'criticality' | 'data' | 'exit',
  table: Readonly<Record<string, number>>,
): { key: string; label: string; value: number }[] {
  return Object.entries(table).map(([key, value]) => ({
    key,
    label: key === 'unknown' ? t('method.answers.unknown') : t(`method.answers.${group}.${key}`),
    value,
  }))
}
