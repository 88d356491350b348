/**
 * What the method page reads from the method itself, as pure data: the symbols of the risks, the
 * governance questions and their scores, the worked example's tool, the tables of answer values.
 * No number on the page is typed by hand.
 */
import { allQuestions } from '../questionnaire/visibility'
import type { Questionnaire, SingleChoiceQuestion, ValueId } from '../questionnaire/types'
import { findTool } from '../catalogue'
import type { Catalogue, Tool, ToolFacts } from '../catalogue/types'
import { WEIGHTS } from '../scoring'
import type { Risks } from '../scoring/types'

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
