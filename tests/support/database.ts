/** IndexedDB helpers for tests: a fresh database per case, and raw access beside the app's code. */
import { openDB } from 'idb'
import type { Assessment } from '@/domain/assessment/types'
import { DB_NAME, closeDatabase, database } from '@/persistence/db'
import { toRecord, type AssessmentStatus } from '@/persistence/records'

/** Closes the app's connection and deletes the database, so each test starts empty. */
export async function resetDatabase(): Promise<void> {
  await closeDatabase()
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'))
    request.onblocked = () => reject(new Error('deleteDatabase blocked: a connection is still open'))
  })
}

/** Opens the database directly, once the app has created (or upgraded) its stores. */
async function withRawDatabase<T>(use: (db: Awaited<ReturnType<typeof openDB>>) => Promise<T>): Promise<T> {
  await database()
  const db = await openDB(DB_NAME)
  try {
    return await use(db)
  } finally {
    db.close()
  }
}

/** Writes a raw record (corrupt, or from another version) as the current draft, bypassing the app's writer. */
export async function putRawCurrent(record: { id: string } & Record<string, unknown>): Promise<void> {
  await withRawDatabase(async (db) => {
    const tx = db.transaction(['assessments', 'meta'], 'readwrite')
    await tx.objectStore('assessments').put(record)
    await tx.objectStore('meta').put(record.id, 'currentId')
    await tx.done
  })
}

/** Every raw record of one object store, as stored. */
export function rawAll(store: 'assessments' | 'meta' | 'quarantine'): Promise<unknown[]> {
  return withRawDatabase((db) => db.getAll(store))
}

export function rawCurrentId(): Promise<unknown> {
  return withRawDatabase((db) => db.get('meta', 'currentId'))
}

export function rawQuarantine(): Promise<unknown[]> {
  return rawAll('quarantine')
}

/**
 * Creates the database as the first release did (version 1: `drafts` and `quarantine`) and
 * writes `drafts` records under their keys and `quarantine` entries, then closes it, as a browser
 * would hold it before the app was updated.
 */
export async function createVersion1Database(
  drafts: Record<string, unknown>,
  quarantine: readonly unknown[] = [],
): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(v1) {
      v1.createObjectStore('drafts')
      v1.createObjectStore('quarantine', { autoIncrement: true })
    },
  })
  try {
    for (const [key, record] of Object.entries(drafts)) await db.put('drafts', record, key)
    for (const entry of quarantine) await db.add('quarantine', entry)
  } finally {
    db.close()
  }
}

/** What loadDraft gives for a draft record of `assessment` saved at `savedAt` (ISO). */
export function loadedDraft(
  assessment: Assessment,
  savedAt: string | null,
  status: AssessmentStatus = 'draft',
) {
  return { status: 'loaded', record: toRecord(assessment, status, new Date(savedAt ?? Number.NaN)) } as const
}
