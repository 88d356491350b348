/** The draft store's action marks: set through the domain, saved at once, read back from storage. */
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadDraft } from '@/persistence/drafts'
import { useDraftStore } from '@/stores/draft'
import { resetDatabase } from '../../support/database'

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

describe('draft store: setActionStatus', () => {
  it('marks an action with its note, saves it, and clearing removes it from storage too', async () => {
    const store = useDraftStore()
    await store.start()
    const before = store.assessment

    await store.setActionStatus('mitigate:twoFactorAdmins', 'done', 'Turned on for all admins')

    expect(store.assessment).not.toBe(before)
    expect(before?.actions).toBeUndefined()
    expect(store.saveState).toBe('saved')
    const stored = await loadDraft()
    expect(
      stored.status === 'loaded' && stored.record.assessment.actions?.['mitigate:twoFactorAdmins'],
    ).toMatchObject({
      status: 'done',
      note: 'Turned on for all admins',
    })

    await store.setActionStatus('mitigate:twoFactorAdmins', null)
    const cleared = await loadDraft()
    expect(cleared.status === 'loaded' && cleared.record.assessment.actions).toBeUndefined()
  })

  it('does nothing without a draft', async () => {
    const store = useDraftStore()
    await store.setActionStatus('mitigate:twoFactorAdmins', 'done')
    expect(store.assessment).toBeNull()
    expect(store.saveState).toBe('idle')
  })
})
