/**
 * A small catalogue, routes file and questionnaire for the action-plan tests, independent of the
 * real data. Each tool's exposure and value risks are worked out by hand beside it.
 */
import type { Catalogue, FunctionId, Tool, ToolFacts } from '../../../src/domain/catalogue/types'
import type { FunctionAnswer, KeyHolder } from '../../../src/domain/assessment/types'
import { parseRoutes } from '../../../src/domain/catalogue/routes'
import { functionQuestion } from '../../../src/domain/questionnaire/bank'
import { FOLLOW_UPS_V2 } from '../../../src/domain/questionnaire/bank-v2'
import type { Option, Question, Questionnaire } from '../../../src/domain/questionnaire/types'
import type { UseOptions } from '../scoring/fixtures'

function tool(
  id: string,
  side: Tool['side'],
  vendorId: string | null,
  facts: Omit<ToolFacts, 'notApplicable'>,
  migration?: Tool['migration'],
): Tool {
  return {
    id,
    name: { fr: id, en: id },
    side,
    vendorId,
    facts: { ...facts, notApplicable: [] },
    ...(migration ? { migration } : {}),
    confidence: 'known',
    evidence: 'test fixture',
    sourceIds: [],
    checkedOn: '2026-11-30',
  }
}

const maxRisk = {
  businessModel: 'advertising-data',
  jurisdiction: 'extraterritorial',
  licence: 'proprietary',
  export: 'none',
  e2ee: 'no',
  marketPower: 'gatekeeper',
  hosting: 'vendor-cloud',
} as const

const googleLike = {
  businessModel: 'subscription',
  jurisdiction: 'extraterritorial',
  licence: 'proprietary',
  export: 'partial',
  e2ee: 'no',
  marketPower: 'gatekeeper',
  hosting: 'vendor-cloud',
} as const

const ethicalHost = {
  businessModel: 'public-or-commons',
  jurisdiction: 'self-or-ethical-eu',
  licence: 'libre',
  export: 'full',
  e2ee: 'no',
  marketPower: 'none',
  hosting: 'ethical-host',
} as const

const selfHosted = {
  businessModel: 'freemium',
  jurisdiction: 'self-or-ethical-eu',
  licence: 'libre',
  export: 'full',
  e2ee: 'no',
  marketPower: 'none',
  hosting: 'self-hosted',
} as const

/**
 * Value risks used by the hand-worked examples (privacy 0.6 b + 0.4 j, sovereignty 0.6 j + 0.4 hosting,
 * commons l, ethical model 0.7 b + 0.3 m, reversibility 0.7 k + 0.3 l):
 * - gsuite / outlook: privacy 0.52, sovereignty 1, commons 1, ethicalModel 0.44, reversibility 0.65
 * - euromail: privacy 0.24, sovereignty 0.58, commons 1, ethicalModel 0.14, reversibility 0.3
 * - ethmail, selfmail, cloudbox: every risk 0 but ethmail's sovereignty 0.08 (hosting 0.2 × 0.4)
 */
export const TOOLS = {
  // b 1, j 1, l 1, k 1, m 1: X = 1
  megaMail: tool('mega-mail', 'dominant', 'mega', maxRisk),
  // b 0.2, j 1, l 1, k 0.5, m 1: X = 0.05 + 0.25 + 0.15 + 0.10 + 0.15 = 0.70
  gsuite: tool('gsuite', 'dominant', 'google', googleLike),
  // the same facts at another vendor: X = 0.70 (ties with gsuite)
  outlook: tool('outlook', 'dominant', 'microsoft', googleLike),
  // b 0.2, j 0.3, l 1, k 0, m 0: X = 0.05 + 0.075 + 0.15 = 0.275
  euroMail: tool(
    'euromail',
    'alternative',
    'euromail',
    {
      businessModel: 'subscription',
      jurisdiction: 'eu-or-adequate',
      licence: 'proprietary',
      export: 'full',
      e2ee: 'no',
      marketPower: 'none',
      hosting: 'vendor-cloud',
    },
    { effort: 'high', reason: { fr: 'x', en: 'x' } },
  ),
  // every risk 0: X = 0
  ethMail: tool('ethmail', 'alternative', 'ethhost', ethicalHost),
  // self-hosted libre: b 0 by the refinement, X = 0
  selfMail: tool('selfmail', 'alternative', null, selfHosted),
  // an alternative missing from the routes data: X = 0, switching from its migration effort (medium)
  unplanned: tool('unplanned', 'alternative', null, selfHosted, {
    effort: 'medium',
    reason: { fr: 'x', en: 'x' },
  }),
  // b 0.5, j 1, l 1, k 0.5, m 1: X = 0.125 + 0.25 + 0.15 + 0.10 + 0.15 = 0.775
  megaDrive: tool('mega-drive', 'dominant', 'mega', {
    ...maxRisk,
    businessModel: 'freemium',
    export: 'partial',
  }),
  cloudbox: tool('cloudbox', 'alternative', null, selfHosted),
  // X = 1
  faceco: tool('faceco', 'dominant', 'faceco', maxRisk),
  fediverse: tool('fediverse', 'alternative', 'fedihost', ethicalHost),
  // X = 1, no alternative listed for search
  searchco: tool('searchco', 'dominant', 'searchco', maxRisk),
  // X = 1
  megaLogin: tool('mega-login', 'dominant', 'mega', maxRisk),
} as const

export type ToolKey = keyof typeof TOOLS

function fn(
  id: FunctionId,
  group: Catalogue['functions'][number]['group'],
  tools: Tool[],
): Catalogue['functions'][number] {
  return { id, group, name: { fr: id, en: id }, tools }
}

export const catalogue: Catalogue = {
  id: 'advice-fixture',
  version: '0.0.1-test',
  asOf: '2026-11-30',
  functions: [
    fn('email', 'collaborate', [
      TOOLS.megaMail,
      TOOLS.gsuite,
      TOOLS.outlook,
      TOOLS.euroMail,
      TOOLS.ethMail,
      TOOLS.selfMail,
    ]),
    fn('files', 'collaborate', [TOOLS.megaDrive, TOOLS.cloudbox, TOOLS.unplanned]),
    fn('social', 'communicateOutside', [TOOLS.faceco, TOOLS.fediverse]),
    fn('website', 'communicateOutside', [TOOLS.faceco]),
    fn('browser_search', 'runOrganisation', [TOOLS.searchco]),
    fn('identity', 'runOrganisation', [TOOLS.megaLogin]),
  ],
  vendors: [],
  sources: [],
}

const text = (s: string) => ({ fr: s, en: s })

/** Routes of the fixture's alternatives, read through the real parser. */
export const routes = parseRoutes({
  asOf: '2026-11-30',
  hosts: [
    {
      id: 'ethhost',
      name: 'Eth Host',
      kind: 'chatons',
      country: 'FR',
      url: 'https://eth.example/',
      description: text('an association'),
      sourceIds: ['R1'],
      confidence: 'checked',
      checkedOn: '2026-11-30',
    },
    {
      id: 'euromail',
      name: 'EuroMail',
      kind: 'vendor',
      country: 'DE',
      url: 'https://euromail.example/',
      description: text('a company'),
      sourceIds: [],
      confidence: 'known',
      checkedOn: '2026-11-30',
    },
  ],
  alternatives: {
    // hosted at the vendor: effort = switching only = low 1
    euromail: {
      switching: 'low',
      running: 'high',
      reason: text('x'),
      routes: [
        {
          kind: 'hosted',
          hostId: 'euromail',
          offer: text('Mail, indicative'),
          cost: { kind: 'price', amount: 1, currency: 'EUR', per: 'userMonth', asOf: '2026-11-30' },
          url: 'https://euromail.example/pricing',
          sourceIds: [],
          confidence: 'known',
          checkedOn: '2026-11-30',
        },
      ],
    },
    // a hosted route, so running is not counted: effort = medium 2
    ethmail: {
      switching: 'medium',
      running: 'high',
      reason: text('x'),
      routes: [
        {
          kind: 'hosted',
          hostId: 'ethhost',
          offer: text('Mail box'),
          cost: { kind: 'price', amount: 12, currency: 'EUR', per: 'year', asOf: '2026-11-30' },
          url: 'https://eth.example/mail',
          sourceIds: ['R1'],
          confidence: 'checked',
          checkedOn: '2026-11-30',
        },
        { kind: 'selfHosted', note: text('a server'), sourceIds: [] },
      ],
    },
    // self-hosting only: effort = medium 2 + high 3 = 5
    selfmail: {
      switching: 'medium',
      running: 'high',
      reason: text('x'),
      routes: [{ kind: 'selfHosted', note: text('a mail server'), sourceIds: ['R1'] }],
    },
    // self-hosting only: effort = low 1 + medium 2 = 3
    cloudbox: {
      switching: 'low',
      running: 'medium',
      reason: text('x'),
      routes: [{ kind: 'selfHosted', note: text('a server'), sourceIds: [] }],
    },
    // hosted, free: effort = low 1
    fediverse: {
      switching: 'low',
      running: 'medium',
      reason: text('x'),
      routes: [
        {
          kind: 'hosted',
          hostId: 'ethhost',
          offer: text('An account'),
          cost: { kind: 'free' },
          url: 'https://eth.example/social',
          sourceIds: [],
          confidence: 'known',
          checkedOn: '2026-11-30',
        },
      ],
    },
  },
  sources: [{ id: 'R1', title: 'Eth Host offers', url: 'https://eth.example/offers' }],
})

const twoFactorOptions: readonly Option[] = [
  { value: 'all', labelKey: 'all', score: 1 },
  { value: 'some', labelKey: 'some', score: 0.5 },
  { value: 'none', labelKey: 'none', score: 0 },
]

/** Function question ids of the fixture, with their function. */
export const FUNCTION_QUESTIONS = {
  fn_email: 'email',
  fn_files: 'files',
  fn_social: 'social',
  fn_website: 'website',
  fn_search: 'browser_search',
  fn_identity: 'identity',
} as const satisfies Record<string, FunctionId>

export type FunctionQuestionId = keyof typeof FUNCTION_QUESTIONS
export const FUNCTION_QUESTION_IDS = Object.keys(FUNCTION_QUESTIONS) as FunctionQuestionId[]

/** The tool-readable values the fixture asks to rate. */
export const RATED_VALUES = ['privacy', 'sovereignty', 'commons', 'ethicalModel', 'reversibility'] as const

export const questionnaire: Questionnaire = {
  id: 'advice-fixture',
  version: 2,
  asOf: '2026-11-30',
  sections: [
    {
      id: 'tools',
      titleKey: 'tools',
      questions: Object.entries(FUNCTION_QUESTIONS).map(([id, functionId]): Question => ({
        ...functionQuestion(functionId, FOLLOW_UPS_V2),
        id,
        labelKey: id,
      })),
    },
    {
      id: 'values',
      titleKey: 'values',
      questions: RATED_VALUES.map((value): Question => ({
        id: `imp_${value}`,
        kind: 'scale',
        labelKey: value,
        minLabelKey: 'low',
        maxLabelKey: 'high',
        scoring: { kind: 'importance', value },
      })),
    },
    {
      id: 'governance',
      titleKey: 'governance',
      questions: [
        {
          id: 'gov.twoFactor',
          kind: 'single',
          labelKey: 'twoFactor',
          options: twoFactorOptions,
          scoring: { kind: 'governance', values: ['security'] },
        },
      ],
    },
  ],
}

/** A function answer in use with fixture tools, its follow-ups and who holds the keys. */
export function used(
  tools: readonly ToolKey[],
  opts: UseOptions & { keys?: KeyHolder | 'dontKnow' } = {},
): FunctionAnswer {
  return {
    kind: 'function',
    use: 'used',
    tools: tools.map((t) => ({ kind: 'catalogue', toolId: TOOLS[t].id })),
    ...opts,
  }
}
