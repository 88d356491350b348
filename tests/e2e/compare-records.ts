/**
 * Two stored assessments of one organisation a year apart, as the compare spec seeds them: files
 * moved from Google Drive to Framaspace, the person holding the files' keys replaced by a team,
 * a strategy begun, actions of the earlier plan marked. Built with the app's own record
 * writer. By the method: dependency index 76 → 38, governance 0 → 50, step 1 → 3.
 */
import type { Assessment, FunctionAnswer } from '../../src/domain/assessment/types'
import { toRecord, type AssessmentRecord } from '../../src/persistence/records'

function used(toolId: string, keys: FunctionAnswer['keys']): FunctionAnswer {
  return {
    kind: 'function',
    use: 'used',
    tools: [{ kind: 'catalogue', toolId }],
    criticality: 'vital',
    data: 'personal',
    exit: 'notChecked',
    stance: 'default',
    keys,
  }
}

function assessment(
  id: string,
  createdAt: string,
  files: string,
  keys: FunctionAnswer['keys'],
  strategy: string,
): Assessment {
  return {
    id,
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 2,
    createdAt,
    updatedAt: createdAt,
    answers: {
      'profile.name': { kind: 'text', value: 'Les Amis du Quartier' },
      'fn.files': used(files, keys),
      'fn.email': used('gmail', 'team'),
      'value.privacy': { kind: 'scale', value: 5 },
      'gov.strategy': { kind: 'single', value: strategy },
    },
  }
}

export const EARLIER_ID = 'compare-earlier-2025'
export const LATER_ID = 'compare-later-2026'

/** The 2025 and 2026 records, finished. */
export function compareRecords(): AssessmentRecord[] {
  const earlier: Assessment = {
    ...assessment(EARLIER_ID, '2025-11-20T10:00:00.000Z', 'google-drive', 'onePerson', 'none'),
    // The plan proposed Lufi for the files and an ethical host for email; the organisation chose
    // Framaspace for the files, gave the files' keys to a team, and has email still to do.
    actions: {
      'replace:files:lufi': { status: 'done', updatedAt: '2026-03-01T10:00:00.000Z' },
      'replace:email:ethical-host-mail': { status: 'planned', updatedAt: '2026-03-01T10:00:00.000Z' },
      'mitigate:secondAdmin:files': { status: 'done', updatedAt: '2026-03-01T10:00:00.000Z' },
    },
  }
  const later = assessment(LATER_ID, '2026-11-20T10:00:00.000Z', 'framaspace', 'team', 'partial')
  return [
    toRecord(earlier, 'finished', new Date('2026-03-01T10:00:00.000Z')),
    toRecord(later, 'finished', new Date('2026-11-20T10:00:00.000Z')),
  ]
}
