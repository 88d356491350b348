/**
 * Names shown on the results for ids the scoring returns: functions from the catalogue, tools
 * and vendors from the labels the Result carries (catalogue names, or as the respondent typed
 * them for tools and vendors they described).
 */
import { findFunction } from '../catalogue'
import type { Catalogue, FunctionId, Locale } from '../catalogue/types'
import type { Result } from '../scoring/types'

export function functionName(catalogue: Catalogue, id: FunctionId, locale: Locale): string {
  return findFunction(catalogue, id)?.name[locale] ?? id
}

/** The label of a tool met in the Result; the id itself if the Result does not hold it. */
export function toolName(result: Result, id: string, locale: Locale): string {
  for (const f of result.functions) {
    const tool = f.tools.find((t) => t.toolId === id)
    if (tool) return tool.label[locale]
  }
  return id
}

/** The label of a vendor from the Result's vendor table; the id itself if it is not there. */
export function vendorName(result: Result, id: string): string {
  return result.vendors.find((vendor) => vendor.id === id)?.label ?? id
}

/** Scores are shown as whole points: more precision than that would claim more than the method can. */
export function roundScore(value: number | null): number | null {
  return value === null ? null : Math.round(value)
}
