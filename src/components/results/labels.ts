/**
 * Names shown on the results for ids the scoring returns: functions and tools from the
 * catalogue, vendors from the catalogue or as the respondent typed them ("other" tools).
 */
import { findFunction, findTool, findVendor } from '@/domain/catalogue'
import type { Catalogue, FunctionId, Locale } from '@/domain/catalogue/types'
import { OTHER_PREFIX } from '@/domain/scoring/exposure'

export function functionName(catalogue: Catalogue, id: FunctionId, locale: Locale): string {
  return findFunction(catalogue, id)?.name[locale] ?? id
}

export function toolName(catalogue: Catalogue, id: string, locale: Locale): string {
  if (id.startsWith(OTHER_PREFIX)) return id.slice(OTHER_PREFIX.length)
  return findTool(catalogue, id)?.tool.name[locale] ?? id
}

export function vendorName(catalogue: Catalogue, id: string): string {
  if (id.startsWith(OTHER_PREFIX)) return id.slice(OTHER_PREFIX.length)
  return findVendor(catalogue, id)?.name ?? id
}

/** Scores are shown as whole points: more precision than that would claim more than the method can. */
export function roundScore(value: number | null): number | null {
  return value === null ? null : Math.round(value)
}
