/**
 * Exposure of a tool: facts → five risks → X in [0, 1].
 *
 * Decisions (to be printed on the method page):
 * - A facet listed in `notApplicable` counts as no risk (0). For `e2ee`, not applicable means the
 *   jurisdiction risk is left as it is (factor 1); for `hosting`, the hosting risk is 0.
 * - End-to-end encryption multiplies j by 0.3 only when it is 'always' on; 'optional' is opt-in and
 *   usually off, so it does not count.
 * - Refinement of b: the business-model risk measures whether whoever operates the service can
 *   monetise the organisation's data. For libre software the organisation runs itself (hosting
 *   'self-hosted' or 'local' and licence 'libre'), b = 0 whatever the maintainer's model. This is
 *   what makes "self-hosted libre software with full export gives 0" hold for real entries such as
 *   Nextcloud (freemium maintainer).
 * - A tool the respondent described ("other"): market power 'none', no end-to-end encryption, and a
 *   fact answered "I don't know" takes the middle of its risk range (0.5) and is counted in
 *   `unknownFacts`. Its tool id is the answer's own id (`other:<name>` for files saved before
 *   described tools had ids, so their scores are unchanged). Its vendor id is `other:` + the vendor
 *   (or, left blank, the tool's name) folded: trimmed, lower-cased, accents removed, so "ACME
 *   Corp" and "acme corp" are one vendor; none when it is libre software run by the organisation
 *   (self-hosted or local). Labels keep the respondent's spelling.
 */
import type { Hosting, Licence, Tool, ToolFacts } from '../catalogue/types'
import { foldText } from '../text'
import { DONT_KNOW } from '../assessment/types'
import type { OtherTool } from '../assessment/types'
import type { Risks, ToolExposure } from './types'
import { WEIGHTS } from './weights'

/** Prefix of the vendor ids given to vendors the respondent described (never read back: ids are opaque). */
export const DESCRIBED_VENDOR_PREFIX = 'other:'

/** Whether the organisation runs libre software itself, so no operator can monetise its data. */
export function isSelfRunLibre(hosting: Hosting | undefined, licence: Licence | undefined): boolean {
  return (hosting === 'self-hosted' || hosting === 'local') && licence === 'libre'
}

/** Exposure X = Σ weight × risk over the five risks, in [0, 1]. */
export function exposureOf(risks: Risks): number {
  const w = WEIGHTS.exposure
  return (
    w.businessModel * risks.businessModel +
    w.jurisdiction * risks.jurisdiction +
    w.licence * risks.licence +
    w.lockIn * risks.lockIn +
    w.marketPower * risks.marketPower
  )
}

/** The five risks and the hosting risk of a catalogue tool's facts. */
export function risksOfFacts(facts: ToolFacts): { risks: Risks; hostingRisk: number } {
  const na = (facet: ToolFacts['notApplicable'][number]): boolean => facts.notApplicable.includes(facet)
  const e2ee = na('e2ee') ? 1 : WEIGHTS.e2eeFactor[facts.e2ee]
  const businessModel =
    na('businessModel') || isSelfRunLibre(facts.hosting, facts.licence)
      ? 0
      : WEIGHTS.businessModelRisk[facts.businessModel]
  return {
    risks: {
      businessModel,
      jurisdiction: na('jurisdiction') ? 0 : WEIGHTS.jurisdictionRisk[facts.jurisdiction] * e2ee,
      licence: na('licence') ? 0 : WEIGHTS.licenceRisk[facts.licence],
      lockIn: na('export') ? 0 : WEIGHTS.lockInRisk[facts.export],
      marketPower: na('marketPower') ? 0 : WEIGHTS.marketPowerRisk[facts.marketPower],
    },
    hostingRisk: na('hosting') ? 0 : WEIGHTS.hostingRisk[facts.hosting],
  }
}

/** Exposure of a catalogue tool. */
export function catalogueToolExposure(tool: Tool): ToolExposure {
  const { risks, hostingRisk } = risksOfFacts(tool.facts)
  return {
    toolId: tool.id,
    label: tool.name,
    described: false,
    vendorId: tool.vendorId,
    risks,
    hostingRisk,
    exposure: exposureOf(risks),
    unknownFacts: 0,
  }
}

/** Risk of one fact of a described tool: its table value, or the middle of the range when unknown. */
function factRisk<K extends string>(table: Readonly<Record<K, number>>, fact: K | typeof DONT_KNOW): number {
  return fact === DONT_KNOW ? WEIGHTS.unknownFactRisk : table[fact]
}

/** The facts a respondent gives for a tool not in the catalogue. */
export const OTHER_TOOL_FACTS = ['jurisdiction', 'licence', 'businessModel', 'export', 'hosting'] as const

/** Number of facts of a described tool answered "I don't know". */
export function unknownFactsOf(other: OtherTool): number {
  return OTHER_TOOL_FACTS.filter((fact) => other[fact] === DONT_KNOW).length
}

/** Vendor id of a described tool: null for libre software it runs itself, else `other:<folded vendor>`. */
export function otherVendorId(other: OtherTool): string | null {
  const hosting = other.hosting === DONT_KNOW ? undefined : other.hosting
  const licence = other.licence === DONT_KNOW ? undefined : other.licence
  if (isSelfRunLibre(hosting, licence)) return null
  return DESCRIBED_VENDOR_PREFIX + foldText(otherVendorName(other))
}

/** The vendor of a described tool as typed; left blank, the tool itself: it still holds the data somewhere. */
export function otherVendorName(other: OtherTool): string {
  return other.vendor.trim() || other.name.trim()
}

/** Exposure of a tool the respondent described by its facts (market power none, no e2ee). */
export function otherToolExposure(other: OtherTool): ToolExposure {
  const hosting = other.hosting === DONT_KNOW ? undefined : other.hosting
  const licence = other.licence === DONT_KNOW ? undefined : other.licence
  const risks: Risks = {
    businessModel: isSelfRunLibre(hosting, licence)
      ? 0
      : factRisk(WEIGHTS.businessModelRisk, other.businessModel),
    jurisdiction: factRisk(WEIGHTS.jurisdictionRisk, other.jurisdiction) * WEIGHTS.e2eeFactor.no,
    licence: factRisk(WEIGHTS.licenceRisk, other.licence),
    lockIn: factRisk(WEIGHTS.lockInRisk, other.export),
    marketPower: WEIGHTS.marketPowerRisk.none,
  }
  return {
    toolId: other.id,
    label: { fr: other.name.trim(), en: other.name.trim() },
    described: true,
    vendorId: otherVendorId(other),
    risks,
    hostingRisk: factRisk(WEIGHTS.hostingRisk, other.hosting),
    exposure: exposureOf(risks),
    unknownFacts: unknownFactsOf(other),
  }
}
