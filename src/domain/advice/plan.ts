/**
 * The action plan's replacements (DOMAIN, "Action plan", rules 1–4), reusing the scoring's own
 * functions so a proposal's gain is exactly what re-scoring would give.
 *
 * Decisions (to be printed on the method page):
 * - Worth acting on: a scored function (in use, tool known) with D ≥ 25. A function in use whose
 *   tool is unknown has no D and gets no action.
 * - Candidates: the tools of the function's catalogue entry with `side: 'alternative'` (v2's
 *   `side: 'other'` tools are never proposed) whose id is not among the function's scored tools.
 *   A candidate is read through the scoring's tool index, so it scores as the answers would.
 * - newD: the candidate replaces every tool of highest exposure (all of them on a tie); the others
 *   are kept; D is recomputed with the scoring's primaryTool and functionDependency.
 * - fit = Σ I_v·(1 − risk_v(a)) / Σ I_v over the tool-readable values whose importance is known;
 *   1 when that sum is 0 (nothing rated, or every rating 1: no preference to fit).
 * - Efforts come from the alternative's plan in the routes data. Self-hosting is the easiest route
 *   only when the plan lists no hosted and no desktop route (installed software needs no server) but
 *   lists self-hosting; only then is the running effort added. An alternative missing from the
 *   routes data is still tried: switching from the catalogue's migration effort ('high' when it has
 *   none), running not counted, no routes, no cost.
 * - Cost: the cheapest hosted route's (see ADVICE_WEIGHTS.cost for the ranking); null when there is
 *   no hosted route (self-hosting or desktop software only: the cost is the organisation's time).
 * - The values a proposal improves: tool-readable values whose risk, read on the function's
 *   highest-exposure tool as practice reads it, is lower after the switch.
 * - Order: priority, then lower effort, then function id; the function's proposal is its candidate of
 *   highest priority, then lower effort, then tool id.
 */
import type { Catalogue, Effort, Tool } from '../catalogue/types'
import { findFunction } from '../catalogue'
import { planOf } from '../catalogue/routes'
import type { Cost, HostedRoute, Route, Routes } from '../catalogue/routes'
import { compareStrings } from '../scoring/concentration'
import { functionDependency, primaryTool } from '../scoring/dependency'
import type { ToolIndex } from '../scoring/dependency'
import { catalogueToolExposure } from '../scoring/exposure'
import type { FunctionScore, Result, ToolExposure } from '../scoring/types'
import { isToolValue, toolValueRisk } from '../scoring/values'
import { VALUE_IDS } from '../questionnaire/types'
import type { ToolValueId } from '../scoring/weights'
import type { Proposal } from './types'
import { ADVICE_WEIGHTS } from './weights'

/** The tool-readable values, in VALUE_IDS order. */
const TOOL_VALUES: readonly ToolValueId[] = VALUE_IDS.filter(isToolValue)

/** A scored function with its D. */
export type ScoredFunction = FunctionScore & { status: 'scored'; dependency: number }

/** Whether a function is worth acting on: scored, with D ≥ 25. */
export function isWorthActingOn(fn: FunctionScore): fn is ScoredFunction {
  return fn.status === 'scored' && fn.dependency !== null && fn.dependency >= ADVICE_WEIGHTS.worthActingOn
}

/** The function's tools of highest exposure (all of them on a tie), which a replacement takes over. */
export function mostExposedTools(tools: readonly ToolExposure[]): ToolExposure[] {
  const top = primaryTool(tools)
  return top ? tools.filter((t) => t.exposure === top.exposure) : []
}

/** D of a function with `alternative` in place of its most exposed tools, the other tools kept. */
export function dependencyWith(fn: ScoredFunction, alternative: ToolExposure): number {
  const top = primaryTool(fn.tools)
  const kept = fn.tools.filter((t) => t.exposure !== top?.exposure)
  const primary = primaryTool([...kept, alternative]) ?? alternative
  return functionDependency(primary.exposure, fn.criticality, fn.data, fn.exit)
}

/** Fit of a tool with the organisation's rated values, in [0, 1]; 1 when no value weighs. */
export function fitOf(tool: ToolExposure, importance: ReadonlyMap<ToolValueId, number>): number {
  let weighted = 0
  let total = 0
  for (const value of TOOL_VALUES) {
    const i = importance.get(value)
    if (i === undefined) continue
    weighted += i * (1 - toolValueRisk(value, tool))
    total += i
  }
  return total === 0 ? 1 : weighted / total
}

/** Importance of each tool-readable value the organisation rated. */
export function toolValueImportance(result: Result): Map<ToolValueId, number> {
  const out = new Map<ToolValueId, number>()
  for (const v of result.values)
    if (isToolValue(v.value) && v.importance !== null) out.set(v.value, v.importance)
  return out
}

/** Whether self-hosting is the easiest route: no hosted or desktop route, at least one self-hosted. */
export function selfHostingIsEasiest(routes: readonly Route[]): boolean {
  return routes.every((r) => r.kind === 'selfHosted') && routes.length > 0
}

/** Rank of a cost for choosing the cheapest route: lower is cheaper. */
function costRank(cost: Cost): number {
  if (cost.kind === 'free') return 0
  if (cost.kind === 'payWhatYouWant') return 0.5
  // A price not checked is not known to be cheap: it ranks after every known price.
  if (cost.kind === 'seeOffer') return Number.POSITIVE_INFINITY
  const { referenceUsers, perYear } = ADVICE_WEIGHTS.cost
  const users = cost.per === 'userMonth' || cost.per === 'userYear' ? referenceUsers : 1
  // Prices rank after free and pay-what-you-want whatever their amount.
  return 1 + cost.amount * perYear[cost.per] * users
}

/** The cost of the cheapest hosted route (the first listed on a tie); null without hosted route. */
export function cheapestCost(routes: readonly Route[]): Cost | null {
  let best: HostedRoute | undefined
  for (const r of routes) {
    if (r.kind === 'hosted' && (!best || costRank(r.cost) < costRank(best.cost))) best = r
  }
  return best ? best.cost : null
}

/** Tool-readable values whose risk on the function's primary tool drops from `before` to `after`. */
export function improvedValues(
  before: readonly ToolExposure[],
  after: readonly ToolExposure[],
): ToolValueId[] {
  const a = primaryTool(before)
  const b = primaryTool(after)
  if (!a || !b) return []
  return TOOL_VALUES.filter((v) => toolValueRisk(v, b) < toolValueRisk(v, a))
}

interface Candidate {
  tool: Tool
  exposure: ToolExposure
  newDependency: number
  gain: number
  fit: number
  switching: Effort
  running: Effort | null
  effort: number
  priority: number
  routes: readonly Route[]
}

/** Every catalogue alternative of the function not used there, with gain > 0, best first. */
export function candidatesFor(
  fn: ScoredFunction,
  catalogue: Catalogue,
  tools: ToolIndex,
  routes: Routes,
  importance: ReadonlyMap<ToolValueId, number>,
): Candidate[] {
  const used = new Set(fn.tools.map((t) => t.toolId))
  const out: Candidate[] = []
  for (const listed of findFunction(catalogue, fn.functionId)?.tools ?? []) {
    if (listed.side !== 'alternative' || used.has(listed.id)) continue
    // The scoring's index decides which entry an id stands for, so the answers would score the same tool.
    const tool = tools.get(listed.id) ?? listed
    const exposure = catalogueToolExposure(tool)
    const newDependency = dependencyWith(fn, exposure)
    const gain = fn.dependency - newDependency
    if (gain <= 0) continue
    const plan = planOf(routes, tool.id)
    const planRoutes = plan?.routes ?? []
    const switching = plan?.switching ?? tool.migration?.effort ?? 'high'
    const running = plan && selfHostingIsEasiest(planRoutes) ? plan.running : null
    const effort = ADVICE_WEIGHTS.effort[switching] + (running === null ? 0 : ADVICE_WEIGHTS.effort[running])
    const fit = fitOf(exposure, importance)
    const priority = (gain * (ADVICE_WEIGHTS.fitBase + ADVICE_WEIGHTS.fitShare * fit)) / effort
    out.push({
      tool,
      exposure,
      newDependency,
      gain,
      fit,
      switching,
      running,
      effort,
      priority,
      routes: planRoutes,
    })
  }
  return out.sort(
    (a, b) => b.priority - a.priority || a.effort - b.effort || compareStrings(a.tool.id, b.tool.id),
  )
}

/** The proposal for one function worth acting on, or undefined when no alternative lowers its D. */
export function proposalFor(
  fn: ScoredFunction,
  catalogue: Catalogue,
  tools: ToolIndex,
  routes: Routes,
  result: Result,
): Omit<Proposal, 'quickWin' | 'sixMonthPlan'> | undefined {
  const best = candidatesFor(fn, catalogue, tools, routes, toolValueImportance(result))[0]
  if (!best) return undefined
  const replaced = mostExposedTools(fn.tools)
  const kept = fn.tools.filter((t) => !replaced.includes(t))
  const n = result.functions.filter((f) => f.status === 'scored').length
  return {
    functionId: fn.functionId,
    currentToolIds: replaced.map((t) => t.toolId).sort(compareStrings),
    alternativeId: best.tool.id,
    routes: best.routes,
    dependency: fn.dependency,
    newDependency: best.newDependency,
    gain: best.gain,
    dependencyIndexIfDone: (result.dependencyIndex ?? 0) - best.gain / n,
    improves: improvedValues(fn.tools, [...kept, best.exposure]),
    fit: best.fit,
    switching: best.switching,
    running: best.running,
    effort: best.effort,
    priority: best.priority,
    cost: cheapestCost(best.routes),
  }
}

/** Order proposals by priority, then lower effort, then function id, and mark quick wins and the six-month plan. */
export function orderProposals(
  proposals: readonly Omit<Proposal, 'quickWin' | 'sixMonthPlan'>[],
): Proposal[] {
  const { quickWin, sixMonthPlanSize } = ADVICE_WEIGHTS
  return [...proposals]
    .sort(
      (a, b) => b.priority - a.priority || a.effort - b.effort || compareStrings(a.functionId, b.functionId),
    )
    .map((p, i) => ({
      ...p,
      quickWin: p.effort <= quickWin.maxEffort && p.gain >= quickWin.minGain,
      sixMonthPlan: i < sixMonthPlanSize,
    }))
}
