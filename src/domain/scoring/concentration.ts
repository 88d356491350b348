/**
 * Vendor concentration (a Herfindahl–Hirschman index over outside vendors) and single points of failure.
 *
 * Decisions (to be printed on the method page):
 * - Each scored function gives a weight w (minor 1, important 2, vital 3, unknown 2), split evenly
 *   among its tools. A tool with no outside vendor (self-hosted or local libre software) keeps its
 *   part in the total but belongs to no vendor; two tools of one vendor give that vendor both parts.
 * - share = vendor weight / total weight; index = 100 × Σ share² over vendors; null when no
 *   function is scored. Shares are sorted by share (largest first), then by vendor id.
 * - Single points of failure: an outside vendor holding at least two scored functions marked vital;
 *   and every tool with an outside vendor used for the login (function 'identity'), since a login
 *   used for other tools puts every tool behind it at that vendor's mercy. This includes tools the
 *   respondent described, not only catalogue tools.
 */
import type { FunctionId, VendorId } from '../catalogue/types'
import type { Criticality } from '../assessment/types'
import type { FunctionScore, SinglePointOfFailure, VendorShare } from './types'
import { WEIGHTS } from './weights'

/** The function whose tool is the organisation's login (single sign-on). */
export const LOGIN_FUNCTION: FunctionId = 'identity'

/** Criticality weight w: minor 1, important 2, vital 3, unknown 2. */
export function criticalityWeight(criticality: Criticality | undefined): number {
  return WEIGHTS.criticalityWeight[criticality ?? 'unknown']
}

/** Shares of the criticality weight held by each outside vendor, largest first, then by vendor id. */
export function vendorShares(functions: readonly FunctionScore[]): VendorShare[] {
  let total = 0
  const byVendor = new Map<VendorId, { weight: number; functionIds: FunctionId[] }>()
  for (const f of functions) {
    if (f.status !== 'scored' || f.tools.length === 0) continue
    const part = criticalityWeight(f.criticality) / f.tools.length
    for (const tool of f.tools) {
      total += part
      if (tool.vendorId === null) continue
      const entry = byVendor.get(tool.vendorId) ?? { weight: 0, functionIds: [] }
      entry.weight += part
      if (!entry.functionIds.includes(f.functionId)) entry.functionIds.push(f.functionId)
      byVendor.set(tool.vendorId, entry)
    }
  }
  if (total === 0) return []
  return [...byVendor.entries()]
    .map(([vendorId, e]) => ({ vendorId, share: e.weight / total, functionIds: e.functionIds }))
    .sort((a, b) => b.share - a.share || compareStrings(a.vendorId, b.vendorId))
}

/** Concentration = 100 × Σ share² over outside vendors; null when no function is scored. */
export function concentrationIndex(
  functions: readonly FunctionScore[],
  shares: readonly VendorShare[],
): number | null {
  if (!functions.some((f) => f.status === 'scored')) return null
  return WEIGHTS.percent * shares.reduce((sum, s) => sum + s.share * s.share, 0)
}

/** Outside vendors holding two or more vital functions, and outside vendors holding the login. */
export function singlePointsOfFailure(functions: readonly FunctionScore[]): SinglePointOfFailure[] {
  const vital = new Map<VendorId, FunctionId[]>()
  const logins: Extract<SinglePointOfFailure, { kind: 'login' }>[] = []
  for (const f of functions) {
    if (f.status !== 'scored') continue
    for (const tool of f.tools) {
      if (tool.vendorId === null) continue
      if (f.criticality === 'vital') {
        const ids = vital.get(tool.vendorId) ?? []
        if (!ids.includes(f.functionId)) ids.push(f.functionId)
        vital.set(tool.vendorId, ids)
      }
      if (
        f.functionId === LOGIN_FUNCTION &&
        !logins.some((l) => l.kind === 'login' && l.vendorId === tool.vendorId && l.toolId === tool.toolId)
      ) {
        logins.push({ kind: 'login', vendorId: tool.vendorId, toolId: tool.toolId })
      }
    }
  }
  const vitalPoints: SinglePointOfFailure[] = [...vital.entries()]
    .filter(([, ids]) => ids.length >= WEIGHTS.vitalFunctionsForSinglePoint)
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([vendorId, functionIds]) => ({ kind: 'vitalFunctions', vendorId, functionIds }))
  const sortedLogins = [...logins].sort(
    (a, b) => compareStrings(a.vendorId, b.vendorId) || compareStrings(loginTool(a), loginTool(b)),
  )
  return [...vitalPoints, ...sortedLogins]
}

function loginTool(p: SinglePointOfFailure): string {
  return p.kind === 'login' ? p.toolId : ''
}

/** Code-point order, independent of the runtime's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
