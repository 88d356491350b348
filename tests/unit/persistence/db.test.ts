import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DB_NAME, database } from '@/persistence/db'
import { resetDatabase } from './db-helpers'

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
  it('opens once and reuses the connection', async () => {
    const first = await database()
    expect(await database()).toBe(first)
    expect([...first.objectStoreNames].sort()).toEqual(['drafts', 'quarantine'])
  })

  it('steps aside when a newer version in another tab upgrades the database, instead of blocking it', async () => {
    const db = await database()
    await db.put('drafts', { any: 'record' }, 'current')
    expect(await openNewerVersion(2)).toEqual({ blocked: false })
    // This tab's next call opens again (and, being older, cannot open the newer database).
    await expect(database()).rejects.toThrow()
  })
})
