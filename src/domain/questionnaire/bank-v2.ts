/**
 * The question bank, version 2 (method v2). Against version 1 it adds "who holds the keys" to
 * every function in use, "not possible today" to the exit question, three governance
 * practices (domain name, personal devices and accounts, continuity), and the functions of
 * catalogue v2 (payroll, e-signature, phone; design and maps under communicating outside).
 * Version 1 stays as it is (bank.ts): assessments answered against it keep their questions.
 */
import { CRITICALITIES, DATA_HELD, EXIT_READINESS, KEY_HOLDERS, STANCES } from '../assessment/types'
import type { FunctionGroup, FunctionId } from '../catalogue/types'
import { FUNCTION_GROUPS } from '../catalogue/values'
import { followUp, functionQuestion, governanceV1, importance, practice, profile, section } from './bank'
import type { FollowUpQuestion, Question, Questionnaire } from './types'
import { VALUE_IDS } from './types'

/**
 * The order list of version 2: the functions of each catalogue group, in the order the wizard
 * shows them (a test checks it against catalogue v2's groups).
 */
export const FUNCTIONS_BY_GROUP_V2: Readonly<Record<FunctionGroup, readonly FunctionId[]>> = {
  collaborate: ['email', 'files', 'office', 'calendar', 'projects', 'knowledge', 'crm', 'forms'],
  communicateInside: ['team_chat', 'video', 'mobile_messaging', 'phone', 'governance'],
  communicateOutside: [
    'social',
    'website',
    'newsletters',
    'events',
    'video_hosting',
    'design',
    'maps',
    'analytics',
  ],
  runOrganisation: [
    'payments',
    'accounting',
    'payroll',
    'esignature',
    'passwords',
    'identity',
    'devices',
    'browser_search',
    'genai',
  ],
}

/**
 * Version 2's follow-ups. Criticality comes first: it weighs in every score (dependency,
 * concentration, fragility); then who holds the keys, which decides fragility and the cap on the
 * path; then data, exit and stance.
 */
export const FOLLOW_UPS_V2: readonly FollowUpQuestion[] = [
  followUp('criticality', CRITICALITIES),
  followUp('keys', KEY_HOLDERS),
  followUp('data', DATA_HELD),
  followUp('exit', EXIT_READINESS),
  followUp('stance', STANCES),
]

/** The three practices of method v2; each counts in governance maturity like the others. */
const governanceAddedInV2: readonly Question[] = [
  // "No domain name" is not applicable: an option without a score is left out of maturity.
  practice(
    'domainName',
    [],
    [
      ['organisationTwoPeople', 1],
      ['organisationOnePerson', 0.5],
      ['personOrUnknownOwner', 0],
    ],
    { unscored: ['noDomain'] },
  ),
  practice(
    'personalDevices',
    ['security'],
    [
      ['rarely', 1],
      ['sometimes', 0.5],
      ['often', 0],
    ],
  ),
  practice(
    'continuity',
    [],
    [
      ['documented', 1],
      ['partly', 0.5],
      ['no', 0],
    ],
  ),
]

export const questionnaireV2: Questionnaire = {
  id: 'autonomie-numerique',
  version: 2,
  asOf: '2026-11-30',
  sections: [
    section('profile', profile),
    ...FUNCTION_GROUPS.map((group) =>
      section(
        group,
        FUNCTIONS_BY_GROUP_V2[group].map((id) => functionQuestion(id, FOLLOW_UPS_V2)),
      ),
    ),
    section('values', VALUE_IDS.map(importance)),
    section('governance', [...governanceV1, ...governanceAddedInV2]),
  ],
}
