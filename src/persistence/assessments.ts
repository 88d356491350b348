/**
 * Every stored assessment, drafts and finished ones alike: what a history needs (list, get, put,
 * delete one). Each record read back goes through readStoredRecord, the import's own checks; one
 * that cannot be read is moved to quarantine (never deleted) and left out of what is returned.
 * Failures of storage itself are thrown as StorageError.
 */
import { database, quarantined, reasonOf, writeTransaction } from './db'
import { readStoredRecord, type AssessmentRecord } from './records'
import { toStorageError } from './storage-error'

export type RecordRead =
  | { status: 'empty' }
  | { status: 'loaded'; record: AssessmentRecord }
  /** The record was unreadable and has been set aside; `reason` is technical, for the details. */
  | { status: 'unreadable'; reason: string }

/**
 * Moves the record under `id` to quarantine, if it is still the `raw` value that was judged
 * unreadable: the reading is asynchronous (the import's checks load the catalogues), so it runs
 * outside any transaction, and another tab may have saved a good record there meanwhile.
 */
async function setAside(id: string, raw: unknown, reason: string): Promise<void> {
  try {
    const tx = writeTransaction(await database())
    const assessments = tx.objectStore('assessments')
    if (JSON.stringify(await assessments.get(id)) !== JSON.stringify(raw)) return
    await tx.objectStore('quarantine').add(quarantined(`assessments/${id}`, reason, raw))
    await assessments.delete(id)
    const meta = tx.objectStore('meta')
    if ((await meta.get('currentId')) === id) await meta.delete('currentId')
    await tx.done
  } catch {
    // Could not move it: the transaction aborts, so the record stays where it was (still not
    // lost) and the next read will say so again.
  }
}

/** Reads a raw record found under `id`; if it cannot be read, moves it to quarantine. */
export async function readOrSetAside(id: string, raw: unknown): Promise<RecordRead> {
  if (raw === undefined) return { status: 'empty' }
  try {
    return { status: 'loaded', record: await readStoredRecord(raw) }
  } catch (error) {
    const reason = reasonOf(error)
    await setAside(id, raw, reason)
    return { status: 'unreadable', reason }
  }
}

/** Every readable record, most recently saved first. */
export async function listAssessments(): Promise<AssessmentRecord[]> {
  try {
    const db = await database()
    const found: { id: string; raw: unknown }[] = []
    let cursor = await db.transaction('assessments').store.index('updatedAt').openCursor(null, 'prev')
    while (cursor) {
      found.push({ id: cursor.primaryKey, raw: cursor.value })
      cursor = await cursor.continue()
    }
    const records: AssessmentRecord[] = []
    for (const { id, raw } of found) {
      const read = await readOrSetAside(id, raw)
      if (read.status === 'loaded') records.push(read.record)
    }
    return records
  } catch (error) {
    throw toStorageError(error)
  }
}

/** One record by its assessment's id. */
export async function getAssessment(id: string): Promise<RecordRead> {
  try {
    const db = await database()
    return await readOrSetAside(id, await db.get('assessments', id))
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Stores a record (build it with toRecord), replacing any record with the same id. */
export async function putAssessment(record: AssessmentRecord): Promise<void> {
  try {
    const db = await database()
    // Records are JSON by design; the round trip drops any reactive proxy (DataCloneError).
    await db.put('assessments', JSON.parse(JSON.stringify(record)) as AssessmentRecord)
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Deletes one record; if it was the current draft, there is no current draft any more. */
export async function deleteAssessment(id: string): Promise<void> {
  try {
    const tx = writeTransaction(await database())
    await tx.objectStore('assessments').delete(id)
    const meta = tx.objectStore('meta')
    if ((await meta.get('currentId')) === id) await meta.delete('currentId')
    await tx.done
  } catch (error) {
    throw toStorageError(error)
  }
}
