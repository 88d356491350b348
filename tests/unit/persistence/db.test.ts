import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DB_NAME, database } from '@/persistence/db'
import { resetDatabase } from '../../support/database'

beforeEach(resetDatabase)
afterEach(resetDatabase)

/** Opens the database at a higher version, as a newer app in another tab would; reports whether it was blocked. */
function openNewerVersion(version: number): Promise<{ blocked: boolean }> {
  return new Promise((resolve, reject) => {
    let blocked = false
    const request = indexedDB.open(DB_NAME, version)
    request.onblocked = () => {
      blocked = true
    }
    request.onsuccess = () => {
      request.result.close()
      resolve({ blocked })
    }
    request.onerror = () => reject(request.error ?? new Error('open failed'))
  })
}

describe('database()', () => {
  it('opens once and reuses the connection, at version 2 with its three stores', async () => {
    const first = await database()
    expect(await database()).toBe(first)
    expect(first.version).toBe(2)
    expect([...first.objectStoreNames].sort()).toEqual(['assessments', 'meta', 'quarantine'])
  })

  it('keys assessments by their id and indexes them by updatedAt', async () => {
    const db = await database()
    const store = db.transaction('assessments').store
    expect(store.keyPath).toBe('id')
    expect([...store.indexNames]).toEqual(['updatedAt'])
    expect(store.index('updatedAt').keyPath).toBe('updatedAt')
  })

  it('steps aside when a newer version in another tab upgrades the database, instead of blocking it', async () => {
    const db = await database()
    await db.put('meta', 'a-1', 'currentId')
    expect(await openNewerVersion(3)).toEqual({ blocked: false })
    // This tab's next call opens again (and, being older, cannot open the newer database).
    await expect(database()).rejects.toThrow()
  })
})
