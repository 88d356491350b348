import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { database } from '@/persistence/db'
import { loadDraft } from '@/persistence/drafts'
import { putRawCurrent, rawAll, rawCurrentId, rawQuarantine, resetDatabase } from '../../support/database'

beforeEach(resetDatabase)
afterEach(async () => {
  vi.restoreAllMocks()
  await resetDatabase()
})

describe('an unreadable record that cannot be moved to quarantine', () => {
  it('is left where it was, still current (not lost), when the quarantine write fails asynchronously', async () => {
    const db = await database()
    await db.put('quarantine', { quarantinedAt: 'x', origin: 'o', reason: 'r', record: 'older' }, 1)
    const garbage = { id: 'a-1', schemaVersion: 2, status: 'draft' }
    await putRawCurrent(garbage)
    // Called below with the store as `this`, exactly as the spied-on method would be.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const add = IDBObjectStore.prototype.add
    // Writing under a key already taken fails with a ConstraintError, after the call returns.
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
    ) {
      return add.call(this, value, 1)
    })

    expect(await loadDraft()).toStrictEqual({
      status: 'unreadable',
      reason: 'record.name: expected a string',
    })
    vi.restoreAllMocks()
    expect(await rawAll('assessments')).toStrictEqual([garbage])
    expect(await rawCurrentId()).toBe('a-1')
    expect(await rawQuarantine()).toHaveLength(1)
  })
})
