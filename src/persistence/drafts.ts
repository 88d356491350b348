/**
 * The current draft: saved on every change, restored on reload. It is a record of the
 * `assessments` store with status `draft`, named by `meta/currentId` (db.ts says why). There is
 * one draft at a time: starting again or importing a file replaces it. A record that cannot be
 * read (corrupt, or written by a newer version) is moved to quarantine, never deleted, and the
 * app says so and carries on.
 */
import type { Assessment } from '../domain/assessment/types'
import { readOrSetAside } from './assessments'
import { database, writeTransaction } from './db'
import { readAssessmentRecord, toRecord } from './records'
import { toStorageError, type StorageProblem } from './storage-error'

export type DraftLoad =
  | { status: 'empty' }
  | { status: 'loaded'; assessment: Assessment; savedAt: string }
  /** The record was unreadable and has been set aside; `reason` is technical, for the details. */
  | { status: 'unreadable'; reason: string }
  | { status: 'unavailable'; problem: StorageProblem }

/** Whether a raw stored record reads as a draft (so replacing or discarding it loses nothing finished). */
function readsAsDraft(raw: unknown): boolean {
  try {
    return readAssessmentRecord(raw).status === 'draft'
  } catch {
    // Unreadable: not ours to delete; the next read of it sets it aside in quarantine.
    return false
  }
}

/** Loads the current draft, quarantining it if it cannot be read. */
export async function loadDraft(): Promise<DraftLoad> {
  try {
    const tx = writeTransaction(await database())
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
    const read = await readOrSetAside(tx, id, await tx.objectStore('assessments').get(id))
    switch (read.status) {
      case 'loaded':
        // A finished assessment is history, not something to keep filling in.
        if (read.record.status !== 'draft') return { status: 'empty' }
        return { status: 'loaded', assessment: read.record.assessment, savedAt: read.record.updatedAt }
      case 'unreadable':
      case 'empty':
        return read
    }
  } catch (error) {
    return { status: 'unavailable', problem: toStorageError(error).problem }
  }
}

/**
 * Saves the draft and makes it the current one; a different draft that was current is
 * replaced (deleted), as "start again" and "import" always did. Throws StorageError (quota,
 * unavailable…) so the UI can say what happened.
 */
export async function saveDraft(assessment: Assessment, savedAt: Date): Promise<void> {
  const record = toRecord(assessment, 'draft', savedAt)
  try {
    const tx = writeTransaction(await database())
    const assessments = tx.objectStore('assessments')
    const meta = tx.objectStore('meta')
    const previous = await meta.get('currentId')
    if (
      typeof previous === 'string' &&
      previous !== record.id &&
      readsAsDraft(await assessments.get(previous))
    ) {
      await assessments.delete(previous)
    }
    await assessments.put(record)
    await meta.put(record.id, 'currentId')
    // A draft set aside during the upgrade is no longer news once another one is saved.
    await meta.delete('currentUnreadable')
    await tx.done
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Removes the current draft (the user chose to start a new one). */
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

/** Number of records kept aside, for the home page's notice. */
export async function quarantineCount(): Promise<number> {
  try {
    const db = await database()
    return await db.count('quarantine')
  } catch {
    return 0
  }
}
