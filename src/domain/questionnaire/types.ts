/**
 * The question bank as typed, versioned data. Every string a user reads is an i18n key,
 * never prose: the wizard renders these generically, one component per answer kind.
 */
import type { FunctionId } from '../catalogue/types'
import type { Stance } from '../assessment/types'

export type QuestionId = string
export type SectionId = string

/** The value dimensions an organisation rates (1–5) and the scoring compares to its practice. */
export const VALUE_IDS = [
  'privacy',
  'sovereignty',
  'commons',
  'ethicalModel',
  'reversibility',
  'sobriety',
  'accessibility',
  'democracy',
  'security',
] as const

export type ValueId = (typeof VALUE_IDS)[number]

export interface Option {
  value: string
  labelKey: string
  /** Governance questions only: what this answer scores (yes 1, partly 0.5, no 0). */
  score?: 0 | 0.5 | 1
}

/** What a closed question contributes to the scores: part of the schema from day one. */
export type QuestionScoring =
  /** Importance of a value, read from a 1–5 scale. */
  | { kind: 'importance'; value: ValueId }
  /**
   * A governance practice answered yes / partly / no. `values` lists the value dimensions
   * that tools cannot show and that this practice stands for; `commons` marks the
   * contribution to the commons needed for the last level of the path.
   */
  | { kind: 'governance'; values: readonly ValueId[]; commons?: boolean }

/** Show the question only when another answer has one of these values. */
export interface ShowIf {
  questionId: QuestionId
  anyOf: readonly string[]
}

interface QuestionBase {
  id: QuestionId
  labelKey: string
  /** "Why we ask": one short sentence under the question. */
  helpKey?: string
  required?: boolean
  showIf?: ShowIf
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single'
  options: readonly Option[]
  scoring?: QuestionScoring
}

export interface MultipleChoiceQuestion extends QuestionBase {
  kind: 'multiple'
  options: readonly Option[]
}

export interface ScaleQuestion extends QuestionBase {
  kind: 'scale'
  /** Labels of the two ends of the 1–5 scale. */
  minLabelKey: string
  maxLabelKey: string
  scoring?: QuestionScoring
}

export interface TextQuestion extends QuestionBase {
  kind: 'text'
  multiline?: boolean
}

/** The closed follow-ups of a function in use, as fields of its answer (`FunctionAnswer`). */
export const FOLLOW_UP_FIELDS = ['criticality', 'data', 'exit', 'stance', 'keys'] as const
export type FollowUpField = (typeof FOLLOW_UP_FIELDS)[number]

/**
 * A follow-up of a function question ("How critical is it?"), asked once a tool is chosen.
 * Its answer is a field of the function's answer; "I don't know" is always offered.
 */
export interface FollowUpQuestion {
  field: FollowUpField
  labelKey: string
  helpKey: string
  options: readonly Option[]
}

/** The free-text reason of a deliberate choice, asked when the stance is one of `whenStance`. */
export interface ReasonQuestion {
  field: 'reason'
  labelKey: string
  helpKey: string
  whenStance: readonly Stance[]
}

/**
 * "Which tool(s) for this function?" (options come from the catalogue), then its follow-ups in
 * this order, then the reason of a deliberate choice.
 */
export interface FunctionQuestion extends QuestionBase {
  kind: 'function'
  functionId: FunctionId
  followUps: readonly FollowUpQuestion[]
  reason: ReasonQuestion
}

export type Question =
  SingleChoiceQuestion | MultipleChoiceQuestion | ScaleQuestion | TextQuestion | FunctionQuestion

export type QuestionKind = Question['kind']

export interface Section {
  id: SectionId
  titleKey: string
  introKey?: string
  questions: readonly Question[]
}

export interface Questionnaire {
  id: string
  /** Bumped whenever a question id, option value or scoring tag changes. */
  version: number
  /** ISO date of this version. */
  asOf: string
  sections: readonly Section[]
}
