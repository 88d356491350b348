/**
 * The only module that opens IndexedDB. Object stores:
 * - `drafts`: the assessment being filled in, under the key `current`;
 * - `quarantine`: records that could not be read, kept aside (never deleted) so nothing is lost.
 * Bump DB_VERSION and add an upgrade step when a store is added; record shapes carry their
 * own schemaVersion and are migrated on read (see drafts.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

export const DB_NAME = 'autonomie-numerique'
const DB_VERSION = 1

export interface QuarantinedRecord {
  quarantinedAt: string
  /** Where the record came from, e.g. `drafts/current`. */
  origin: string
  reason: string
  record: unknown
}

interface AutonomieDB extends DBSchema {
  drafts: { key: string; value: unknown }
  quarantine: { key: number; value: QuarantinedRecord }
}

export type Database = IDBPDatabase<AutonomieDB>

let opening: Promise<Database> | undefined

/** The app's database, opened once per page (and again after the browser or another tab closed it). */
export function database(): Promise<Database> {
  if (opening) return opening
  const attempt: Promise<Database> = openDB<AutonomieDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('drafts')
        db.createObjectStore('quarantine', { autoIncrement: true })
      }
    },
    // A newer version of the app, opened in another tab, needs to upgrade the database: let it
    // instead of blocking it; this tab reopens on its next read or write.
    blocking(_current, _next, event) {
      ;(event.target as IDBDatabase).close()
      if (opening === attempt) opening = undefined
    },
    // The browser closed the connection (storage cleared, disk trouble): reopen next time.
    terminated() {
      if (opening === attempt) opening = undefined
    },
  }).catch((error: unknown) => {
    // Let a later call try again (the user may free space or leave private browsing).
    if (opening === attempt) opening = undefined
    throw error
  })
  opening = attempt
  return attempt
}

/** Closes the connection (tests use it to start each case from a fresh database). */
export async function closeDatabase(): Promise<void> {
  if (!opening) return
  const db = await opening.catch(() => undefined)
  db?.close()
  opening = undefined
}
