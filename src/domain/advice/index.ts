/**
 * The action plan: (Result, catalogue, routes, answers) → Plan. Pure, deterministic, no Vue.
 * Replacements in plan.ts, mitigations in mitigations.ts, every number in weights.ts.
 */
import type { Answers } from '../assessment/types'
import type { Routes } from '../catalogue/routes'
import type { Catalogue } from '../catalogue/types'
import { compareStrings } from '../scoring/concentration'
import { indexTools } from '../scoring/dependency'
import type { Result } from '../scoring/types'
import { functionMitigations, organisationMitigations } from './mitigations'
import { isWorthActingOn, orderProposals, proposalFor } from './plan'
import type { FunctionAction, Mitigation, Plan, Proposal } from './types'

export { ADVICE_WEIGHTS } from './weights'
export { markedActions, mitigationKey, proposalKey, type MarkedAction } from './actions'
export { MITIGATION_IDS } from './types'
export type { ActionKind, FunctionAction, Mitigation, MitigationId, Plan, Proposal } from './types'

/** Build the action plan: proposals for functions worth acting on, and mitigations from the answers. */
export function buildPlan(result: Result, catalogue: Catalogue, routes: Routes, answers: Answers): Plan {
  const tools = indexTools(catalogue)
  // Most dependent first; the function id breaks ties so the plan never depends on reading order.
  const worth = result.functions
    .filter(isWorthActingOn)
    .sort((a, b) => b.dependency - a.dependency || compareStrings(a.functionId, b.functionId))
  const actions: FunctionAction[] = []
  const proposals: Omit<Proposal, 'quickWin' | 'sixMonthPlan'>[] = []
  const mitigations: Mitigation[] = []
  for (const fn of worth) {
    const proposal =
      fn.stance === 'deliberate' ? undefined : proposalFor(fn, catalogue, tools, routes, result)
    if (proposal) proposals.push(proposal)
    const kind = proposal ? 'replace' : fn.stance === 'deliberate' ? 'deliberate' : 'noAlternative'
    actions.push({ functionId: fn.functionId, dependency: fn.dependency, kind })
    mitigations.push(...functionMitigations(fn, proposal === undefined, catalogue))
  }
  mitigations.push(...organisationMitigations(result, answers))
  return { worthActingOn: actions, proposals: orderProposals(proposals), mitigations }
}
