import { openDB } from 'idb'
import { DB_NAME, closeDatabase } from '@/persistence/db'

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

/** Opens the database directly (no upgrade: the app creates the stores), for writing and reading raw records. */
async function rawDatabase() {
  return openDB(DB_NAME)
}

/** Writes a raw record where the app keeps its draft, as a corrupt or newer record would be. */
export async function putRawDraft(record: unknown): Promise<void> {
  const db = await rawDatabase()
  try {
    await db.put('drafts', record, 'current')
  } finally {
    db.close()
  }
}

export async function rawDraft(): Promise<unknown> {
  const db = await rawDatabase()
  try {
    return await db.get('drafts', 'current')
  } finally {
    db.close()
  }
}

export async function rawQuarantine(): Promise<unknown[]> {
  const db = await rawDatabase()
  try {
    return await db.getAll('quarantine')
  } finally {
    db.close()
  }
}
