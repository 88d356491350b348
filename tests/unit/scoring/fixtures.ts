/**
 * A small catalogue and questionnaire for the scoring tests, independent of the real data.
 * Each tool's exposure is worked out by hand beside it.
 */
import type { Catalogue, FunctionId, Tool, ToolFacts } from '../../../src/domain/catalogue/types'
import { functionQuestion } from '../../../src/domain/questionnaire/bank'
import type {
  Answer,
  Criticality,
  DataHeld,
  ExitReadiness,
  FunctionAnswer,
  OtherTool,
  Stance,
} from '../../../src/domain/assessment/types'
import { otherToolIdFromName } from '../../../src/domain/assessment/types'
import type { Option, Question, Questionnaire, ValueId } from '../../../src/domain/questionnaire/types'
import { VALUE_IDS } from '../../../src/domain/questionnaire/types'

function tool(
  id: string,
  vendorId: string | null,
  facts: Omit<ToolFacts, 'notApplicable'>,
  notApplicable: ToolFacts['notApplicable'] = [],
): Tool {
  return {
    id,
    name: { fr: id, en: id },
    side: facts.marketPower === 'none' ? 'alternative' : 'dominant',
    vendorId,
    facts: { ...facts, notApplicable },
    confidence: 'known',
    evidence: 'test fixture',
    sourceIds: [],
    checkedOn: '2025-01-01',
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

const selfHostedLibre = {
  businessModel: 'freemium',
  jurisdiction: 'self-or-ethical-eu',
  licence: 'libre',
  export: 'full',
  e2ee: 'no',
  marketPower: 'none',
  hosting: 'self-hosted',
} as const

export const TOOLS = {
  // b 1, j 1, l 1, k 1, m 1: X = 0.25 + 0.25 + 0.15 + 0.20 + 0.15 = 1
  megaMail: tool('mega-mail', 'mega', maxRisk),
  // same facts as mega-mail, same vendor: X = 1
  megaLogin: tool('mega-login', 'mega', maxRisk),
  // b 0.2, j 1, l 1, k 0.5, m 1: X = 0.05 + 0.25 + 0.15 + 0.10 + 0.15 = 0.70
  gsuite: tool('gsuite', 'google', {
    businessModel: 'subscription',
    jurisdiction: 'extraterritorial',
    licence: 'proprietary',
    export: 'partial',
    e2ee: 'no',
    marketPower: 'gatekeeper',
    hosting: 'vendor-cloud',
  }),
  // b 0, j 1 × 0.3 (e2ee always) = 0.3, l 0, k 0, m 0: X = 0.25 · 0.3 = 0.075; hosting 1
  whisper: tool('whisper', 'whisperco', {
    businessModel: 'public-or-commons',
    jurisdiction: 'extraterritorial',
    licence: 'libre',
    export: 'full',
    e2ee: 'always',
    marketPower: 'none',
    hosting: 'vendor-cloud',
  }),
  // b 0.2, j 0.3 (e2ee optional: no effect), l 0.5, k 0.5, m 0.5:
  // X = 0.05 + 0.075 + 0.075 + 0.10 + 0.075 = 0.375
  eurochat: tool('eurochat', 'eurochat', {
    businessModel: 'subscription',
    jurisdiction: 'eu-or-adequate',
    licence: 'open-core',
    export: 'partial',
    e2ee: 'optional',
    marketPower: 'dominant',
    hosting: 'vendor-cloud',
  }),
  // self-hosted libre, maintainer freemium: b = 0 by the refinement; X = 0
  cloudbox: tool('cloudbox', null, selfHostedLibre),
  // ethical host: all risks 0, X = 0; hosting 0.2
  framadrive: tool('framadrive', 'framasoft', {
    businessModel: 'public-or-commons',
    jurisdiction: 'self-or-ethical-eu',
    licence: 'libre',
    export: 'full',
    e2ee: 'no',
    marketPower: 'none',
    hosting: 'ethical-host',
  }),
  // export not applicable (search engine): k 0; X = 0.25 + 0.25 + 0.15 + 0 + 0.15 = 0.80
  searchco: tool('searchco', 'searchco', maxRisk, ['export']),
  // self-hosted libre login: X = 0
  keycloak: tool('keycloak', null, selfHostedLibre),
  // local libre desktop software: X = 0
  libreoffice: tool('libreoffice', null, {
    ...selfHostedLibre,
    businessModel: 'public-or-commons',
    hosting: 'local',
  }),
} as const

export type FixtureToolKey = keyof typeof TOOLS

/** Every fixture tool's exposure, worked out above. */
export const EXPOSURE: Record<FixtureToolKey, number> = {
  megaMail: 1,
  megaLogin: 1,
  gsuite: 0.7,
  whisper: 0.075,
  eurochat: 0.375,
  cloudbox: 0,
  framadrive: 0,
  searchco: 0.8,
  keycloak: 0,
  libreoffice: 0,
}

function fn(
  id: FunctionId,
  group: Catalogue['functions'][number]['group'],
  tools: Tool[],
): Catalogue['functions'][number] {
  return { id, group, name: { fr: id, en: id }, tools }
}

export const catalogue: Catalogue = {
  id: 'fixture-catalogue',
  version: '0.0.1-test',
  asOf: '2025-01-01',
  functions: [
    fn('email', 'collaborate', [TOOLS.megaMail, TOOLS.gsuite]),
    fn('files', 'collaborate', [TOOLS.framadrive, TOOLS.cloudbox]),
    fn('office', 'collaborate', [TOOLS.libreoffice]),
    fn('team_chat', 'communicateInside', [TOOLS.eurochat, TOOLS.whisper]),
    fn('browser_search', 'runOrganisation', [TOOLS.searchco]),
    fn('identity', 'runOrganisation', [TOOLS.megaLogin, TOOLS.keycloak]),
    fn('website', 'communicateOutside', []),
  ],
  vendors: [],
  sources: [],
}

const yesPartlyNo: readonly Option[] = [
  { value: 'yes', labelKey: 'yes', score: 1 },
  { value: 'partly', labelKey: 'partly', score: 0.5 },
  { value: 'no', labelKey: 'no', score: 0 },
]

function gov(id: string, values: readonly ValueId[], commons?: boolean): Question {
  return {
    id,
    kind: 'single',
    labelKey: id,
    options: yesPartlyNo,
    scoring: commons ? { kind: 'governance', values, commons } : { kind: 'governance', values },
  }
}

/** Function question ids of the fixture, with their function. */
export const FUNCTION_QUESTIONS = {
  fn_email: 'email',
  fn_files: 'files',
  fn_office: 'office',
  fn_chat: 'team_chat',
  fn_search: 'browser_search',
  fn_identity: 'identity',
} as const satisfies Record<string, FunctionId>

export type FunctionQuestionId = keyof typeof FUNCTION_QUESTIONS
export const FUNCTION_QUESTION_IDS = Object.keys(FUNCTION_QUESTIONS) as FunctionQuestionId[]

export const GOVERNANCE_QUESTION_IDS = [
  'gov_strategy',
  'gov_board',
  'gov_backups',
  'gov_2fa',
  'gov_sobriety',
  'gov_commons',
] as const

export const questionnaire: Questionnaire = {
  id: 'fixture-questionnaire',
  version: 3,
  asOf: '2025-01-01',
  sections: [
    {
      id: 'profile',
      titleKey: 'profile',
      questions: [
        { id: 'org_name', kind: 'text', labelKey: 'org_name' },
        {
          id: 'has_website',
          kind: 'single',
          labelKey: 'has_website',
          options: [
            { value: 'yes', labelKey: 'yes' },
            { value: 'no', labelKey: 'no' },
          ],
        },
        {
          id: 'channels',
          kind: 'multiple',
          labelKey: 'channels',
          options: [
            { value: 'a', labelKey: 'a' },
            { value: 'b', labelKey: 'b' },
          ],
        },
      ],
    },
    {
      id: 'tools',
      titleKey: 'tools',
      questions: [
        ...Object.entries(FUNCTION_QUESTIONS).map(([id, functionId]): Question => ({
          ...functionQuestion(functionId),
          id,
          labelKey: id,
        })),
        {
          ...functionQuestion('website'),
          id: 'fn_website',
          labelKey: 'fn_website',
          showIf: { questionId: 'has_website', anyOf: ['yes'] },
        },
      ],
    },
    {
      id: 'values',
      titleKey: 'values',
      questions: VALUE_IDS.map((value): Question => ({
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
        gov('gov_strategy', []),
        gov('gov_board', ['democracy']),
        gov('gov_backups', ['security']),
        gov('gov_2fa', ['security']),
        gov('gov_sobriety', ['sobriety']),
        gov('gov_commons', [], true),
        { id: 'notes', kind: 'text', labelKey: 'notes', multiline: true },
      ],
    },
  ],
}

/** The fixture questionnaire without one question. */
export function withoutQuestion(q: Questionnaire, questionId: string): Questionnaire {
  return {
    ...q,
    sections: q.sections.map((s) => ({ ...s, questions: s.questions.filter((x) => x.id !== questionId) })),
  }
}

export interface UseOptions {
  criticality?: Criticality | 'dontKnow'
  data?: DataHeld | 'dontKnow'
  exit?: ExitReadiness | 'dontKnow'
  stance?: Stance | 'dontKnow'
  toolUnknown?: boolean
}

/** A function answer "used": fixture tool keys, any catalogue tool id, or described tools. */
export function used(
  // Any string: a fixture key is mapped to its tool id, any other string is taken as a tool id.
  tools: readonly (OtherTool | string)[],
  opts: UseOptions = {},
): FunctionAnswer {
  return {
    kind: 'function',
    use: 'used',
    tools: tools.map((t) =>
      typeof t === 'string'
        ? { kind: 'catalogue', toolId: t in TOOLS ? TOOLS[t as FixtureToolKey].id : t }
        : t,
    ),
    ...opts,
  }
}

export const unused: FunctionAnswer = { kind: 'function', use: 'unused', tools: [] }

/** A tool the respondent described; its id defaults to the one derived from its name, as for an old file. */
export function other(partial: Partial<OtherTool> = {}): OtherTool {
  return {
    kind: 'other',
    id: otherToolIdFromName(partial.name ?? 'Thing'),
    name: 'Thing',
    vendor: 'Acme',
    jurisdiction: 'extraterritorial',
    licence: 'proprietary',
    businessModel: 'advertising-data',
    export: 'none',
    hosting: 'vendor-cloud',
    ...partial,
  }
}

export const single = (value: string): Answer => ({ kind: 'single', value })
export const scale = (value: 1 | 2 | 3 | 4 | 5): Answer => ({ kind: 'scale', value })
export const dontKnow: Answer = { kind: 'dontKnow' }
