/**
 * Answers are stored apart from the questionnaire and keyed by question id; an assessment
 * records the questionnaire id and version it was answered against.
 */
import type { BusinessModel, DataExport, Hosting, Jurisdiction, Licence, ToolId } from '../catalogue/types'
import type { QuestionId } from '../questionnaire/types'

/** "I don't know": accepted by every closed question and sub-question, never scored, counted as missing. */
export const DONT_KNOW = 'dontKnow'
export type DontKnow = typeof DONT_KNOW

/** The follow-ups of a function in use: each list is the one definition of its options, in reading order. */
export const CRITICALITIES = ['minor', 'important', 'vital'] as const
export const DATA_HELD = ['public', 'internal', 'personal', 'sensitive'] as const
/**
 * 'notChecked': the organisation never looked at how it could leave; 'impossible' (version 2):
 * it knows it could not leave today.
 */
export const EXIT_READINESS = ['impossible', 'notChecked', 'exportPossible', 'exitTested'] as const
export const STANCES = ['default', 'deliberate'] as const
export const FUNCTION_USES = ['used', 'unused'] as const
/**
 * Who holds the keys (questionnaire version 2): who can administer the tool. `team`: at least two
 * people, through accounts in the organisation's name; `provider`: a provider under contract;
 * `onePerson`: one person only; `personalAccount`: it runs on a member's personal account.
 */
export const KEY_HOLDERS = ['team', 'provider', 'onePerson', 'personalAccount'] as const

export type Criticality = (typeof CRITICALITIES)[number]
export type DataHeld = (typeof DATA_HELD)[number]
export type ExitReadiness = (typeof EXIT_READINESS)[number]
export type Stance = (typeof STANCES)[number]
export type FunctionUse = (typeof FUNCTION_USES)[number]
export type KeyHolder = (typeof KEY_HOLDERS)[number]

/** A tool not in the catalogue, described by the facts needed to score it. */
export interface OtherTool {
  kind: 'other'
  /**
   * Its own id, unique in the assessment: `other-<random>` when the respondent adds it; for files
   * and drafts written before ids existed, `other:<trimmed name>` (see otherToolIdFromName).
   */
  id: string
  /** Name and vendor as the respondent typed them. */
  name: string
  vendor: string
  jurisdiction: Jurisdiction | DontKnow
  licence: Licence | DontKnow
  businessModel: BusinessModel | DontKnow
  export: DataExport | DontKnow
  hosting: Hosting | DontKnow
}

/** Prefix of the id the reader derives for a described tool saved without one (the tool id scores used then). */
export const LEGACY_OTHER_TOOL_PREFIX = 'other:'

/** The id a described tool saved without one gets on reading: `other:<trimmed name>`, so old scores are unchanged. */
export function otherToolIdFromName(name: string): string {
  return LEGACY_OTHER_TOOL_PREFIX + name.trim()
}

/** A random token: randomUUID where the page is a secure context, else time and Math.random (ids, not secrets). */
export function randomToken(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/** A fresh id for a tool the respondent describes; `random` is injectable so tests get stable ids. */
export function newOtherToolId(random: () => string = randomToken): string {
  return `other-${random()}`
}

export type ToolChoice = { kind: 'catalogue'; toolId: ToolId } | OtherTool

export interface FunctionAnswer {
  kind: 'function'
  /** Whether the organisation uses a tool for this function. */
  use: FunctionUse | DontKnow
  /** Empty while nothing is chosen; several tools allowed. */
  tools: readonly ToolChoice[]
  /** The respondent does not know which tool: the function counts as in use, tool unknown. */
  toolUnknown?: boolean
  criticality?: Criticality | DontKnow
  data?: DataHeld | DontKnow
  exit?: ExitReadiness | DontKnow
  stance?: Stance | DontKnow
  /** Questionnaire version 2 only. */
  keys?: KeyHolder | DontKnow
  /** Why it is a deliberate choice (free text). */
  reason?: string
}

export type Answer =
  | { kind: 'single'; value: string }
  | { kind: 'multiple'; values: readonly string[] }
  | { kind: 'scale'; value: 1 | 2 | 3 | 4 | 5 }
  | { kind: 'text'; value: string }
  | { kind: 'dontKnow' }
  | FunctionAnswer

export type Answers = Readonly<Record<QuestionId, Answer>>

/**
 * Where the organisation stands on one action of its plan. 'declined': it decided not to do it
 * (the note says why); no entry at all means "not decided yet".
 */
export const ACTION_STATUSES = ['planned', 'inProgress', 'done', 'declined'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** The longest note kept on an action: a few paragraphs, not a document. */
export const ACTION_NOTE_MAX = 2000

/** The longest text answer or reason for a deliberate choice: like a note, a few paragraphs. */
export const TEXT_ANSWER_MAX = 2000

/** The longest name or vendor of a described tool. */
export const NAME_MAX = 200

/**
 * The largest assessment file read, in bytes of UTF-8 (and in characters once decoded, which are
 * never more): the fullest real assessment is well under 100 KB, so anything near this is not one
 * and is refused before it is parsed.
 */
export const ASSESSMENT_FILE_MAX_BYTES = 5_000_000

/** The organisation's mark on one action, and when it last changed. */
export interface ActionMark {
  status: ActionStatus
  /** Free text (at most ACTION_NOTE_MAX characters); absent when empty. */
  note?: string
  /** ISO timestamp. */
  updatedAt: string
}

/**
 * A plan action's stable key (see actionKey in advice/actions.ts): `replace:<functionId>:<alternativeId>`
 * for a proposal, `mitigate:<mitigationId>:<functionId>` or `mitigate:<mitigationId>` for a mitigation.
 * Built from ids only, so a mark survives re-scoring and migration.
 */
export type ActionKey = string

/** Where an assessment stands on the device: still being filled in, or kept as a dated assessment. */
export const ASSESSMENT_STATUSES = ['draft', 'finished'] as const
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]

/** The longest title kept on an assessment: a name for a list, not a paragraph. */
export const TITLE_MAX = 120

/**
 * The assessment this one was started from ("next year's from this one"): its answers were
 * carried over, the profile's dated facts cleared, and the rest is for the respondent to confirm.
 */
export interface BasedOn {
  id: string
  /** The earlier assessment's creation date (ISO): which year's answers these were. */
  createdAt: string
}

export interface Assessment {
  /** Random id, stable for the life of the assessment. */
  id: string
  /** A name given by the respondent ("Diagnostic 2026"); absent: listed under the organisation's name. */
  title?: string
  /** Set on an assessment started from another one; see BasedOn. */
  basedOn?: BasedOn
  /**
   * On an assessment with `basedOn`: the ids of the questions whose carried-over answer the
   * respondent confirmed ("still true") or changed since; see history/next-year.ts. Absent when none.
   */
  confirmed?: readonly string[]
  questionnaireId: string
  questionnaireVersion: number
  /** ISO timestamps. */
  createdAt: string
  updatedAt: string
  answers: Answers
  /** The organisation's marks on its plan's actions, by action key; absent when none was ever set. */
  actions?: Readonly<Record<ActionKey, ActionMark>>
}
