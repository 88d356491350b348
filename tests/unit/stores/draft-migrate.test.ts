/**
 * The draft store's migration: it hands a version-1 draft to the domain, saves the result under
 * the same id and keeps the report until the person has read it; anything else is left alone.
 */
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrateToV2 } from '@/domain/history/migrate'
import { loadDraft, saveDraft } from '@/persistence/drafts'
import { useDraftStore } from '@/stores/draft'
import { resetDatabase } from '../../support/database'
import { draftRecord, v1, v2 } from '../history/fixtures'

let pinia: Pinia

beforeEach(async () => {
  await resetDatabase()
  pinia = createPinia()
  setActivePinia(pinia)
})
afterEach(async () => {
  disposePinia(pinia)
  await resetDatabase()
})

/** The store with the draft the app stored before version 2, loaded as on opening the app. */
async function storeWithV1Draft() {
  const record = draftRecord()
  await saveDraft(record.assessment, new Date(record.updatedAt))
  const store = useDraftStore()
  await store.load()
  return { store, before: record.assessment }
}

describe('draft store: migrate', () => {
  it('replaces a version-1 draft with the domain’s migration, saves it and keeps the report', async () => {
    const { store, before } = await storeWithV1Draft()
    const expected = migrateToV2(before, v1, v2)

    const report = await store.migrate()

    expect(report).toEqual(expected.report)
    expect(store.assessment).toEqual(expected.assessment)
    expect(store.migration).toEqual({ assessmentId: before.id, report: expected.report })
    expect(store.saveState).toBe('saved')
    const stored = await loadDraft()
    expect(stored.status === 'loaded' && stored.record.assessment).toEqual(expected.assessment)
  })

  it('leaves a draft of version 2 alone', async () => {
    const { store } = await storeWithV1Draft()
    await store.migrate()
    const migrated = store.assessment

    expect(await store.migrate()).toBeNull()
    expect(store.assessment).toBe(migrated)
  })

  it('forgets the report once read', async () => {
    const { store } = await storeWithV1Draft()
    await store.migrate()
    store.dismissMigration()
    expect(store.migration).toBeNull()
  })

  it('forgets the report when another diagnostic starts', async () => {
    const { store } = await storeWithV1Draft()
    await store.migrate()
    expect(store.migration).not.toBeNull()
    await store.start()
    expect(store.migration).toBeNull()
  })
})
