/**
 * The dependency map: Result → a three-column graph (functions → tools → vendors) the results page
 * draws and the report can reuse. Pure, deterministic, no Vue, no DOM.
 *
 * Decisions:
 * - Only scored functions are drawn (in use with a known tool): a function whose tool is unknown
 *   has nothing to link to. They keep the questionnaire's order, grouped by the catalogue's group
 *   (the wizard's sections), groups in the catalogue's order.
 * - One tool node per tool id, shared by the functions that use it; one vendor node per outside
 *   vendor of the Result's vendor table; one node "run by the organisation itself" for every
 *   self-hosted or local tool (vendorId null), so that nothing is left hanging.
 * - Link weight is the function's criticality weight (minor 1, important 2, vital 3, unknown 2,
 *   as in the concentration); a tool → vendor link takes the highest weight of the functions the
 *   tool serves, since the map shows what is at stake, not a share.
 * - A link from a deliberate choice is marked deliberate; a tool → vendor link is deliberate only
 *   when every function behind the tool was a deliberate choice.
 * - Single points of failure come from the Result as they are: vendor flags 'vitalFunctions' and
 *   'login', function flag 'person'.
 */
import type { FunctionGroup, FunctionId, Jurisdiction, Localized, ToolId, VendorId } from '../catalogue/types'
import type { Catalogue } from '../catalogue/types'
import { FUNCTION_GROUPS } from '../catalogue/values'
import type { Criticality, Stance } from '../assessment/types'
import { criticalityWeight } from '../scoring/concentration'
import type { PersonKeyHolder, Result, VendorKind } from '../scoring/types'

/** The three columns of the map, left to right. */
export const MAP_COLUMNS = ['function', 'tool', 'vendor'] as const
export type MapColumn = (typeof MAP_COLUMNS)[number]

/** How a vendor node is drawn: the Result's vendor kinds, plus the organisation itself. */
export type MapVendorKind = VendorKind | 'self'
/** Every kind, in the order the legend lists them (from the most to the least dependent). */
export const MAP_VENDOR_KINDS: readonly MapVendorKind[] = [
  'dominant',
  'otherProprietary',
  'described',
  'europeanOrSocial',
  'ethicalHost',
  'self',
]

/** The vendor node id of the tools the organisation runs itself. */
export const SELF_VENDOR: VendorId = 'self'

export interface MapFunctionNode {
  column: 'function'
  id: string
  functionId: FunctionId
  group: FunctionGroup
  criticality?: Criticality
  weight: number
  stance?: Stance
  /** The reason written for a deliberate choice. */
  reason?: string
  /** D in [0, 100]. */
  dependency: number
  /** A vital function held by one person or a personal account; null otherwise. */
  person: PersonKeyHolder | null
}

export interface MapToolNode {
  column: 'tool'
  id: string
  toolId: ToolId
  label: Localized
  described: boolean
  /** The vendor node this tool links to (SELF_VENDOR for self-hosted or local tools). */
  vendorId: VendorId
  /** Exposure X in [0, 1]. */
  exposure: number
}

export const VENDOR_FLAGS = ['vitalFunctions', 'login'] as const
export type VendorFlag = (typeof VENDOR_FLAGS)[number]

export interface MapVendorNode {
  column: 'vendor'
  id: string
  vendorId: VendorId
  /** Catalogue or described name; empty for SELF_VENDOR (the view names it). */
  label: string
  kind: MapVendorKind
  jurisdiction: Jurisdiction | null
  country: string | null
  dmaGatekeeper: boolean
  /** Single points of failure this vendor is: several vital functions, the login. */
  flags: readonly VendorFlag[]
}

export type MapNode = MapFunctionNode | MapToolNode | MapVendorNode

export interface MapLink {
  from: string
  to: string
  /** Criticality weight 1–3. */
  weight: number
  deliberate: boolean
}

export interface MapGroup {
  group: FunctionGroup
  functionIds: readonly FunctionId[]
}

export interface DependencyMap {
  groups: readonly MapGroup[]
  functions: readonly MapFunctionNode[]
  tools: readonly MapToolNode[]
  vendors: readonly MapVendorNode[]
  links: readonly MapLink[]
}

/** Node ids, unique across the columns (a tool and a vendor may share an id in the catalogue). */
export const nodeId = {
  function: (id: FunctionId) => `function:${id}`,
  tool: (id: ToolId) => `tool:${id}`,
  vendor: (id: VendorId) => `vendor:${id}`,
}

/** The dependency map of a Result: nodes, weighted links and single-point flags. */
export function buildDependencyMap(result: Result, catalogue: Catalogue): DependencyMap {
  const groupOf = new Map(catalogue.functions.map((fn) => [fn.id, fn.group]))
  const scored = result.functions.filter((f) => f.status === 'scored' && f.tools.length > 0)
  const functions: MapFunctionNode[] = []
  for (const group of FUNCTION_GROUPS) {
    for (const f of scored) {
      if ((groupOf.get(f.functionId) ?? 'runOrganisation') !== group) continue
      const person = result.singlePointsOfFailure.find(
        (p) => p.kind === 'person' && p.functionId === f.functionId,
      )
      functions.push({
        column: 'function',
        id: nodeId.function(f.functionId),
        functionId: f.functionId,
        group,
        criticality: f.criticality,
        weight: criticalityWeight(f.criticality),
        stance: f.stance,
        reason: f.reason,
        dependency: f.dependency ?? 0,
        person: person?.kind === 'person' ? person.keys : null,
      })
    }
  }
  const groups = FUNCTION_GROUPS.flatMap((group): MapGroup[] => {
    const ids = functions.filter((f) => f.group === group).map((f) => f.functionId)
    return ids.length > 0 ? [{ group, functionIds: ids }] : []
  })

  const tools = new Map<ToolId, MapToolNode>()
  const links: MapLink[] = []
  // Per tool: the highest weight behind it and whether every function behind it was deliberate.
  const behind = new Map<ToolId, { weight: number; deliberate: boolean }>()
  for (const node of functions) {
    const f = scored.find((s) => s.functionId === node.functionId)
    for (const tool of f?.tools ?? []) {
      if (!tools.has(tool.toolId)) {
        tools.set(tool.toolId, {
          column: 'tool',
          id: nodeId.tool(tool.toolId),
          toolId: tool.toolId,
          label: tool.label,
          described: tool.described,
          vendorId: tool.vendorId ?? SELF_VENDOR,
          exposure: tool.exposure,
        })
      }
      const deliberate = node.stance === 'deliberate'
      links.push({ from: node.id, to: nodeId.tool(tool.toolId), weight: node.weight, deliberate })
      const seen = behind.get(tool.toolId)
      behind.set(tool.toolId, {
        weight: Math.max(seen?.weight ?? 0, node.weight),
        deliberate: (seen?.deliberate ?? true) && deliberate,
      })
    }
  }

  const flagsOf = (vendorId: VendorId): VendorFlag[] =>
    VENDOR_FLAGS.filter((flag) =>
      result.singlePointsOfFailure.some((p) => p.kind === flag && p.vendorId === vendorId),
    )
  const vendors: MapVendorNode[] = result.vendors.map((v) => ({
    column: 'vendor',
    id: nodeId.vendor(v.id),
    vendorId: v.id,
    label: v.label,
    kind: v.kind,
    jurisdiction: v.jurisdiction,
    country: v.country,
    dmaGatekeeper: v.dmaGatekeeper,
    flags: flagsOf(v.id),
  }))
  const toolList = [...tools.values()]
  if (toolList.some((t) => t.vendorId === SELF_VENDOR)) {
    vendors.push({
      column: 'vendor',
      id: nodeId.vendor(SELF_VENDOR),
      vendorId: SELF_VENDOR,
      label: '',
      kind: 'self',
      jurisdiction: 'self-or-ethical-eu',
      country: null,
      dmaGatekeeper: false,
      flags: [],
    })
  }
  for (const tool of toolList) {
    const b = behind.get(tool.toolId)
    links.push({
      from: tool.id,
      to: nodeId.vendor(tool.vendorId),
      weight: b?.weight ?? 0,
      deliberate: b?.deliberate ?? false,
    })
  }
  return { groups, functions, tools: toolList, vendors, links }
}

/** What depends on one vendor: the tools it holds and the functions lost "if this account closes". */
export interface Dependents {
  toolIds: readonly ToolId[]
  functionIds: readonly FunctionId[]
  /** The vendor holds the login: tools signed in through it are lost too, named or not. */
  login: boolean
}

/** The tools and functions that depend on a vendor, in the map's order; empty for an unknown vendor. */
export function dependentsOf(map: DependencyMap, vendorId: VendorId): Dependents {
  const toolIds = map.tools.filter((t) => t.vendorId === vendorId).map((t) => t.toolId)
  const toolNodes = new Set(toolIds.map(nodeId.tool))
  const fromFunctions = new Set(map.links.filter((l) => toolNodes.has(l.to)).map((l) => l.from))
  const functionIds = map.functions.filter((f) => fromFunctions.has(f.id)).map((f) => f.functionId)
  const login = map.vendors.some((v) => v.vendorId === vendorId && v.flags.includes('login'))
  return { toolIds, functionIds, login }
}

/**
 * The nodes on the chains through one node: for a vendor, its tools and their functions; for a
 * tool, its functions and its vendor; for a function, its tools and their vendors. Includes the node.
 */
export function chainOf(map: DependencyMap, id: string): ReadonlySet<string> {
  // Links only run left to right, so following them one way from the node never turns back.
  const follow = (step: (link: MapLink) => [string, string]): string[] => {
    const reached = [id]
    for (let i = 0; i < reached.length; i++) {
      for (const link of map.links) {
        const [from, to] = step(link)
        if (from === reached[i] && !reached.includes(to)) reached.push(to)
      }
    }
    return reached
  }
  return new Set([...follow((l) => [l.from, l.to]), ...follow((l) => [l.to, l.from])])
}
