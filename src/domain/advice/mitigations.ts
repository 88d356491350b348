/**
 * Mitigations (DOMAIN, "Action plan", rule 5): rules on the answers, each giving an id the UI words.
 *
 * Decisions (to be printed on the method page):
 * - Function mitigations go only to functions worth acting on (D ≥ 25): rule 1's "below 25, no
 *   action" holds for them too. A function in use whose tool is unknown has no D and gets none.
 * - secondAdmin (p = 1: one person holds the keys, or a member's personal account) goes to every
 *   function worth acting on, replaced or not: whoever holds the keys of today's tool also decides
 *   the move, and the new tool needs the same care.
 * - The other function mitigations reduce the risk of *keeping* the tool, so they go to functions
 *   that keep it: deliberate choices and functions with no alternative that lowers D.
 *   - exportAndRestore: exit not tested (not checked, export possible, or unknown) and a lock-in
 *     risk above 0 on any of the function's tools (each holds data to get out).
 *   - publishFirst: functions of the external-communication group that publish to an audience on
 *     someone else's platform: not the website (it is the organisation's own site) nor analytics
 *     (it publishes nothing).
 *   - movePersonalData: the function holds personal or sensitive personal data.
 * - Organisation-wide, without a function:
 *   - organisationAccounts: the Result has a login single point of failure (it concerns the accounts
 *     of other tools opened through "Sign in with…", not the login tool's own D).
 *   - twoFactorAdmins: the two-factor question answered anything but "on every account", including
 *     "I don't know"; unanswered, no rule applies.
 * - Order: function mitigations follow the functions (most dependent first), each function's in
 *   MITIGATION_IDS order; organisation-wide ones come last, in MITIGATION_IDS order.
 */
import type { Answers } from '../assessment/types'
import type { Catalogue, FunctionId } from '../catalogue/types'
import { findFunction } from '../catalogue'
import { isPersonKeyHolder } from '../scoring/fragility'
import type { Result } from '../scoring/types'
import type { ScoredFunction } from './plan'
import type { Mitigation, MitigationId } from './types'
import { MITIGATION_IDS } from './types'

/** The governance question on two-factor authentication and its answer "on every account". */
export const TWO_FACTOR = { questionId: 'gov.twoFactor', everywhere: 'all' } as const

/** External-communication functions that publish nothing on someone else's platform. */
const NOT_PUBLISHING: readonly FunctionId[] = ['website', 'analytics']

/** Whether the function publishes to an audience on a platform the organisation does not run. */
export function publishesOutside(catalogue: Catalogue, functionId: FunctionId): boolean {
  return (
    findFunction(catalogue, functionId)?.group === 'communicateOutside' &&
    !NOT_PUBLISHING.includes(functionId)
  )
}

/** The mitigations of one function worth acting on; `keepsTool` when no replacement is proposed. */
export function functionMitigations(
  fn: ScoredFunction,
  keepsTool: boolean,
  catalogue: Catalogue,
): Mitigation[] {
  const ids = new Set<MitigationId>()
  if (isPersonKeyHolder(fn.keys)) ids.add('secondAdmin')
  if (keepsTool) {
    if (fn.exit !== 'exitTested' && fn.tools.some((t) => t.risks.lockIn > 0)) ids.add('exportAndRestore')
    if (publishesOutside(catalogue, fn.functionId)) ids.add('publishFirst')
    if (fn.data === 'personal' || fn.data === 'sensitive') ids.add('movePersonalData')
  }
  return MITIGATION_IDS.filter((id) => ids.has(id)).map((id) => ({ id, functionId: fn.functionId }))
}

/** Organisation-wide mitigations: login single point of failure, two-factor not on everywhere. */
export function organisationMitigations(result: Result, answers: Answers): Mitigation[] {
  const ids = new Set<MitigationId>()
  if (result.singlePointsOfFailure.some((p) => p.kind === 'login')) ids.add('organisationAccounts')
  const twoFactor = Object.prototype.hasOwnProperty.call(answers, TWO_FACTOR.questionId)
    ? answers[TWO_FACTOR.questionId]
    : undefined
  if (
    twoFactor?.kind === 'dontKnow' ||
    (twoFactor?.kind === 'single' && twoFactor.value !== TWO_FACTOR.everywhere)
  ) {
    ids.add('twoFactorAdmins')
  }
  return MITIGATION_IDS.filter((id) => ids.has(id)).map((id) => ({ id }))
}
