/**
 * The current draft: saved on every change, restored on reload. It is a record of the
 * `assessments` store, named by `meta/currentId` (db.ts says why). Starting a new one, opening
 * another or importing a file only moves that pointer: no other assessment is ever deleted here
 * (the history lists them all). A record that cannot be read (corrupt, written by a newer
 * version, refused by the import's checks) is moved to quarantine, never deleted, and the app
 * says so and carries on.
 *
 * Two tabs may edit the same assessment: a save writes only what this tab changed (LocalChanges)
 * over the stored record, read and written in one transaction, and returns the merged result.
 */
import { NO_CHANGES, applyChanges, type LocalChanges } from '../domain/assessment/changes'
import type { Assessment } from '../domain/assessment/types'
import { readOrSetAside } from './assessments'
import { database, quarantined, reasonOf, writeTransaction } from './db'
import { readAssessmentRecord, toRecord, type AssessmentRecord, type AssessmentStatus } from './records'
import { toStorageError, type StorageProblem } from './storage-error'

export type DraftLoad =
  | { status: 'empty' }
  | { status: 'loaded'; record: AssessmentRecord }
  /** The record was unreadable and has been set aside; `reason` is technical, for the details. */
  | { status: 'unreadable'; reason: string }
  | { status: 'unavailable'; problem: StorageProblem }

/** Loads the current draft (or the finished assessment opened last), quarantining it if it cannot be read. */
export async function loadDraft(): Promise<DraftLoad> {
  try {
    const db = await database()
    const tx = writeTransaction(db)
    const meta = tx.objectStore('meta')
    const id = await meta.get('currentId')
    if (typeof id !== 'string') {
      // The draft was set aside while upgrading the database: say so once, as a load would have.
      const reason = await meta.get('currentUnreadable')
      if (reason === undefined) return { status: 'empty' }
      await meta.delete('currentUnreadable')
      // Written by the upgrade as a string; anything else is shown as JSON rather than [object Object].
      return { status: 'unreadable', reason: typeof reason === 'string' ? reason : JSON.stringify(reason) }
    }
    const raw = await tx.objectStore('assessments').get(id)
    return await readOrSetAside(id, raw)
  } catch (error) {
    return { status: 'unavailable', problem: toStorageError(error).problem }
  }
}

/** Reads one stored assessment by id (the tab's own, after another tab changed it). */
export async function loadAssessment(id: string): Promise<DraftLoad> {
  try {
    const db = await database()
    return await readOrSetAside(id, await db.get('assessments', id))
  } catch (error) {
    return { status: 'unavailable', problem: toStorageError(error).problem }
  }
}

/**
 * Makes a stored assessment the current one and returns it; empty when there is none under
 * `id`, unreadable (and set aside) when it cannot be read.
 */
export async function openDraft(id: string): Promise<DraftLoad> {
  const read = await loadAssessment(id)
  if (read.status !== 'loaded') return read
  try {
    const tx = writeTransaction(await database())
    await tx.objectStore('meta').put(id, 'currentId')
    await tx.objectStore('meta').delete('currentUnreadable')
    await tx.done
    return read
  } catch (error) {
    return { status: 'unavailable', problem: toStorageError(error).problem }
  }
}

export interface SaveOptions {
  status: AssessmentStatus
  /** Whether the saved assessment becomes (or stays) the current one; false when finishing it. */
  current: boolean
}

/**
 * Saves this tab's changes to `local` (by default: all of it) onto the stored record of the same id (see applyChanges)
 * in one transaction, and returns the record as stored, merged with what other tabs saved. A
 * stored record that cannot be read is moved to quarantine first, never overwritten unseen.
 * Throws StorageError (quota, unavailable…) so the UI can say what happened.
 */
export async function saveDraft(
  local: Assessment,
  savedAt: Date,
  changes: LocalChanges = { ...NO_CHANGES, whole: true },
  options: SaveOptions = { status: 'draft', current: true },
): Promise<AssessmentRecord> {
  try {
    const tx = writeTransaction(await database())
    const assessments = tx.objectStore('assessments')
    const meta = tx.objectStore('meta')
    const raw = await assessments.get(local.id)
    let stored: Assessment | undefined
    if (raw !== undefined) {
      try {
        // Shape only (synchronous: the transaction must not wait on anything but itself); the
        // import's checks run when the record is loaded.
        stored = readAssessmentRecord(raw).assessment
      } catch (error) {
        await tx.objectStore('quarantine').add(quarantined(`assessments/${local.id}`, reasonOf(error), raw))
      }
    }
    const merged = stored ? applyChanges(stored, local, changes) : local
    const record = toRecord(merged, options.status, savedAt)
    await assessments.put(record)
    if (options.current) await meta.put(record.id, 'currentId')
    else if ((await meta.get('currentId')) === record.id) await meta.delete('currentId')
    // A draft set aside during the upgrade is no longer news once another one is saved.
    await meta.delete('currentUnreadable')
    await tx.done
    return record
  } catch (error) {
    throw toStorageError(error)
  }
}

/**
 * Stores an imported assessment as a new record and makes it current; never replaces a stored
 * one: if its id is taken (the same file imported twice, or a file of an assessment still on
 * this device), the import is kept as a copy under `freshId`. Returns the record as stored.
 */
export async function addImported(
  imported: Assessment,
  freshId: string,
  savedAt: Date,
): Promise<AssessmentRecord> {
  try {
    const tx = writeTransaction(await database())
    const assessments = tx.objectStore('assessments')
    const taken = (await assessments.getKey(imported.id)) !== undefined
    const record = toRecord(taken ? { ...imported, id: freshId } : imported, 'draft', savedAt)
    await assessments.add(record)
    await tx.objectStore('meta').put(record.id, 'currentId')
    await tx.objectStore('meta').delete('currentUnreadable')
    await tx.done
    return record
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Removes the current draft (never a finished assessment) and leaves no current draft. */
export async function discardDraft(): Promise<void> {
  try {
    const tx = writeTransaction(await database())
    const assessments = tx.objectStore('assessments')
    const meta = tx.objectStore('meta')
    const id = await meta.get('currentId')
    if (typeof id === 'string' && readsAsDraft(await assessments.get(id))) await assessments.delete(id)
    await meta.delete('currentId')
    await meta.delete('currentUnreadable')
    await tx.done
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Whether a raw stored record reads as a draft (so discarding it loses nothing finished). */
function readsAsDraft(raw: unknown): boolean {
  try {
    return readAssessmentRecord(raw).status === 'draft'
  } catch {
    // Unreadable: not ours to delete; the next read of it sets it aside in quarantine.
    return false
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
