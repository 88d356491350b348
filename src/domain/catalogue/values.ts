/**
 * Every allowed value of the catalogue's facts, as run-time lists: the parsers check data
 * against them and forms offer them as options. Type unions vanish at run time; the
 * `satisfies` clauses make the compiler reject a list that misses or invents a member.
 */
import type {
  AlternativeKind,
  BusinessModel,
  Confidence,
  DataExport,
  Effort,
  EndToEnd,
  Facet,
  FunctionGroup,
  FunctionId,
  Hosting,
  Jurisdiction,
  Licence,
  MarketPower,
  Tool,
} from './types'

export const FUNCTION_IDS = [
  'email',
  'files',
  'office',
  'calendar',
  'projects',
  'knowledge',
  'crm',
  'payments',
  'accounting',
  'team_chat',
  'video',
  'mobile_messaging',
  'social',
  'video_hosting',
  'website',
  'newsletters',
  'forms',
  'analytics',
  'passwords',
  'devices',
  'browser_search',
  'maps',
  'events',
  'genai',
  'identity',
  'design',
  'governance',
  'payroll',
  'esignature',
  'phone',
] as const satisfies readonly FunctionId[]
export const FUNCTION_GROUPS = [
  'collaborate',
  'communicateInside',
  'communicateOutside',
  'runOrganisation',
] as const satisfies readonly FunctionGroup[]
export const BUSINESS_MODELS = [
  'advertising-data',
  'freemium',
  'subscription',
  'public-or-commons',
] as const satisfies readonly BusinessModel[]
export const JURISDICTIONS = [
  'extraterritorial',
  'eu-or-adequate',
  'self-or-ethical-eu',
] as const satisfies readonly Jurisdiction[]
export const LICENCES = ['libre', 'open-core', 'proprietary'] as const satisfies readonly Licence[]
export const EXPORTS = ['full', 'partial', 'none'] as const satisfies readonly DataExport[]
export const E2EE = ['always', 'optional', 'no'] as const satisfies readonly EndToEnd[]
export const MARKET_POWERS = ['gatekeeper', 'dominant', 'none'] as const satisfies readonly MarketPower[]
export const HOSTINGS = [
  'vendor-cloud',
  'ethical-host',
  'self-hosted',
  'local',
] as const satisfies readonly Hosting[]
export const FACETS = [
  'businessModel',
  'jurisdiction',
  'licence',
  'export',
  'e2ee',
  'marketPower',
  'hosting',
] as const satisfies readonly Facet[]
export const CONFIDENCES = ['checked', 'known'] as const satisfies readonly Confidence[]
export const KINDS = [
  'libre-selfhostable',
  'hosted-ethical',
  'european-proprietary',
  'social-economy',
  'libre-desktop',
  'other',
] as const satisfies readonly AlternativeKind[]
export const EFFORTS = ['low', 'medium', 'high'] as const satisfies readonly Effort[]
export const SIDES = ['dominant', 'alternative'] as const satisfies readonly Tool['side'][]
