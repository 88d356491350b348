import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Assessment } from '@/domain/assessment/types'
import { deleteAssessment, getAssessment, listAssessments, putAssessment } from '@/persistence/assessments'
import { loadDraft, quarantineCount, saveDraft } from '@/persistence/drafts'
import { toRecord } from '@/persistence/records'
import { putRawCurrent, rawAll, rawCurrentId, rawQuarantine, resetDatabase } from '../../support/database'

function assessment(id: string, name?: string): Assessment {
  return {
    id,
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 1,
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    answers: name ? { 'profile.name': { kind: 'text', value: name } } : {},
  }
}

const january = toRecord(assessment('jan', 'Janvier'), 'finished', new Date('2026-01-10T09:00:00.000Z'))
const march = toRecord(assessment('mar', 'Mars'), 'finished', new Date('2026-03-10T09:00:00.000Z'))
const june = toRecord(assessment('jun'), 'draft', new Date('2026-06-10T09:00:00.000Z'))

beforeEach(resetDatabase)
afterEach(resetDatabase)

describe('listAssessments', () => {
  it('is empty for a fresh database', async () => {
    expect(await listAssessments()).toEqual([])
  })

  it('lists drafts and finished assessments, most recently saved first, whatever the order they were put in', async () => {
    await putAssessment(march)
    await putAssessment(june)
    await putAssessment(january)
    expect(await listAssessments()).toStrictEqual([june, march, january])
  })

  it('sets an unreadable record aside in quarantine and lists the others', async () => {
    await putAssessment(january)
    await putAssessment(june)
    const broken = { ...march, updatedAt: 'not a date' }
    await putRawCurrent(broken)

    expect(await listAssessments()).toStrictEqual([june, january])
    expect(await rawQuarantine()).toStrictEqual([
      {
        quarantinedAt: expect.any(String),
        origin: 'assessments/mar',
        reason: 'record.updatedAt: expected an ISO 8601 timestamp',
        record: broken,
      },
    ])
    expect(await rawCurrentId()).toBeUndefined()
    expect(await listAssessments()).toStrictEqual([june, january])
  })
})

describe('getAssessment', () => {
  it('gives back a record put earlier', async () => {
    await putAssessment(march)
    expect(await getAssessment('mar')).toStrictEqual({ status: 'loaded', record: march })
  })

  it('gives "empty" for an id never stored', async () => {
    expect(await getAssessment('nowhere')).toStrictEqual({ status: 'empty' })
  })

  it('gives "unreadable" for a corrupt record and moves it to quarantine', async () => {
    await putRawCurrent({ ...march, status: 'archived' })
    expect(await getAssessment('mar')).toStrictEqual({
      status: 'unreadable',
      reason: 'record.status: expected one of draft, finished',
    })
    expect(await rawAll('assessments')).toEqual([])
    expect(await quarantineCount()).toBe(1)
  })
})

describe('putAssessment', () => {
  it('replaces the record with the same id', async () => {
    await putAssessment(march)
    const renamed = { ...march, name: 'Bilan de mars' }
    await putAssessment(renamed)
    expect(await listAssessments()).toStrictEqual([renamed])
  })

  it('does not change which draft is current', async () => {
    await saveDraft(assessment('draft-1'), new Date('2026-06-01T00:00:00.000Z'))
    await putAssessment(march)
    expect(await rawCurrentId()).toBe('draft-1')
  })
})

describe('deleteAssessment', () => {
  it('deletes one record and leaves the others', async () => {
    await putAssessment(january)
    await putAssessment(march)
    await deleteAssessment('jan')
    expect(await listAssessments()).toStrictEqual([march])
  })

  it('deleting the current draft leaves no current draft', async () => {
    await saveDraft(assessment('draft-1'), new Date('2026-06-01T00:00:00.000Z'))
    await deleteAssessment('draft-1')
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
    expect(await rawCurrentId()).toBeUndefined()
  })
})
