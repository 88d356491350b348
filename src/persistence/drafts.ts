/**
 * The current draft: saved on every change, restored on reload. A record that cannot be read
 * (corrupt, or written by a newer version) is moved to quarantine, never deleted, and the app
 * says so and carries on.
 */
import { parseAssessment, InvalidAssessmentError } from '../domain/assessment/parse'
import type { Assessment } from '../domain/assessment/types'
import { database } from './db'
import { toStorageError, type StorageProblem } from './storage-error'

/** Version of the stored record's shape. Add a migration below when it changes. */
export const DRAFT_SCHEMA_VERSION = 1
const CURRENT = 'current'

export interface StoredDraft {
  schemaVersion: typeof DRAFT_SCHEMA_VERSION
  savedAt: string
  assessment: Assessment
}

export type DraftLoad =
  | { status: 'empty' }
  | { status: 'loaded'; assessment: Assessment; savedAt: string }
  /** The record was unreadable and has been set aside; `reason` is technical, for the details. */
  | { status: 'unreadable'; reason: string }
  | { status: 'unavailable'; problem: StorageProblem }

/** Reads a stored record of any known schema version and brings it to the current one. */
export function migrateDraftRecord(raw: unknown): StoredDraft {
  if (typeof raw !== 'object' || raw === null) throw new InvalidAssessmentError('draft', 'expected an object')
  const record = raw as Record<string, unknown>
  const version = record.schemaVersion
  if (version !== DRAFT_SCHEMA_VERSION) {
    // A newer version than this app knows was written by a newer app: do not guess.
    throw new InvalidAssessmentError('draft.schemaVersion', `unknown schema version ${String(version)}`)
  }
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt : new Date(0).toISOString()
  return { schemaVersion: DRAFT_SCHEMA_VERSION, savedAt, assessment: parseAssessment(record.assessment) }
}

/** Loads the current draft, quarantining it if it cannot be read. */
export async function loadDraft(): Promise<DraftLoad> {
  let raw: unknown
  try {
    const db = await database()
    raw = await db.get('drafts', CURRENT)
  } catch (error) {
    return { status: 'unavailable', problem: toStorageError(error).problem }
  }
  if (raw === undefined) return { status: 'empty' }
  try {
    const draft = migrateDraftRecord(raw)
    return { status: 'loaded', assessment: draft.assessment, savedAt: draft.savedAt }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    await setAside(raw, reason)
    return { status: 'unreadable', reason }
  }
}

/** Moves an unreadable record into quarantine, in one transaction so it is never lost half-way. */
async function setAside(record: unknown, reason: string): Promise<void> {
  try {
    const db = await database()
    const tx = db.transaction(['drafts', 'quarantine'], 'readwrite')
    // If a write fails the transaction aborts and `done` rejects as well: handle it now so it
    // is not reported as an unhandled rejection (the failure itself is caught below).
    const done = tx.done
    done.catch(() => undefined)
    await tx.objectStore('quarantine').add({
      quarantinedAt: new Date().toISOString(),
      origin: `drafts/${CURRENT}`,
      reason,
      record,
    })
    await tx.objectStore('drafts').delete(CURRENT)
    await done
  } catch {
    // Could not move it: leave it where it is (still not lost); the next start will say so again.
  }
}

/** Saves the draft; throws StorageError (quota, unavailable…) so the UI can say what happened. */
export async function saveDraft(assessment: Assessment, savedAt: Date): Promise<void> {
  const record: StoredDraft = {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    savedAt: savedAt.toISOString(),
    // Assessments are JSON by design (the export format); the round trip also drops any
    // reactive proxy, which IndexedDB's structured clone would refuse (DataCloneError).
    assessment: JSON.parse(JSON.stringify(assessment)) as Assessment,
  }
  try {
    const db = await database()
    await db.put('drafts', record, CURRENT)
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Removes the current draft (the user chose to start a new one). */
export async function discardDraft(): Promise<void> {
  try {
    const db = await database()
    await db.delete('drafts', CURRENT)
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Number of records kept aside, for the home page's notice. */
export async function quarantineCount(): Promise<number> {
  try {
    const db = await database()
    return await db.count('quarantine')
  } catch {
    return 0
  }
}
