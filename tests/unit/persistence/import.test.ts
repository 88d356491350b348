/**
 * Importing into the device's history: one transaction, all or nothing; a record already on the
 * device is never replaced unless that was chosen; an identical one is left alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { planImport, readImportText, serialiseBackupFile, toBackupFile } from '@/domain/history/backup'
import {
  ImportConflictError,
  existingFor,
  listAssessments,
  putAssessment,
  recordOfImport,
  storeImport,
} from '@/persistence/assessments'
import { toRecord } from '@/persistence/records'
import { resetDatabase } from '../../support/database'
import { exampleAssessment } from '../../support/examples'

const saved = new Date('2026-06-01T10:00:00.000Z')
const finished = toRecord(exampleAssessment('volunteer-run-self-hosted.json'), 'finished', saved)
const draft = toRecord(exampleAssessment('mid-size-in-transition.json'), 'draft', saved)
const now = new Date('2026-11-30T09:00:00.000Z')

beforeEach(resetDatabase)
afterEach(resetDatabase)

describe('recordOfImport', () => {
  it('keeps a backup entry’s name, status and saving date as written', () => {
    const record = recordOfImport(
      {
        assessment: finished.assessment,
        status: 'finished',
        name: 'Bilan',
        updatedAt: '2026-06-01T12:00:00+02:00',
      },
      now,
    )
    expect(record).toStrictEqual({ ...finished, name: 'Bilan', updatedAt: '2026-06-01T12:00:00+02:00' })
  })

  it('takes a single file in as a draft saved now, listed under its own name', () => {
    expect(recordOfImport({ assessment: draft.assessment, status: 'draft' }, now)).toStrictEqual(
      toRecord(draft.assessment, 'draft', now),
    )
  })
})

describe('storeImport', () => {
  it('stores every record of the import', async () => {
    await storeImport([finished, draft])
    const list = await listAssessments()
    expect(list).toHaveLength(2)
    expect(list).toEqual(expect.arrayContaining([finished, draft]))
  })

  it('stores nothing at all when one record would replace another it was not allowed to', async () => {
    await putAssessment(draft)
    const other = toRecord({ ...draft.assessment, title: 'Changed' }, 'draft', now)
    await expect(storeImport([finished, other])).rejects.toBeInstanceOf(ImportConflictError)
    expect(await listAssessments()).toStrictEqual([draft])
  })

  it('replaces a record whose id it was given', async () => {
    await putAssessment(draft)
    const other = toRecord({ ...draft.assessment, title: 'Changed' }, 'finished', now)
    await storeImport([other], new Set([draft.id]))
    expect(await listAssessments()).toStrictEqual([other])
  })
})

describe('an import of a backup over the device’s history', () => {
  async function importText(text: string, choice: 'copies' | 'replace') {
    const read = await readImportText(text)
    if (!read.ok) throw new Error('unreadable')
    const existing = await existingFor(read.entries)
    const plan = planImport(
      read.entries,
      new Map([...existing].map(([id, found]) => [id, found.existing])),
      choice,
      (a) => ({ ...a, id: `copy-of-${a.id}`, title: 'Copie' }),
    )
    await storeImport(
      plan.store.map((e) => recordOfImport(e, now)),
      plan.replace,
    )
    return plan
  }

  it('leaves identical records alone and keeps a different one beside the import as a copy', async () => {
    await putAssessment(finished)
    await putAssessment(draft)
    const changed = { ...draft, assessment: { ...draft.assessment, title: 'Autre' }, name: 'Autre' }
    const plan = await importText(serialiseBackupFile(toBackupFile([finished, changed], now)), 'copies')
    expect(plan.identical).toBe(1)
    const list = await listAssessments()
    expect(list).toHaveLength(3)
    expect(list).toEqual(expect.arrayContaining([finished, draft]))
    expect(list.find((r) => r.id === `copy-of-${draft.id}`)).toMatchObject({ name: 'Copie', status: 'draft' })
  })

  it('replaces a different record when asked', async () => {
    await putAssessment(draft)
    const changed = { ...draft, assessment: { ...draft.assessment, title: 'Autre' }, name: 'Autre' }
    await importText(serialiseBackupFile(toBackupFile([changed], now)), 'replace')
    expect(await listAssessments()).toStrictEqual([{ ...changed, schemaVersion: 2 }])
  })
})
