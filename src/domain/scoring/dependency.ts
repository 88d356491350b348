/**
 * Dependency of a function, D = 100 × X × c × s × e, and the dependency index DI.
 *
 * Decisions (to be printed on the method page):
 * - A function is 'unused' when marked so; 'scored' when in use with at least one known tool
 *   (catalogue ids missing from the catalogue are ignored); otherwise 'unknown' (no answer, use
 *   "I don't know", or tool unknown with no tool). Only 'scored' functions have a D.
 * - Several tools: X is the highest exposure among them (ties broken by tool id, then by facts). The
 *   same tool chosen twice counts once (catalogue tools by id; described tools when every fact matches).
 * - A sub-answer (criticality, data, exit) not given or "I don't know" takes the middle of its range
 *   (c 0.9, s 0.925, e 0.925); completeness records it as missing.
 * - DI is the plain mean of D over scored functions, null when none is scored. Nothing is rounded.
 * - A function score carries its use and its keys (version 2) as given, for fragility (fragility.ts).
 */
import type { Catalogue, Tool, ToolId } from '../catalogue/types'
import { DONT_KNOW } from '../assessment/types'
import type {
  Answer,
  Criticality,
  DataHeld,
  DontKnow,
  ExitReadiness,
  FunctionAnswer,
  ToolChoice,
} from '../assessment/types'
import type { FunctionQuestion } from '../questionnaire/types'
import type { FunctionScore, ToolExposure } from './types'
import { catalogueToolExposure, otherToolExposure } from './exposure'
import { WEIGHTS } from './weights'

/** Catalogue tools by id. */
export type ToolIndex = ReadonlyMap<ToolId, Tool>

/** Index every catalogue tool by its id (the first occurrence wins if an id repeats). */
export function indexTools(catalogue: Catalogue): ToolIndex {
  // Built once per catalogue (content never changes once loaded): scoring and the plan both ask for
  // it on every assessment, and a federation's run scores thousands (npm run bench, score10kMs).
  const known = toolIndexes.get(catalogue)
  if (known) return known
  const index = new Map<ToolId, Tool>()
  for (const fn of catalogue.functions) {
    for (const tool of fn.tools) if (!index.has(tool.id)) index.set(tool.id, tool)
  }
  toolIndexes.set(catalogue, index)
  return index
}

const toolIndexes = new WeakMap<Catalogue, ToolIndex>()

/** A sub-answer as given, or undefined when unanswered or "I don't know". */
export function given<T extends string>(value: T | DontKnow | undefined): T | undefined {
  return value === undefined || value === DONT_KNOW ? undefined : value
}

/** Exposures of the chosen tools that can be scored, in answer order, each tool once. */
export function resolveTools(choices: readonly ToolChoice[], tools: ToolIndex): ToolExposure[] {
  const out: ToolExposure[] = []
  const seen = new Set<string>()
  for (const choice of choices) {
    let exposure: ToolExposure | undefined
    if (choice.kind === 'other') exposure = otherToolExposure(choice)
    else {
      const tool = tools.get(choice.toolId)
      if (tool) exposure = catalogueToolExposure(tool)
    }
    if (!exposure) continue
    const key = exposureKey(exposure)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(exposure)
  }
  return out
}

/** A string identifying a tool exposure completely: equal keys mean interchangeable tools. */
export function exposureKey(t: ToolExposure): string {
  const r = t.risks
  return JSON.stringify([
    t.toolId,
    t.vendorId,
    r.businessModel,
    r.jurisdiction,
    r.licence,
    r.lockIn,
    r.marketPower,
    t.hostingRisk,
    t.unknownFacts,
  ])
}

/**
 * The tool a function is scored on: highest exposure, ties broken by tool id, then by the rest of its
 * facts, so the choice never depends on the order the tools were picked in; undefined if none.
 */
export function primaryTool(tools: readonly ToolExposure[]): ToolExposure | undefined {
  let best: ToolExposure | undefined
  for (const t of tools) {
    if (
      !best ||
      t.exposure > best.exposure ||
      (t.exposure === best.exposure &&
        (t.toolId < best.toolId || (t.toolId === best.toolId && exposureKey(t) < exposureKey(best))))
    ) {
      best = t
    }
  }
  return best
}

/** D = 100 × X × c × s × e, with unknown sub-answers at the middle of their range. */
export function functionDependency(
  exposure: number,
  criticality: Criticality | undefined,
  data: DataHeld | undefined,
  exit: ExitReadiness | undefined,
): number {
  const c = WEIGHTS.criticalityModifier[criticality ?? 'unknown']
  const s = WEIGHTS.dataModifier[data ?? 'unknown']
  const e = WEIGHTS.exitModifier[exit ?? 'unknown']
  return WEIGHTS.dependencyScale * exposure * c * s * e
}

type SubAnswers = Pick<FunctionScore, 'criticality' | 'data' | 'exit' | 'stance' | 'reason' | 'keys'>

/**
 * The sub-answers of a function answer as given, leaving out those unanswered or "I don't know";
 * the reason only for a deliberate choice (one typed before switching back to "by default" is stale).
 */
export function subAnswersOf(answer: FunctionAnswer): SubAnswers {
  const out: { -readonly [K in keyof SubAnswers]: SubAnswers[K] } = {}
  const criticality = given(answer.criticality)
  const data = given(answer.data)
  const exit = given(answer.exit)
  const stance = given(answer.stance)
  const keys = given(answer.keys)
  if (criticality) out.criticality = criticality
  if (data) out.data = data
  if (exit) out.exit = exit
  if (stance) out.stance = stance
  const reason = answer.reason?.trim()
  if (stance === 'deliberate' && reason) out.reason = reason
  if (keys) out.keys = keys
  return out
}

/** Score one function question from its answer: status, tools, X and D. */
export function scoreFunction(
  question: FunctionQuestion,
  answer: Answer | undefined,
  tools: ToolIndex,
): FunctionScore {
  const base = { functionId: question.functionId }
  if (!answer || answer.kind !== 'function') {
    return { ...base, status: 'unknown', tools: [], exposure: null, dependency: null }
  }
  // `use` as given lets fragility count a function in use whose tool is unknown (status 'unknown').
  const use = given(answer.use)
  const asGiven = use ? { ...subAnswersOf(answer), use } : subAnswersOf(answer)
  if (answer.use !== 'used') {
    const status = answer.use === 'unused' ? 'unused' : 'unknown'
    return { ...base, status, tools: [], exposure: null, dependency: null, ...asGiven }
  }
  const resolved = resolveTools(answer.tools, tools)
  const primary = primaryTool(resolved)
  if (!primary) return { ...base, status: 'unknown', tools: [], exposure: null, dependency: null, ...asGiven }
  return {
    ...base,
    status: 'scored',
    tools: resolved,
    exposure: primary.exposure,
    dependency: functionDependency(primary.exposure, asGiven.criticality, asGiven.data, asGiven.exit),
    ...asGiven,
  }
}

/** DI: plain mean of D over scored functions; null when none is scored. */
export function dependencyIndex(functions: readonly FunctionScore[]): number | null {
  const ds = functions.flatMap((f) => (f.status === 'scored' && f.dependency !== null ? [f.dependency] : []))
  if (ds.length === 0) return null
  return ds.reduce((a, b) => a + b, 0) / ds.length
}
