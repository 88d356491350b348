/**
 * The stored assessment record and its one reader. Drafts and finished assessments share this
 * shape; the fields beside `assessment` are copies kept for listing and indexing (a history
 * lists names and dates without reading every answer). Pure: no storage here.
 */
import { parseAssessment } from '../domain/assessment/parse'
import { checkAgainstContent } from '../domain/assessment/read'
import { ASSESSMENT_STATUSES, type Assessment, type AssessmentStatus } from '../domain/assessment/types'
import type { BackupEntry } from '../domain/history/backup'
import { assessmentName } from '../domain/history/name'
import { formatReadProblem } from '../domain/read-problem'
import type { Content } from '../domain/registry'
import { isIsoTimestamp } from '../domain/schemas'

/**
 * Version of the record's shape. 1 was `{schemaVersion, savedAt, assessment}` under
 * `drafts/current` (database version 1); 2 is AssessmentRecord. Add a step to
 * readAssessmentRecord when it changes.
 */
export const RECORD_SCHEMA_VERSION = 2

// Defined with the assessment (a backup file carries the status too); re-exported for storage's readers.
export { ASSESSMENT_STATUSES, type AssessmentStatus }

/** A stored assessment: the backup's entry (its fields are described there) and its shape's version. */
export interface AssessmentRecord extends BackupEntry {
  schemaVersion: typeof RECORD_SCHEMA_VERSION
}

/** A stored record that cannot be read; its message says which field and why, for the details. */
export class UnreadableRecordError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`)
    this.name = 'UnreadableRecordError'
  }
}

/** The name a record is listed under (assessmentName: its title, else the organisation's name, else "Diagnostic <year>"). */
export function recordName(assessment: Assessment): string {
  return assessmentName(assessment)
}

/** Builds the record stored for an assessment, saved at `updatedAt`. */
export function toRecord(
  assessment: Assessment,
  status: AssessmentStatus,
  updatedAt: Date,
): AssessmentRecord {
  // Assessments are JSON by design (the export format); the round trip also drops any
  // reactive proxy, which IndexedDB's structured clone would refuse (DataCloneError).
  return recordOf(JSON.parse(JSON.stringify(assessment)) as Assessment, status, updatedAt)
}

/**
 * The record around an assessment this module owns: one the reader has just built is already
 * plain and nobody else's, so it is not copied again (a history of 200 reads 200 of them).
 */
function recordOf(assessment: Assessment, status: AssessmentStatus, updatedAt: Date): AssessmentRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: assessment.id,
    name: recordName(assessment),
    status,
    createdAt: assessment.createdAt,
    updatedAt: updatedAt.toISOString(),
    questionnaireId: assessment.questionnaireId,
    questionnaireVersion: assessment.questionnaireVersion,
    assessment,
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A saving date that is not a date would break every date shown or compared later. Held to the
 * import's rule (a full ISO 8601 timestamp, schemas.ts): `new Date` alone accepts "1" or "May 5".
 */
function savingDate(value: unknown, path: string): Date {
  if (typeof value !== 'string' || !isIsoTimestamp(value)) {
    throw new UnreadableRecordError(path, 'expected an ISO 8601 timestamp')
  }
  return new Date(value)
}

/**
 * Reads a stored record of any known schema version and brings it to the current one; throws
 * (UnreadableRecordError, or the assessment reader's error) naming the first problem.
 */
export function readAssessmentRecord(raw: unknown): AssessmentRecord {
  if (!isObject(raw)) throw new UnreadableRecordError('record', 'expected an object')
  switch (raw.schemaVersion) {
    case 1:
      // Version 1 only ever held the draft being filled in.
      return recordOf(parseAssessment(raw.assessment), 'draft', savingDate(raw.savedAt, 'record.savedAt'))
    case RECORD_SCHEMA_VERSION: {
      const status = raw.status
      if (!(ASSESSMENT_STATUSES as readonly unknown[]).includes(status)) {
        throw new UnreadableRecordError('record.status', `expected one of ${ASSESSMENT_STATUSES.join(', ')}`)
      }
      if (typeof raw.name !== 'string') throw new UnreadableRecordError('record.name', 'expected a string')
      const record: AssessmentRecord = {
        ...recordOf(
          parseAssessment(raw.assessment),
          status as AssessmentStatus,
          savingDate(raw.updatedAt, 'record.updatedAt'),
        ),
        // Kept as stored: a later version may let people rename an assessment.
        name: raw.name,
        updatedAt: raw.updatedAt as string,
      }
      // The copies must agree with the assessment they were taken from, or the record is corrupt.
      for (const field of ['id', 'createdAt', 'questionnaireId', 'questionnaireVersion'] as const) {
        if (raw[field] !== record[field]) {
          throw new UnreadableRecordError(`record.${field}`, `differs from assessment.${field}`)
        }
      }
      return record
    }
    default:
      // Written by a newer version of the app: do not guess.
      throw new UnreadableRecordError(
        'record.schemaVersion',
        `unknown schema version ${String(raw.schemaVersion)}`,
      )
  }
}

/**
 * Reads a stored record as an imported file is read: its shape (readAssessmentRecord), then its
 * assessment through the import's own checks (checkAgainstContent: known questionnaire and
 * version, known question ids and tools, answers of the right kind). A record the import would
 * refuse is never half-loaded; throws UnreadableRecordError naming every problem. `load` is the
 * registry's loadContent (a test may pass another).
 */
export async function readStoredRecord(
  raw: unknown,
  load?: (version: number) => Promise<Content | undefined>,
): Promise<AssessmentRecord> {
  const record = readAssessmentRecord(raw)
  // readAssessmentRecord read the assessment with the import's own shape reader
  // (readAssessmentData); what is left of an import is the check against its version's content.
  const read = await checkAgainstContent(record.assessment, load)
  if (!read.ok) {
    throw new UnreadableRecordError('record', read.problems.map(formatReadProblem).join('; '))
  }
  return record
}
