/**
 * Every allowed value of the catalogue's facts, as run-time lists: the one definition of each
 * list. The types in types.ts are derived from them, the schemas (parse.ts) check data against
 * them and forms offer them as options.
 */

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
] as const
export const FUNCTION_GROUPS = [
  'collaborate',
  'communicateInside',
  'communicateOutside',
  'runOrganisation',
] as const
export const BUSINESS_MODELS = ['advertising-data', 'freemium', 'subscription', 'public-or-commons'] as const
export const JURISDICTIONS = ['extraterritorial', 'eu-or-adequate', 'self-or-ethical-eu'] as const
export const LICENCES = ['libre', 'open-core', 'proprietary'] as const
export const EXPORTS = ['full', 'partial', 'none'] as const
export const E2EE = ['always', 'optional', 'no'] as const
export const MARKET_POWERS = ['gatekeeper', 'dominant', 'none'] as const
export const HOSTINGS = ['vendor-cloud', 'ethical-host', 'self-hosted', 'local'] as const
export const FACETS = [
  'businessModel',
  'jurisdiction',
  'licence',
  'export',
  'e2ee',
  'marketPower',
  'hosting',
] as const
export const CONFIDENCES = ['checked', 'known'] as const
export const KINDS = [
  'libre-selfhostable',
  'hosted-ethical',
  'european-proprietary',
  'social-economy',
  'libre-desktop',
  'other',
] as const
export const EFFORTS = ['low', 'medium', 'high'] as const
/**
 * dominant: a dominant platform's tool; alternative: one the action plan may propose; other (catalogue
 * version 2): a common tool that is neither (an accounting package, a paper ledger).
 */
export const SIDES = ['dominant', 'alternative', 'other'] as const
