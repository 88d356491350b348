/**
 * The organisation's marks on its plan (planned, in progress, done, declined), joined with the
 * plan. Marks are keyed by ids only (function, alternative, mitigation), never by position or
 * score, so re-scoring, a changed answer or the version-1→2 migration leaves them in place.
 *
 * A mark whose action is no longer in the plan (the function was answered differently, the
 * replacement was made and the function is no longer worth acting on) is kept in the data and
 * shown nowhere: it comes back with its action if the plan proposes it again, and a list of
 * "earlier actions" would show marks on actions the organisation can no longer see explained.
 */
import type { ActionKey, ActionMark, Assessment } from '../assessment/types'
import type { Mitigation, Plan, Proposal } from './types'

/** The stable key of a proposal: `replace:<functionId>:<alternativeId>`. */
export function proposalKey(proposal: Pick<Proposal, 'functionId' | 'alternativeId'>): ActionKey {
  return `replace:${proposal.functionId}:${proposal.alternativeId}`
}

/** The stable key of a mitigation: `mitigate:<id>:<functionId>`, or `mitigate:<id>` organisation-wide. */
export function mitigationKey(mitigation: Mitigation): ActionKey {
  return mitigation.functionId === undefined
    ? `mitigate:${mitigation.id}`
    : `mitigate:${mitigation.id}:${mitigation.functionId}`
}

/** One plan action with the organisation's mark on it (null: not decided yet). */
export type MarkedAction =
  | { kind: 'proposal'; key: ActionKey; proposal: Proposal; mark: ActionMark | null }
  | { kind: 'mitigation'; key: ActionKey; mitigation: Mitigation; mark: ActionMark | null }

/** Every action of the plan, proposals then mitigations in the plan's order, with its mark. */
export function markedActions(plan: Plan, actions: Assessment['actions']): MarkedAction[] {
  const markOf = (key: ActionKey) => actions?.[key] ?? null
  return [
    ...plan.proposals.map((proposal): MarkedAction => {
      const key = proposalKey(proposal)
      return { kind: 'proposal', key, proposal, mark: markOf(key) }
    }),
    ...plan.mitigations.map((mitigation): MarkedAction => {
      const key = mitigationKey(mitigation)
      return { kind: 'mitigation', key, mitigation, mark: markOf(key) }
    }),
  ]
}
