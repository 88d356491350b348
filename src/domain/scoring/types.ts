/** What the scoring produces from (questionnaire, catalogue, answers). Read by results, map, advice, report, history. */
import type { FunctionId, Jurisdiction, Localized, ToolId, VendorId } from '../catalogue/types'
import type {
  Criticality,
  DataHeld,
  ExitReadiness,
  FunctionUse,
  KeyHolder,
  Stance,
} from '../assessment/types'
import type { ValueId } from '../questionnaire/types'

/** The five risks of a tool, each in [0, 1]. */
export interface Risks {
  businessModel: number
  jurisdiction: number
  licence: number
  lockIn: number
  marketPower: number
}

export interface ToolExposure {
  /** Catalogue id, or the answer's own id for a tool the respondent described. */
  toolId: ToolId
  /** Catalogue name, or the described name (as typed, in both languages). */
  label: Localized
  /** Described by the respondent rather than picked from the catalogue. */
  described: boolean
  /** Outside vendor holding the data; null for self-hosted or local libre software. */
  vendorId: VendorId | null
  risks: Risks
  /** Hosting risk used by sovereignty: vendor cloud 1, ethical host 0.2, self/local 0. */
  hostingRisk: number
  exposure: number
  /** Number of facts that were "I don't know" (other tools only). */
  unknownFacts: number
}

export type FunctionStatus =
  /** Marked "not used": changes no score. */
  | 'unused'
  /** Not answered, or answered "I don't know" for use or tool: counted as missing. */
  | 'unknown'
  /** In use with at least one known tool: scored. */
  | 'scored'

export interface FunctionScore {
  functionId: FunctionId
  status: FunctionStatus
  tools: readonly ToolExposure[]
  /** Highest exposure among the function's tools, in [0, 1]; null unless scored. */
  exposure: number | null
  /** D in [0, 100]; null unless scored. */
  dependency: number | null
  /** Sub-answers as given (undefined when unanswered or "I don't know"). */
  criticality?: Criticality
  data?: DataHeld
  exit?: ExitReadiness
  stance?: Stance
  /** Why it is a deliberate choice, as written (trimmed); only for a deliberate choice with a reason. */
  reason?: string
  /** Who holds the keys (questionnaire version 2), as given. */
  keys?: KeyHolder
  /**
   * Use as given; absent when unanswered or "I don't know". Tells a function in use whose tool is
   * unknown (status 'unknown', use 'used') from one not answered.
   */
  use?: FunctionUse
}

export interface VendorShare {
  vendorId: VendorId
  /** Share of the total criticality weight, in [0, 1]. */
  share: number
  functionIds: readonly FunctionId[]
}

/** How the map and the advice class an outside vendor; see vendorKind (vendors.ts) for the rule. */
export const VENDOR_KINDS = [
  'dominant',
  'otherProprietary',
  'europeanOrSocial',
  'ethicalHost',
  'described',
] as const
export type VendorKind = (typeof VENDOR_KINDS)[number]

/** One outside vendor met in the scored functions. */
export interface VendorInfo {
  id: VendorId
  /** Catalogue name, or the vendor as the respondent first typed it. */
  label: string
  kind: VendorKind
  /** Riskiest jurisdiction among its tools met; null when unknown (described as "I don't know"). */
  jurisdiction: Jurisdiction | null
  /** ISO 3166 alpha-2 code from the catalogue; null for described vendors. */
  country: string | null
  dmaGatekeeper: boolean
}

export type SinglePointOfFailure =
  | { kind: 'vitalFunctions'; vendorId: VendorId; functionIds: readonly FunctionId[] }
  | { kind: 'login'; vendorId: VendorId; toolId: ToolId }
  /** A vital function whose keys one person holds, or that runs on a member's personal account. */
  | { kind: 'person'; functionId: FunctionId; keys: PersonKeyHolder }

/** The key holders whose risk p is 1: the organisation loses the tool with that person. */
export type PersonKeyHolder = Extract<KeyHolder, 'onePerson' | 'personalAccount'>

/**
 * Why the level is lower than C alone gives: 'commons', C reaches level 5 without a contribution to
 * the commons; 'fragility', C reaches level 4 or 5 but fragility is above its ceiling.
 */
export type LevelCap = { reason: 'commons' } | { reason: 'fragility' }

export interface ValueScore {
  value: ValueId
  /** Importance I = (rating − 1) / 4 × 100; null when not rated. */
  importance: number | null
  /** The rating 1–5 as given. */
  rating: number | null
  /** Practice P in [0, 100]; null when nothing answered shows it. */
  practice: number | null
  /** max(0, I − P); null when either is missing. */
  gap: number | null
}

/** 1 strong dependency … 5 autonomy and contribution to the commons. */
export type PathLevel = 1 | 2 | 3 | 4 | 5

export interface Completeness {
  answered: number
  applicable: number
  /** answered / applicable, in [0, 1]; 0 when nothing applies. */
  ratio: number
}

/** One counted governance answer: a practice, its score and what it stands for. */
export interface GovernanceAnswer {
  questionId: string
  /** Value dimensions the practice stands for. */
  values: readonly ValueId[]
  commons: boolean
  /** 0, 0.5 or 1. */
  score: number
}

/** Which assessment a result is about (null when bare answers were scored). */
export interface AssessmentInfo {
  id: string
  /** The organisation's name as answered; null when blank. */
  name: string | null
  createdAt: string
  updatedAt: string
}

export interface Result {
  assessment: AssessmentInfo | null
  questionnaireId: string
  questionnaireVersion: number
  catalogueVersion: string
  functions: readonly FunctionScore[]
  /** DI in [0, 100]: mean D over scored functions; null when none is scored. */
  dependencyIndex: number | null
  /** 100 × Σ share² over outside vendors; null when no function is scored (in use with a known tool). */
  concentration: number | null
  vendorShares: readonly VendorShare[]
  /** One per outside vendor met in the scored functions, in the order of vendorShares (share, then id). */
  vendors: readonly VendorInfo[]
  singlePointsOfFailure: readonly SinglePointOfFailure[]
  values: readonly ValueScore[]
  /** Values rated 4 or 5 whose gap is 25 or more, largest gap first. */
  contradictions: readonly ValueId[]
  /** Governance maturity in [0, 100]; null when no governance question is answered. */
  governance: number | null
  /** The counted governance answers, practice by practice, in reading order. */
  practices: readonly GovernanceAnswer[]
  /** C = 0.7 × (100 − DI) + 0.3 × governance (100 − DI when governance is missing); null when DI is missing. */
  pathScore: number | null
  level: PathLevel | null
  /** Why the level stops below what C gives; null when it does not. */
  levelCap: LevelCap | null
  contributesToCommons: boolean
  /** F in [0, 100]: 100 × Σ w·p / Σ w over functions in use whose keys are known; null when none is. */
  fragility: number | null
  completeness: Completeness
}
