import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { database } from '@/persistence/db'
import { loadDraft } from '@/persistence/drafts'
import { putRawDraft, rawDraft, rawQuarantine, resetDatabase } from './db-helpers'

beforeEach(resetDatabase)
afterEach(async () => {
  vi.restoreAllMocks()
  await resetDatabase()
})

describe('an unreadable record that cannot be moved to quarantine', () => {
  it('is left in drafts (not lost) when the quarantine write fails asynchronously', async () => {
    const db = await database()
    await db.put('quarantine', { quarantinedAt: 'x', origin: 'o', reason: 'r', record: 'older' }, 1)
    await putRawDraft('garbage')
    const add = IDBObjectStore.prototype.add
    // Writing under a key already taken fails with a ConstraintError, after the call returns.
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
    ) {
      return add.call(this, value, 1)
    })

    expect(await loadDraft()).toStrictEqual({ status: 'unreadable', reason: 'draft: expected an object' })
    vi.restoreAllMocks()
    expect(await rawDraft()).toBe('garbage')
    expect(await rawQuarantine()).toHaveLength(1)
  })
})
