/**
 * Every stored assessment, drafts and finished ones alike: what a history needs (list, get, put,
 * delete one). Each record read back goes through readStoredRecord, the import's own checks; one
 * that cannot be read is moved to quarantine (never deleted) and left out of what is returned.
 * Failures of storage itself are thrown as StorageError.
 */
import { database, quarantined, reasonOf, writeTransaction } from './db'
import type { Existing, ImportEntry } from '../domain/history/backup'
import { loadContent } from '../domain/registry'
import { readAssessmentRecord, readStoredRecord, toRecord, type AssessmentRecord } from './records'
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

/**
 * What a read of every record checks: `full` is the import's whole reading (shape, then the
 * content of the record's questionnaire version); `shape` stops after the shape, for a list that
 * must show at once (the home page's history) and runs the rest just after with
 * setAsideUnreadable, before anything is opened, scored or compared.
 */
export type ListCheck = 'full' | 'shape'

/** Every readable record, most recently saved first; what fails `check` is set aside in quarantine. */
export async function listAssessments(check: ListCheck = 'full'): Promise<AssessmentRecord[]> {
  try {
    const db = await database()
    // Two bulk reads rather than a cursor: one round trip each, whatever the number of records.
    const index = db.transaction('assessments').store.index('updatedAt')
    const [values, ids] = await Promise.all([index.getAll(), index.getAllKeys()])
    if (check === 'full') await preloadContents(values)
    const records: AssessmentRecord[] = []
    // Newest first: the index holds them oldest first.
    for (let i = values.length - 1; i >= 0; i--) {
      const read =
        check === 'full'
          ? await readOrSetAside(ids[i]!, values[i])
          : await readShapeOrSetAside(ids[i]!, values[i])
      if (read.status === 'loaded') records.push(read.record)
    }
    return records
  } catch (error) {
    throw toStorageError(error)
  }
}

/**
 * Every questionnaire version's content the checks will need, loaded side by side rather than one
 * after the other as the records come (a history of 200: npm run bench, history200Ms).
 */
async function preloadContents(values: readonly unknown[]): Promise<void> {
  const versions = new Set(
    values.map((raw) => (raw as { questionnaireVersion?: unknown })?.questionnaireVersion),
  )
  await Promise.all(
    [...versions]
      .filter((v): v is number => typeof v === 'number')
      .map((v) => loadContent(v).catch(() => undefined)),
  )
}

async function readShapeOrSetAside(id: string, raw: unknown): Promise<RecordRead> {
  try {
    return { status: 'loaded', record: readAssessmentRecord(raw) }
  } catch (error) {
    const reason = reasonOf(error)
    await setAside(id, raw, reason)
    return { status: 'unreadable', reason }
  }
}

/**
 * The rest of the import's reading for records listed with `shape`: each is read again from
 * storage in full, and what fails is set aside. Returns the ids set aside.
 */
export async function setAsideUnreadable(records: readonly AssessmentRecord[]): Promise<Set<string>> {
  await preloadContents(records)
  const gone = new Set<string>()
  for (const record of records) {
    const read = await getAssessment(record.id)
    if (read.status !== 'loaded') gone.add(record.id)
  }
  return gone
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

/** Thrown by storeImport when a record it was not allowed to replace appeared meanwhile. */
export class ImportConflictError extends Error {
  constructor(readonly id: string) {
    super(`an assessment with id ${id} already exists`)
    this.name = 'ImportConflictError'
  }
}

/**
 * Stores imported records in one transaction: all of them or, if any write fails or a record
 * would replace one whose id is not in `replaceable`, none (the transaction aborts and nothing
 * on the device changes). The caller asks the person before putting an id in `replaceable`.
 */
export async function storeImport(
  records: readonly AssessmentRecord[],
  replaceable: ReadonlySet<string> = new Set(),
): Promise<void> {
  try {
    const tx = writeTransaction(await database())
    const store = tx.objectStore('assessments')
    try {
      for (const record of records) {
        if (!replaceable.has(record.id) && (await store.getKey(record.id)) !== undefined) {
          throw new ImportConflictError(record.id)
        }
        // JSON round trip, as putAssessment: no reactive proxy reaches IndexedDB.
        await store.put(JSON.parse(JSON.stringify(record)) as AssessmentRecord)
      }
    } catch (error) {
      try {
        tx.abort()
      } catch {
        // Already aborting: the failed request did it.
      }
      throw error
    }
    await tx.done
  } catch (error) {
    if (error instanceof ImportConflictError) throw error
    throw toStorageError(error)
  }
}

/**
 * The record an imported entry is stored as: a backup's entry keeps the name and saving date it
 * had; a single assessment file comes in as a draft saved `now`.
 */
export function recordOfImport(entry: ImportEntry, now: Date): AssessmentRecord {
  const record = toRecord(entry.assessment, entry.status, entry.updatedAt ? new Date(entry.updatedAt) : now)
  return {
    ...record,
    name: entry.name ?? record.name,
    // As written in the file (toRecord would rewrite `+01:00` as `Z`): an import is exact.
    updatedAt: entry.updatedAt ?? record.updatedAt,
  }
}

/** JSON with every object's keys sorted: two values read the same whatever order their fields were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

/** Whether the stored record is exactly what the entry would store (a backup's record fields included). */
function sameAs(record: AssessmentRecord, entry: ImportEntry): boolean {
  if (canonical(record.assessment) !== canonical(entry.assessment)) return false
  // A single assessment file has no record fields: the same assessment is the same thing.
  if (entry.name === undefined) return true
  return record.name === entry.name && record.status === entry.status && record.updatedAt === entry.updatedAt
}

/** For each entry whose id is already on the device: that record, and whether it is identical to the entry. */
export async function existingFor(
  entries: readonly ImportEntry[],
): Promise<Map<string, { existing: Existing; record: AssessmentRecord }>> {
  const found = new Map<string, { existing: Existing; record: AssessmentRecord }>()
  for (const entry of entries) {
    const read = await getAssessment(entry.assessment.id)
    if (read.status !== 'loaded') continue
    found.set(entry.assessment.id, {
      existing: sameAs(read.record, entry) ? 'identical' : 'different',
      record: read.record,
    })
  }
  return found
}
