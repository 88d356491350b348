/**
 * The vendor table of a Result: one entry per outside vendor met in the scored functions, with
 * the label to show and the kind the map and the advice draw it as.
 *
 * Decisions (printed on the method page, docs/methodology.md):
 * - Kind, first rule that applies: described by the respondent → 'described'; a DMA gatekeeper
 *   group, or the vendor of any catalogue tool on the dominant side → 'dominant'; a vendor whose
 *   catalogue tools are all hosted by an ethical host → 'ethicalHost'; headquartered in the EU/EEA,
 *   Switzerland or the United Kingdom, or the vendor of an alternative of kind 'social-economy' or
 *   'european-proprietary' → 'europeanOrSocial'; otherwise 'otherProprietary'.
 * - Jurisdiction: the riskiest among the vendor's tools met in the scored functions (a described
 *   tool answered "I don't know" gives none); null when none is known.
 * - A described vendor is labelled as the respondent first typed it, in reading order.
 * - Self-hosted or local libre software has no vendor and is not in the table.
 */
import type { Answers, OtherTool } from '../assessment/types'
import type { Catalogue, Jurisdiction, Tool, Vendor, VendorId } from '../catalogue/types'
import { JURISDICTIONS } from '../catalogue/values'
import type { Questionnaire } from '../questionnaire/types'
import type { ToolIndex } from './dependency'
import { answerOf, visibleQuestions } from './questions'
import { otherVendorId, otherVendorName } from './exposure'
import type { FunctionScore, VendorInfo, VendorKind, VendorShare } from './types'

/** EU and EEA members, Switzerland and the United Kingdom (ISO 3166 alpha-2; Greece is GR). */
export const EUROPEAN_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'CH',
  'GB',
])

/** What decides a vendor's kind, gathered from the catalogue (or the answers for described vendors). */
export interface VendorTraits {
  described: boolean
  dmaGatekeeper: boolean
  /** Makes at least one catalogue tool on the dominant side. */
  makesDominantTool: boolean
  /** Every catalogue tool it makes is hosted by an ethical host. */
  ethicalHostOnly: boolean
  country: string | null
  /** Makes at least one alternative of kind 'social-economy' or 'european-proprietary'. */
  makesEuropeanOrSocialAlternative: boolean
}

/** The kind of a vendor: the first rule that applies, in the order documented above. */
export function vendorKind(traits: VendorTraits): VendorKind {
  if (traits.described) return 'described'
  if (traits.dmaGatekeeper || traits.makesDominantTool) return 'dominant'
  if (traits.ethicalHostOnly) return 'ethicalHost'
  if (
    (traits.country !== null && EUROPEAN_COUNTRIES.has(traits.country)) ||
    traits.makesEuropeanOrSocialAlternative
  ) {
    return 'europeanOrSocial'
  }
  return 'otherProprietary'
}

// Traits depend on the catalogue alone, which never changes once loaded: worked out once per
// catalogue, not on every scoring (the batch scorer scores thousands of files with one catalogue).
const traitsByCatalogue = new WeakMap<Catalogue, WeakMap<Vendor, VendorTraits>>()

/** Traits of a catalogue vendor from every tool it makes in the catalogue. */
export function catalogueVendorTraits(vendor: Vendor, catalogue: Catalogue): VendorTraits {
  let known = traitsByCatalogue.get(catalogue)
  if (!known) traitsByCatalogue.set(catalogue, (known = new WeakMap()))
  const cached = known.get(vendor)
  if (cached) return cached
  const tools = catalogue.functions.flatMap((fn) => fn.tools).filter((tool) => tool.vendorId === vendor.id)
  const traits: VendorTraits = {
    described: false,
    dmaGatekeeper: vendor.dmaGatekeeper,
    makesDominantTool: tools.some((tool) => tool.side === 'dominant'),
    ethicalHostOnly: tools.length > 0 && tools.every((tool) => tool.facts.hosting === 'ethical-host'),
    country: vendor.country,
    makesEuropeanOrSocialAlternative: tools.some(
      (tool) => tool.kind === 'social-economy' || tool.kind === 'european-proprietary',
    ),
  }
  known.set(vendor, traits)
  return traits
}

/**
 * Every tool the respondent described, by its id, in reading order (questions, then tools as
 * picked): files from before ids existed give one id to every tool of the same name.
 */
export function describedTools(
  questionnaire: Questionnaire,
  answers: Answers,
): ReadonlyMap<string, readonly OtherTool[]> {
  const out = new Map<string, OtherTool[]>()
  for (const question of visibleQuestions(questionnaire, answers)) {
    if (question.kind !== 'function') continue
    for (const choice of answerOf(question, answers)?.tools ?? []) {
      if (choice.kind === 'other') out.set(choice.id, [...(out.get(choice.id) ?? []), choice])
    }
  }
  return out
}

/** The riskier of two jurisdictions (JURISDICTIONS runs from the riskiest). */
function riskier(a: Jurisdiction | null, b: Jurisdiction | null): Jurisdiction | null {
  if (a === null || b === null) return a ?? b
  return JURISDICTIONS.indexOf(a) <= JURISDICTIONS.indexOf(b) ? a : b
}

interface Met {
  label: string
  described: boolean
  jurisdiction: Jurisdiction | null
}

/** The vendor table: one VendorInfo per vendor share, in the same order. */
export function vendorTable(
  functions: readonly FunctionScore[],
  shares: readonly VendorShare[],
  catalogue: Catalogue,
  tools: ToolIndex,
  described: ReadonlyMap<string, readonly OtherTool[]>,
): VendorInfo[] {
  const met = new Map<VendorId, Met>()
  for (const f of functions) {
    if (f.status !== 'scored') continue
    for (const exposure of f.tools) {
      if (exposure.vendorId === null) continue
      // Described tools sharing this id (one, except in files from before ids) and this vendor.
      const others = exposure.described
        ? (described.get(exposure.toolId) ?? []).filter((o) => otherVendorId(o) === exposure.vendorId)
        : []
      const tool: Tool | undefined = exposure.described ? undefined : tools.get(exposure.toolId)
      const jurisdiction = exposure.described
        ? others.reduce<Jurisdiction | null>(
            (worst, o) => riskier(worst, o.jurisdiction === 'dontKnow' ? null : o.jurisdiction),
            null,
          )
        : (tool?.facts.jurisdiction ?? null)
      const other = others[0]
      const seen = met.get(exposure.vendorId)
      if (seen) seen.jurisdiction = riskier(seen.jurisdiction, jurisdiction)
      else {
        met.set(exposure.vendorId, {
          label: other ? otherVendorName(other) : exposure.vendorId,
          described: exposure.described,
          jurisdiction,
        })
      }
    }
  }
  return shares.flatMap((share): VendorInfo[] => {
    const seen = met.get(share.vendorId)
    if (!seen) return []
    const vendor = seen.described ? undefined : catalogue.vendors.find((v) => v.id === share.vendorId)
    const traits: VendorTraits = vendor
      ? catalogueVendorTraits(vendor, catalogue)
      : {
          described: seen.described,
          dmaGatekeeper: false,
          makesDominantTool: false,
          ethicalHostOnly: false,
          country: null,
          makesEuropeanOrSocialAlternative: false,
        }
    return [
      {
        id: share.vendorId,
        label: vendor?.name ?? seen.label,
        kind: vendorKind(traits),
        jurisdiction: seen.jurisdiction,
        country: vendor?.country ?? null,
        dmaGatekeeper: vendor?.dmaGatekeeper ?? false,
      },
    ]
  })
}
