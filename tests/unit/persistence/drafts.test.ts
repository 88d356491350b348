import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import { parseAssessment } from '@/domain/assessment/parse'
import type { Assessment } from '@/domain/assessment/types'
import { putAssessment } from '@/persistence/assessments'
import { closeDatabase, database } from '@/persistence/db'
import { discardDraft, loadDraft, quarantineCount, saveDraft } from '@/persistence/drafts'
import { toRecord } from '@/persistence/records'
import { StorageError } from '@/persistence/storage-error'
import {
  putRawCurrent,
  rawAll,
  rawCurrentId,
  rawQuarantine,
  resetDatabase,
  loadedDraft,
} from '../../support/database'

function sample(): Assessment {
  return {
    id: 'a-1',
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 1,
    createdAt: '2025-02-01T08:00:00.000Z',
    updatedAt: '2025-02-01T08:10:00.000Z',
    answers: {
      'profile.kind': { kind: 'single', value: 'association' },
      'value.privacy': { kind: 'scale', value: 5 },
      'fn.email': {
        kind: 'function',
        use: 'used',
        tools: [{ kind: 'catalogue', toolId: 'gmail' }],
        criticality: 'vital',
        data: 'personal',
        exit: 'notChecked',
        stance: 'default',
      },
    },
  }
}

const savedAt = new Date('2025-02-01T08:10:05.000Z')

/** A stored record that is valid in every respect, to be spoiled one field at a time. */
function validRecord(): { id: string } & Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'a-1',
    name: 'Diagnostic 2025',
    status: 'draft',
    createdAt: '2025-02-01T08:00:00.000Z',
    updatedAt: '2025-02-01T08:10:05.000Z',
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 1,
    assessment: sample(),
  }
}

/** The message the assessment reader gives for `assessment`: a stored record must report the same. */
function readerMessage(assessment: unknown): string {
  try {
    parseAssessment(assessment)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the assessment reader to refuse this assessment')
}

/** Makes the database exist with its stores (as the app would on first start). */
async function initialiseStores(): Promise<void> {
  await database()
}

beforeEach(resetDatabase)
afterEach(async () => {
  vi.restoreAllMocks()
  await resetDatabase()
})

describe('saveDraft / loadDraft', () => {
  it('gives "empty" for an empty database', async () => {
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
  })

  it('gives back the saved assessment and the time it was saved', async () => {
    await saveDraft(sample(), savedAt)
    expect(await loadDraft()).toStrictEqual(loadedDraft(sample(), '2025-02-01T08:10:05.000Z'))
  })

  it('stores a versioned record under the assessment’s id, named as the current draft', async () => {
    await saveDraft(sample(), savedAt)
    expect(await rawAll('assessments')).toStrictEqual([validRecord()])
    expect(await rawCurrentId()).toBe('a-1')
  })

  it('replaces the previous draft on the next save', async () => {
    await saveDraft(sample(), savedAt)
    const second: Assessment = { ...sample(), answers: { 'profile.kind': { kind: 'dontKnow' } } }
    await saveDraft(second, new Date('2025-02-01T09:00:00.000Z'))
    expect(await loadDraft()).toStrictEqual(loadedDraft(second, '2025-02-01T09:00:00.000Z'))
    expect(await rawAll('assessments')).toHaveLength(1)
  })

  it('keeps the previous draft when another assessment is saved (start again, import): nothing is deleted', async () => {
    await saveDraft(sample(), savedAt)
    const fresh: Assessment = { ...sample(), id: 'a-2', answers: {} }
    await saveDraft(fresh, new Date('2025-02-02T10:00:00.000Z'))
    expect(await loadDraft()).toStrictEqual(loadedDraft(fresh, '2025-02-02T10:00:00.000Z'))
    expect((await rawAll('assessments')).map((r) => (r as { id: string }).id).sort()).toEqual(['a-1', 'a-2'])
    expect(await rawCurrentId()).toBe('a-2')
  })

  it('never deletes a finished assessment when a new draft is saved', async () => {
    const finished = toRecord(sample(), 'finished', savedAt)
    await putAssessment(finished)
    await putRawCurrent({ ...finished })
    const fresh: Assessment = { ...sample(), id: 'a-2', answers: {} }
    await saveDraft(fresh, new Date('2025-02-02T10:00:00.000Z'))
    expect(await rawAll('assessments')).toStrictEqual([
      finished,
      toRecord(fresh, 'draft', new Date('2025-02-02T10:00:00.000Z')),
    ])
    expect(await rawCurrentId()).toBe('a-2')
  })

  it('gives back a finished assessment named current (opened to look at), with its status', async () => {
    await putRawCurrent({ ...toRecord(sample(), 'finished', savedAt) })
    expect(await loadDraft()).toStrictEqual(loadedDraft(sample(), savedAt.toISOString(), 'finished'))
    expect(await rawAll('assessments')).toHaveLength(1)
  })

  it('saves a reactive (proxied) assessment', async () => {
    const proxied = reactive(sample())
    await expect(saveDraft(proxied, savedAt)).resolves.toStrictEqual(toRecord(sample(), 'draft', savedAt))
    const loaded = await loadDraft()
    expect(loaded).toStrictEqual(loadedDraft(sample(), '2025-02-01T08:10:05.000Z'))
  })

  it('survives closing and reopening the database', async () => {
    await saveDraft(sample(), savedAt)
    await closeDatabase()
    expect(await loadDraft()).toMatchObject({ status: 'loaded', record: { assessment: sample() } })
  })
})

describe('discardDraft', () => {
  it('removes the saved draft', async () => {
    await saveDraft(sample(), savedAt)
    await discardDraft()
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
    expect(await rawAll('assessments')).toEqual([])
    expect(await rawCurrentId()).toBeUndefined()
  })

  it('keeps a finished assessment that was named current, and only forgets that it was', async () => {
    await putRawCurrent({ ...toRecord(sample(), 'finished', savedAt) })
    await discardDraft()
    expect(await rawAll('assessments')).toHaveLength(1)
    expect(await rawCurrentId()).toBeUndefined()
  })

  it('does nothing harmful when there is no draft', async () => {
    await expect(discardDraft()).resolves.toBeUndefined()
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
  })
})

describe('an unreadable record', () => {
  const badRecords: [string, { id: string } & Record<string, unknown>, string][] = [
    [
      'an assessment without answers',
      { ...validRecord(), assessment: { ...sample(), answers: undefined } },
      readerMessage({ ...sample(), answers: undefined }),
    ],
    [
      'an answer of unknown kind',
      { ...validRecord(), assessment: { ...sample(), answers: { q: { kind: 'stars', value: 3 } } } },
      readerMessage({ ...sample(), answers: { q: { kind: 'stars', value: 3 } } }),
    ],
    [
      'a scale value of 7',
      {
        ...validRecord(),
        assessment: { ...sample(), answers: { 'value.privacy': { kind: 'scale', value: 7 } } },
      },
      readerMessage({ ...sample(), answers: { 'value.privacy': { kind: 'scale', value: 7 } } }),
    ],
    [
      'a saving date that is not a date',
      { ...validRecord(), updatedAt: 'not a date' },
      'record.updatedAt: expected an ISO 8601 timestamp',
    ],
    [
      'an assessment date that is not a date',
      { ...validRecord(), assessment: { ...sample(), createdAt: '2025-02-31T99:00:00Z' } },
      readerMessage({ ...sample(), createdAt: '2025-02-31T99:00:00Z' }),
    ],
    [
      'a record from a newer version (schemaVersion 3)',
      { ...validRecord(), schemaVersion: 3 },
      'record.schemaVersion: unknown schema version 3',
    ],
    [
      'a record without schemaVersion',
      { ...validRecord(), schemaVersion: undefined },
      'record.schemaVersion: unknown schema version undefined',
    ],
  ]

  it.each(badRecords)('(%s) gives "unreadable" with the reason', async (_label, record, reason) => {
    await initialiseStores()
    await putRawCurrent(record)
    expect(await loadDraft()).toStrictEqual({ status: 'unreadable', reason })
  })

  it.each(badRecords)(
    '(%s) is moved to quarantine unchanged and is no longer the current draft',
    async (_label, record, reason) => {
      await initialiseStores()
      await putRawCurrent(record)
      const before = Date.now()
      await loadDraft()

      expect(await rawAll('assessments')).toEqual([])
      expect(await rawCurrentId()).toBeUndefined()
      const quarantined = await rawQuarantine()
      expect(quarantined).toHaveLength(1)
      expect(quarantined[0]).toStrictEqual({
        quarantinedAt: expect.any(String),
        origin: 'assessments/a-1',
        reason,
        record,
      })
      const at = Date.parse((quarantined[0] as { quarantinedAt: string }).quarantinedAt)
      expect(at).toBeGreaterThanOrEqual(before - 1000)
      expect(await quarantineCount()).toBe(1)
    },
  )

  it('lets the app carry on: the next load is empty, and a new draft can be saved and read', async () => {
    await initialiseStores()
    await putRawCurrent({ id: 'a-1', schemaVersion: 3, assessment: 'from the future' })
    expect((await loadDraft()).status).toBe('unreadable')
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
    await saveDraft(sample(), savedAt)
    expect(await loadDraft()).toMatchObject({ status: 'loaded', record: { assessment: sample() } })
    expect(await quarantineCount()).toBe(1)
  })

  it('keeps every quarantined record (never overwrites one)', async () => {
    await initialiseStores()
    await putRawCurrent({ id: 'a-1', note: 'first' })
    await loadDraft()
    await putRawCurrent({ id: 'a-1', note: 'second' })
    await loadDraft()
    expect(await quarantineCount()).toBe(2)
    expect((await rawQuarantine()).map((r) => (r as { record: unknown }).record)).toEqual([
      { id: 'a-1', note: 'first' },
      { id: 'a-1', note: 'second' },
    ])
  })

  it('a record the import would refuse (a tool the catalogue does not know) is set aside, not half-loaded', async () => {
    await initialiseStores()
    const answers = {
      'fn.email': { kind: 'function', use: 'used', tools: [{ kind: 'catalogue', toolId: 'no-such-tool' }] },
    }
    const record = { ...validRecord(), assessment: { ...sample(), answers } }
    await putRawCurrent(record)

    const loaded = await loadDraft()

    expect(loaded).toMatchObject({
      status: 'unreadable',
      reason: expect.stringContaining('unknown tool id no-such-tool'),
    })
    expect(await rawAll('assessments')).toEqual([])
    expect(await rawQuarantine()).toEqual([expect.objectContaining({ origin: 'assessments/a-1', record })])
  })

  it('a valid record is not quarantined', async () => {
    await initialiseStores()
    await putRawCurrent(validRecord())
    expect((await loadDraft()).status).toBe('loaded')
    expect(await quarantineCount()).toBe(0)
  })
})

describe('quarantineCount', () => {
  it('is 0 for a fresh database', async () => {
    expect(await quarantineCount()).toBe(0)
  })
})

describe('saving when storage is full', () => {
  it('rejects with StorageError("quota") and leaves the previous draft intact', async () => {
    await saveDraft(sample(), savedAt)
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const newer: Assessment = { ...sample(), answers: {} }

    const error: unknown = await saveDraft(newer, new Date('2025-02-01T09:00:00.000Z')).catch(
      (e: unknown) => e,
    )

    expect(put).toHaveBeenCalledTimes(1)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).problem).toBe('quota')
    vi.restoreAllMocks()
    expect(await loadDraft()).toStrictEqual(loadedDraft(sample(), '2025-02-01T08:10:05.000Z'))
  })
})
