import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import type { Assessment } from '@/domain/assessment/types'
import { closeDatabase, database } from '@/persistence/db'
import {
  DRAFT_SCHEMA_VERSION,
  discardDraft,
  loadDraft,
  quarantineCount,
  saveDraft,
} from '@/persistence/drafts'
import { StorageError } from '@/persistence/storage-error'
import { putRawDraft, rawDraft, rawQuarantine, resetDatabase } from './db-helpers'

function sample(): Assessment {
  return {
    id: 'a-1',
    questionnaireId: 'autonomie',
    questionnaireVersion: 1,
    createdAt: '2025-02-01T08:00:00.000Z',
    updatedAt: '2025-02-01T08:10:00.000Z',
    answers: {
      'org.kind': { kind: 'single', value: 'association' },
      'org.activities': { kind: 'multiple', values: ['culture'] },
      'values.privacy': { kind: 'scale', value: 5 },
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
function validRecord(): Record<string, unknown> {
  return { schemaVersion: 1, savedAt: '2025-02-01T08:10:05.000Z', assessment: sample() }
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
    expect(await loadDraft()).toStrictEqual({
      status: 'loaded',
      assessment: sample(),
      savedAt: '2025-02-01T08:10:05.000Z',
    })
  })

  it('stores a versioned record', async () => {
    await saveDraft(sample(), savedAt)
    expect(await rawDraft()).toStrictEqual({
      schemaVersion: DRAFT_SCHEMA_VERSION,
      savedAt: '2025-02-01T08:10:05.000Z',
      assessment: sample(),
    })
    expect(DRAFT_SCHEMA_VERSION).toBe(1)
  })

  it('replaces the previous draft on the next save', async () => {
    await saveDraft(sample(), savedAt)
    const second: Assessment = { ...sample(), answers: { 'org.kind': { kind: 'dontKnow' } } }
    await saveDraft(second, new Date('2025-02-01T09:00:00.000Z'))
    expect(await loadDraft()).toStrictEqual({
      status: 'loaded',
      assessment: second,
      savedAt: '2025-02-01T09:00:00.000Z',
    })
  })

  it('saves a reactive (proxied) assessment', async () => {
    const proxied = reactive(sample())
    await expect(saveDraft(proxied, savedAt)).resolves.toBeUndefined()
    const loaded = await loadDraft()
    expect(loaded).toStrictEqual({
      status: 'loaded',
      assessment: sample(),
      savedAt: '2025-02-01T08:10:05.000Z',
    })
  })

  it('survives closing and reopening the database', async () => {
    await saveDraft(sample(), savedAt)
    await closeDatabase()
    expect(await loadDraft()).toMatchObject({ status: 'loaded', assessment: sample() })
  })
})

describe('discardDraft', () => {
  it('removes the saved draft', async () => {
    await saveDraft(sample(), savedAt)
    await discardDraft()
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
  })

  it('does nothing harmful when there is no draft', async () => {
    await expect(discardDraft()).resolves.toBeUndefined()
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
  })
})

describe('an unreadable record', () => {
  const badRecords: [string, unknown, string][] = [
    ['a string', 'garbage', 'draft: expected an object'],
    ['null', null, 'draft: expected an object'],
    [
      'an assessment without answers',
      {
        schemaVersion: 1,
        savedAt: '2025-02-01T08:10:05.000Z',
        assessment: { ...sample(), answers: undefined },
      },
      'assessment.answers: expected an object',
    ],
    [
      'an answer of unknown kind',
      {
        schemaVersion: 1,
        savedAt: '2025-02-01T08:10:05.000Z',
        assessment: { ...sample(), answers: { q: { kind: 'stars', value: 3 } } },
      },
      'assessment.answers.q.kind: expected one of single, multiple, scale, text, dontKnow, function',
    ],
    [
      'a scale value of 7',
      {
        schemaVersion: 1,
        savedAt: '2025-02-01T08:10:05.000Z',
        assessment: { ...sample(), answers: { 'values.privacy': { kind: 'scale', value: 7 } } },
      },
      'assessment.answers.values.privacy.value: expected a whole number from 1 to 5',
    ],
    [
      'a record from a newer version (schemaVersion 2)',
      { schemaVersion: 2, savedAt: '2025-02-01T08:10:05.000Z', assessment: sample() },
      'draft.schemaVersion: unknown schema version 2',
    ],
    [
      'a record without schemaVersion',
      { savedAt: '2025-02-01T08:10:05.000Z', assessment: sample() },
      'draft.schemaVersion: unknown schema version undefined',
    ],
  ]

  it.each(badRecords)('(%s) gives "unreadable" with the reason', async (_label, record, reason) => {
    await initialiseStores()
    await putRawDraft(record)
    expect(await loadDraft()).toStrictEqual({ status: 'unreadable', reason })
  })

  it.each(badRecords)(
    '(%s) is moved to quarantine unchanged and removed from drafts',
    async (_label, record, reason) => {
      await initialiseStores()
      await putRawDraft(record)
      const before = Date.now()
      await loadDraft()

      expect(await rawDraft()).toBeUndefined()
      const quarantined = await rawQuarantine()
      expect(quarantined).toHaveLength(1)
      expect(quarantined[0]).toStrictEqual({
        quarantinedAt: expect.any(String),
        origin: 'drafts/current',
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
    await putRawDraft({ schemaVersion: 2, assessment: 'from the future' })
    expect((await loadDraft()).status).toBe('unreadable')
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
    await saveDraft(sample(), savedAt)
    expect(await loadDraft()).toMatchObject({ status: 'loaded', assessment: sample() })
    expect(await quarantineCount()).toBe(1)
  })

  it('keeps every quarantined record (never overwrites one)', async () => {
    await initialiseStores()
    await putRawDraft('first')
    await loadDraft()
    await putRawDraft('second')
    await loadDraft()
    expect(await quarantineCount()).toBe(2)
    expect((await rawQuarantine()).map((r) => (r as { record: unknown }).record)).toEqual(['first', 'second'])
  })

  it('a valid record is not quarantined', async () => {
    await initialiseStores()
    await putRawDraft(validRecord())
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
    expect(await loadDraft()).toStrictEqual({
      status: 'loaded',
      assessment: sample(),
      savedAt: '2025-02-01T08:10:05.000Z',
    })
  })
})
