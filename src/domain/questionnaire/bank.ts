/**
 * The question bank, version 1, and the builders later versions reuse. Data only: every string is an i18n key under `q.` (see
 * src/i18n/messages/questionnaire.fr.ts), never prose.
 *
 * Key scheme (the question id, with its dots, is the key prefix):
 * - sections: `q.section.<sectionId>.title` / `.intro`
 * - questions: `q.<questionId>.label` / `.help`, e.g. `q.profile.kind.label`, `q.fn.email.help`,
 *   `q.value.privacy.label`, `q.gov.backups.help`
 * - options: `q.<questionId>.options.<optionValue>`
 * - the shared ends of the importance scale: `q.importance.min` / `q.importance.max`
 * - the follow-ups of every function question: `q.followUp.<field>.label` / `.help` /
 *   `.options.<value>`, and the reason of a deliberate choice `q.followUp.reason.label` / `.help`
 *
 * Bump `version` whenever a question id, an option value or a scoring tag changes: stored
 * assessments record the version they were answered against.
 */
import { FUNCTION_GROUPS } from '../catalogue/values'
import { CRITICALITIES, DATA_HELD, STANCES, type ExitReadiness } from '../assessment/types'
import type { FunctionGroup, FunctionId } from '../catalogue/types'
import type {
  FollowUpField,
  FollowUpQuestion,
  FunctionQuestion,
  Option,
  Question,
  Questionnaire,
  ScaleQuestion,
  Section,
  SingleChoiceQuestion,
  ShowIf,
  ReasonQuestion,
  ValueId,
} from './types'
import { VALUE_IDS } from './types'
import { ORGANISATION_NAME_QUESTION } from './organisation'
// Re-exported: code that already reads the bank asks it for the name too.
export { ORGANISATION_NAME_QUESTION, organisationName } from './organisation'

export type Score = 0 | 0.5 | 1

export function labelKey(id: string): string {
  return `q.${id}.label`
}

export function helpKey(id: string): string {
  return `q.${id}.help`
}

export function options(id: string, values: readonly string[]): Option[] {
  return values.map((value) => ({ value, labelKey: `q.${id}.options.${value}` }))
}

export function scoredOptions(id: string, values: readonly (readonly [string, Score])[]): Option[] {
  return values.map(([value, score]) => ({ value, labelKey: `q.${id}.options.${value}`, score }))
}

export function section(id: string, questions: readonly Question[]): Section {
  return { id, titleKey: `q.section.${id}.title`, introKey: `q.section.${id}.intro`, questions }
}

// ---------------------------------------------------------------------------------------------
// Profile

function profileSingle(name: string, values: readonly string[]): SingleChoiceQuestion {
  const id = `profile.${name}`
  return { id, kind: 'single', labelKey: labelKey(id), helpKey: helpKey(id), options: options(id, values) }
}

/** The organisation's name: shown on the home page, used to name exported files. */
/** The profile questions, unchanged since version 1. */
export const profile: readonly Question[] = [
  {
    id: ORGANISATION_NAME_QUESTION,
    kind: 'text',
    labelKey: labelKey(ORGANISATION_NAME_QUESTION),
    helpKey: helpKey(ORGANISATION_NAME_QUESTION),
    required: true,
  },
  profileSingle('kind', [
    'association',
    'foundation',
    'cooperative',
    'union',
    'collective',
    'publicBody',
    'other',
  ]),
  profileSingle('staff', ['none', 'from1to5', 'from6to20', 'from21to50', 'over50']),
  profileSingle('volunteers', ['none', 'from1to10', 'from11to50', 'from51to200', 'over200']),
  profileSingle('budget', ['under10k', 'from10kTo100k', 'from100kTo1m', 'over1m']),
  profileSingle('sector', [
    'socialAction',
    'health',
    'education',
    'culture',
    'sport',
    'environment',
    'internationalSolidarity',
    'advocacy',
    'localDevelopment',
    'other',
  ]),
  profileSingle('country', ['france', 'belgium', 'switzerland', 'canada', 'otherEu', 'other']),
  profileSingle('role', ['employee', 'volunteer', 'boardMember', 'director', 'other']),
]

// ---------------------------------------------------------------------------------------------
// Tools, function by function: one section per group of functions (collaborating, communicating
// inside, communicating outside, running the organisation)

/**
 * The order list: the functions of each catalogue group, in the order the wizard shows them.
 * The groups themselves are the catalogue's (FUNCTION_GROUPS); a test checks that every
 * catalogue function sits here under its own group, once.
 */
export const FUNCTIONS_BY_GROUP: Readonly<Record<FunctionGroup, readonly FunctionId[]>> = {
  collaborate: [
    'email',
    'files',
    'office',
    'calendar',
    'projects',
    'knowledge',
    'crm',
    'forms',
    'maps',
    'design',
  ],
  communicateInside: ['team_chat', 'video', 'mobile_messaging', 'governance'],
  communicateOutside: ['social', 'video_hosting', 'website', 'newsletters', 'events', 'analytics'],
  runOrganisation: ['payments', 'accounting', 'passwords', 'devices', 'browser_search', 'genai', 'identity'],
}

/** A follow-up asked for every function in use, its options listed once in the answer types. */
export function followUp(field: FollowUpField, values: readonly string[]): FollowUpQuestion {
  const id = `followUp.${field}`
  return { field, labelKey: labelKey(id), helpKey: helpKey(id), options: options(id, values) }
}

/** Version 1's follow-ups, in the order the wizard asks them. */
const FOLLOW_UPS_V1: readonly FollowUpQuestion[] = [
  followUp('criticality', CRITICALITIES),
  followUp('data', DATA_HELD),
  // Version 1's own list: version 2 added "not possible today".
  followUp('exit', ['notChecked', 'exportPossible', 'exitTested'] satisfies readonly ExitReadiness[]),
  followUp('stance', STANCES),
]

export const REASON: ReasonQuestion = {
  field: 'reason',
  labelKey: labelKey('followUp.reason'),
  helpKey: helpKey('followUp.reason'),
  whenStance: ['deliberate'],
}

/** A function question: which tool(s), then its follow-ups (version 1's unless told otherwise). */
export function functionQuestion(
  functionId: FunctionId,
  followUps: readonly FollowUpQuestion[] = FOLLOW_UPS_V1,
): FunctionQuestion {
  const id = `fn.${functionId}`
  return {
    id,
    kind: 'function',
    functionId,
    labelKey: labelKey(id),
    helpKey: helpKey(id),
    followUps,
    reason: REASON,
  }
}

// ---------------------------------------------------------------------------------------------
// Values: how much each matters, 1–5

export function importance(value: ValueId): ScaleQuestion {
  const id = `value.${value}`
  return {
    id,
    kind: 'scale',
    labelKey: labelKey(id),
    helpKey: helpKey(id),
    minLabelKey: 'q.importance.min',
    maxLabelKey: 'q.importance.max',
    scoring: { kind: 'importance', value },
  }
}

// ---------------------------------------------------------------------------------------------
// Governance and practices: each option scores 1 / 0.5 / 0

export function practice(
  name: string,
  values: readonly ValueId[],
  answers: readonly (readonly [string, Score])[],
  extra: { commons?: true; showIf?: ShowIf; unscored?: readonly string[] } = {},
): SingleChoiceQuestion {
  const id = `gov.${name}`
  const question: SingleChoiceQuestion = {
    id,
    kind: 'single',
    labelKey: labelKey(id),
    helpKey: helpKey(id),
    // Unscored options say the practice does not apply (no domain name): left out of maturity.
    options: [...scoredOptions(id, answers), ...options(id, extra.unscored ?? [])],
    scoring: extra.commons ? { kind: 'governance', values, commons: true } : { kind: 'governance', values },
  }
  return extra.showIf ? { ...question, showIf: extra.showIf } : question
}

/** Version 1's governance practices (version 2 adds three). */
export const governanceV1: readonly Question[] = [
  practice(
    'strategy',
    ['democracy', 'sovereignty'],
    [
      ['written', 1],
      ['partial', 0.5],
      ['none', 0],
    ],
  ),
  practice(
    'decisionMaker',
    ['democracy'],
    [
      ['boardOrCollective', 1],
      ['staffBoardInformed', 0.5],
      ['whoeverSetsUp', 0],
    ],
  ),
  practice(
    'boardDiscussion',
    ['democracy'],
    [
      ['regularly', 1],
      ['occasionally', 0.5],
      ['never', 0],
    ],
  ),
  practice(
    'budget',
    ['ethicalModel', 'sovereignty'],
    [
      ['dedicated', 1],
      ['caseByCase', 0.5],
      ['none', 0],
    ],
  ),
  practice(
    'training',
    ['accessibility', 'democracy'],
    [
      ['regularly', 1],
      ['occasionally', 0.5],
      ['none', 0],
    ],
  ),
  practice(
    'gdprRecord',
    ['privacy'],
    [
      ['upToDate', 1],
      ['partial', 0.5],
      ['none', 0],
    ],
  ),
  practice(
    'backups',
    ['security', 'reversibility'],
    [
      ['tested', 1],
      ['untested', 0.5],
      ['none', 0],
    ],
  ),
  practice(
    'twoFactor',
    ['security'],
    [
      ['all', 1],
      ['some', 0.5],
      ['none', 0],
    ],
  ),
  // Only once two-factor authentication is on somewhere: SMS codes protect less than an app or a key.
  practice(
    'twoFactorMethod',
    ['security'],
    [
      ['appOrKey', 1],
      ['smsOrEmail', 0.5],
    ],
    { showIf: { questionId: 'gov.twoFactor', anyOf: ['all', 'some'] } },
  ),
  // Scored the other way round: the stronger the dependence on one vendor's programme, the lower.
  practice(
    'nonprofitPrograms',
    ['sovereignty', 'reversibility'],
    [
      ['none', 1],
      ['some', 0.5],
      ['core', 0],
    ],
  ),
  practice(
    'deviceLifespan',
    ['sobriety'],
    [
      ['usually', 1],
      ['sometimes', 0.5],
      ['rarely', 0],
    ],
  ),
  practice(
    'accessibility',
    ['accessibility'],
    [
      ['checked', 1],
      ['partial', 0.5],
      ['notYet', 0],
    ],
  ),
  practice(
    'commons',
    ['commons'],
    [
      ['regularly', 1],
      ['occasionally', 0.5],
      ['notYet', 0],
    ],
    { commons: true },
  ),
]

// ---------------------------------------------------------------------------------------------

export const questionnaire: Questionnaire = {
  id: 'autonomie-numerique',
  version: 1,
  asOf: '2026-11-28',
  sections: [
    section('profile', profile),
    ...FUNCTION_GROUPS.map((group) =>
      section(
        group,
        FUNCTIONS_BY_GROUP[group].map((id) => functionQuestion(id)),
      ),
    ),
    section('values', VALUE_IDS.map(importance)),
    section('governance', governanceV1),
  ],
}
