/**
 * The only module that opens IndexedDB. Object stores (version 2):
 * - `assessments`: drafts and finished assessments alike (records.ts), keyed by the assessment's
 *   id, with an index on `updatedAt` so lists come newest first;
 * - `meta`: small values about the others; `currentId` names the draft being filled in;
 * - `quarantine`: records that could not be read, kept aside (never deleted) so nothing is lost.
 *
 * Why the current draft is named in `meta` rather than taken to be the most recently updated
 * draft: with a history, "newest" changes for reasons that have nothing to do with which draft
 * the person is working on (an older assessment imported, another one touched in another tab),
 * and "no current draft" must be possible while other records exist. One explicit pointer,
 * written in the same transaction as the record, says it plainly.
 *
 * Bump DB_VERSION and add an upgrade step when a store changes; record shapes carry their own
 * schemaVersion and are migrated on read (records.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb'
import { readAssessmentRecord } from './records'

export const DB_NAME = 'autonomie-numerique'
const DB_VERSION = 2

export interface QuarantinedRecord {
  quarantinedAt: string
  /** Where the record came from, e.g. `assessments/<id>` or `drafts/current`. */
  origin: string
  reason: string
  record: unknown
}

/**
 * Keys of the `meta` store. `currentUnreadable`: the reason the current draft was set aside
 * while upgrading, so the next load still tells the person (as it would have before the upgrade).
 */
export const META_KEYS = ['currentId', 'currentUnreadable'] as const
export type MetaKey = (typeof META_KEYS)[number]

interface AutonomieDB extends DBSchema {
  // What comes back is untrusted (another version of the app, a corrupt disk) until
  // readAssessmentRecord has read it: hence `unknown`.
  assessments: { key: string; value: unknown; indexes: { updatedAt: string } }
  meta: { key: MetaKey; value: unknown }
  quarantine: { key: number; value: QuarantinedRecord }
}

/** Version 1, as the first release wrote it: only read during the upgrade to version 2. */
interface AutonomieDBVersion1 extends DBSchema {
  /** `{schemaVersion: 1, savedAt, assessment}` under the key `current`. */
  drafts: { key: string; value: unknown }
  quarantine: { key: number; value: QuarantinedRecord }
}

export type Database = IDBPDatabase<AutonomieDB>

/** An entry for the quarantine store: the record exactly as found, and why it was set aside. */
export function quarantined(origin: string, reason: string, record: unknown): QuarantinedRecord {
  return { quarantinedAt: new Date().toISOString(), origin, reason, record }
}

/** The reason to show for a record that could not be read. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Moves every version-1 draft into `assessments` (the one under `current` becomes the current
 * draft) or, if it cannot be read, into quarantine; then drops `drafts`. All of it runs in the
 * upgrade transaction: if any step fails the whole upgrade is rolled back and version 1 stays.
 */
async function moveVersion1Drafts(
  tx: IDBPTransaction<AutonomieDBVersion1, ['drafts', 'quarantine'], 'versionchange'>,
) {
  const drafts = tx.objectStore('drafts')
  const upgraded = tx as unknown as IDBPTransaction<
    AutonomieDB,
    ['assessments', 'meta', 'quarantine'],
    'versionchange'
  >
  for (const key of await drafts.getAllKeys()) {
    const raw: unknown = await drafts.get(key)
    try {
      const record = readAssessmentRecord(raw)
      await upgraded.objectStore('assessments').put(record)
      if (key === 'current') await upgraded.objectStore('meta').put(record.id, 'currentId')
    } catch (error) {
      const reason = reasonOf(error)
      await tx.objectStore('quarantine').add(quarantined(`drafts/${key}`, reason, raw))
      if (key === 'current') await upgraded.objectStore('meta').put(reason, 'currentUnreadable')
    }
  }
  tx.db.deleteObjectStore('drafts')
}

/**
 * A read-write transaction over every store. A failed write aborts it and its `done` rejects:
 * that is handled here so it is not reported as an unhandled rejection; callers see the failure
 * through the request they await (and may still await `done` to know it committed).
 */
export function writeTransaction(db: Database) {
  const tx = db.transaction(['assessments', 'meta', 'quarantine'], 'readwrite')
  tx.done.catch(() => undefined)
  return tx
}

export type WriteTransaction = ReturnType<typeof writeTransaction>

let opening: Promise<Database> | undefined

/** The app's database, opened once per page (and again after the browser or another tab closed it). */
export function database(): Promise<Database> {
  if (opening) return opening
  const attempt: Promise<Database> = openDB<AutonomieDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore('quarantine', { autoIncrement: true })
      if (oldVersion < 2) {
        const assessments = db.createObjectStore('assessments', { keyPath: 'id' })
        assessments.createIndex('updatedAt', 'updatedAt')
        db.createObjectStore('meta')
      }
      if (oldVersion === 1) {
        // Not awaited (upgrade cannot be async), but the transaction stays open while the
        // move issues requests, and opening succeeds only once it has committed.
        void moveVersion1Drafts(
          tx as unknown as IDBPTransaction<AutonomieDBVersion1, ['drafts', 'quarantine'], 'versionchange'>,
        ).catch(() => {
          try {
            tx.abort()
          } catch {
            // Already aborting: the failed request did it.
          }
        })
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
