/**
 * The catalogue: functions an organisation needs, the tools that serve them, who makes those
 * tools and the facts the scoring reads. Pure data types, no Vue; each union is derived from its
 * list in values.ts.
 */
import type {
  BUSINESS_MODELS,
  CONFIDENCES,
  E2EE,
  EFFORTS,
  EXPORTS,
  FACETS,
  FUNCTION_GROUPS,
  FUNCTION_IDS,
  HOSTINGS,
  JURISDICTIONS,
  KINDS,
  LICENCES,
  MARKET_POWERS,
  SIDES,
} from './values'

/** Text shown to users that belongs to the data itself (tool descriptions, reasons), in both languages. */
export interface Localized {
  fr: string
  en: string
}

export type Locale = keyof Localized

export type FunctionId = (typeof FUNCTION_IDS)[number]
/**
 * The four groups of functions: collaborating (files, documents, projects, CRM…), communicating
 * inside (chat, video, messaging), communicating outside (social networks, video, website,
 * newsletters) and running the organisation (money, devices, accounts, AI…). The wizard has one
 * section per group.
 */
export type FunctionGroup = (typeof FUNCTION_GROUPS)[number]
export type BusinessModel = (typeof BUSINESS_MODELS)[number]
export type Jurisdiction = (typeof JURISDICTIONS)[number]
export type Licence = (typeof LICENCES)[number]
export type DataExport = (typeof EXPORTS)[number]
export type EndToEnd = (typeof E2EE)[number]
export type MarketPower = (typeof MARKET_POWERS)[number]
export type Hosting = (typeof HOSTINGS)[number]
/** A fact that does not apply to a tool (export for a search engine) counts as no risk. */
export type Facet = (typeof FACETS)[number]
export type Side = (typeof SIDES)[number]

/** The seven facts every tool carries; the scoring reads only these. */
export interface ToolFacts {
  businessModel: BusinessModel
  jurisdiction: Jurisdiction
  licence: Licence
  export: DataExport
  e2ee: EndToEnd
  marketPower: MarketPower
  hosting: Hosting
  notApplicable: readonly Facet[]
}

/** 'checked': confirmed in a cited source on `checkedOn`; 'known': general knowledge, not re-checked. */
export type Confidence = (typeof CONFIDENCES)[number]
export type AlternativeKind = (typeof KINDS)[number]
export type Effort = (typeof EFFORTS)[number]

export interface Migration {
  effort: Effort
  reason: Localized
}

export type ToolId = string
export type VendorId = string
export type SourceId = string

export interface Tool {
  /** Stable, unique in the whole catalogue; answers refer to it. */
  id: ToolId
  /** Proper name of the product (not translated) or a short description when it has none. */
  name: Localized
  side: Side
  /** null: no outside vendor holds the organisation's data (self-hosted or local libre software). */
  vendorId: VendorId | null
  facts: ToolFacts
  /** Alternatives only. */
  kind?: AlternativeKind
  /** Alternatives only: effort to move to it from a dominant tool, with the reason. */
  migration?: Migration
  /** Licence as an SPDX expression, when known. */
  licenceSpdx?: string
  confidence: Confidence
  /** What the facts rest on, in a sentence (English, as in the sources). */
  evidence: string
  sourceIds: readonly SourceId[]
  /** ISO date the facts were last checked or reviewed. */
  checkedOn: string
  /**
   * Catalogue version 2: the service itself is a designated core platform service under the EU
   * Digital Markets Act (its group being a gatekeeper is the vendor's `dmaGatekeeper`).
   */
  dmaCoreService?: boolean
}

export interface CatalogueFunction {
  id: FunctionId
  group: FunctionGroup
  name: Localized
  tools: readonly Tool[]
}

export interface Vendor {
  id: VendorId
  name: string
  /** ISO 3166 alpha-2 country of the headquarters (of the parent group when there is one). */
  country: string
  dmaGatekeeper: boolean
  usJurisdiction: boolean
  confidence: Confidence
  sourceIds: readonly SourceId[]
}

export interface Source {
  id: SourceId
  title: string
  url: string
}

export interface Catalogue {
  id: string
  version: string
  /** ISO date: facts are as of this day. */
  asOf: string
  functions: readonly CatalogueFunction[]
  vendors: readonly Vendor[]
  sources: readonly Source[]
}
