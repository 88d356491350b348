/** What the action plan produces from (Result, catalogue, routes, answers). Read by the results page and the report. */
import type { Effort, FunctionId, ToolId } from '../catalogue/types'
import type { Cost, Route } from '../catalogue/routes'
import type { ToolValueId } from '../scoring/weights'

/**
 * Mitigations, as ids the UI words through i18n (never prose):
 * - exportAndRestore: export regularly and try a restore elsewhere;
 * - secondAdmin: give a second person admin access, through an account in the organisation's name;
 * - publishFirst: publish first on your own site or a federated account, then relay;
 * - movePersonalData: move personal data out of the tool;
 * - organisationAccounts: create accounts with an organisation address instead of "Sign in with…";
 * - twoFactorAdmins: turn two-factor authentication on for admin accounts.
 */
export const MITIGATION_IDS = [
  'exportAndRestore',
  'secondAdmin',
  'publishFirst',
  'movePersonalData',
  'organisationAccounts',
  'twoFactorAdmins',
] as const

export type MitigationId = (typeof MITIGATION_IDS)[number]

/** A mitigation, tied to a function when it concerns one (organisation-wide otherwise). */
export interface Mitigation {
  id: MitigationId
  functionId?: FunctionId
}

/** A replacement proposed for one function. */
export interface Proposal {
  functionId: FunctionId
  /** The function's most exposed tool(s) as scored, by id: those the alternative replaces. */
  currentToolIds: readonly ToolId[]
  alternativeId: ToolId
  /** How to get the alternative, as the routes data lists them (hosted first, easiest first). */
  routes: readonly Route[]
  /** D now, D with the alternative, and gain = D − newD (> 0). */
  dependency: number
  newDependency: number
  gain: number
  /** DI − gain / n, n the number of scored functions. */
  dependencyIndexIfDone: number
  /** Tool-readable values whose risk for this function drops, in VALUE_IDS order. */
  improves: readonly ToolValueId[]
  /** Fit with the organisation's rated values, in [0, 1]. */
  fit: number
  switching: Effort
  /** Running effort, counted only when self-hosting is the easiest route; null otherwise. */
  running: Effort | null
  /** switching + running on the 1–3 scale: 1 to 6. */
  effort: number
  priority: number
  /** Cost of the cheapest hosted route; null when there is no hosted route. */
  cost: Cost | null
  /** Effort 1 and gain ≥ 10. */
  quickWin: boolean
  /** Among the first six proposals by priority. */
  sixMonthPlan: boolean
}

/**
 * Why a function worth acting on gets what it gets: 'replace', a proposal; 'deliberate', a deliberate
 * choice (mitigations only); 'noAlternative', no catalogue alternative lowers its D.
 */
export type ActionKind = 'replace' | 'deliberate' | 'noAlternative'

export interface FunctionAction {
  functionId: FunctionId
  dependency: number
  kind: ActionKind
}

export interface Plan {
  /** Functions in use with D ≥ 25, most dependent first (ties by function id). */
  worthActingOn: readonly FunctionAction[]
  /** At most one per function, by priority (ties: lower effort, then function id). */
  proposals: readonly Proposal[]
  /** Function mitigations in the order of `worthActingOn`, then organisation-wide ones. */
  mitigations: readonly Mitigation[]
}
