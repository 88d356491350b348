/**
 * Another tab of the app says on the shared channel that it saved the draft; this tab's store
 * takes the stored draft in. A store whose scope was disposed must stop listening.
 */
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { withAnswer } from '@/domain/assessment/assessment'
import type { Assessment } from '@/domain/assessment/types'
import { loadDraft, saveDraft } from '@/persistence/drafts'
import { useDraftStore } from '@/stores/draft'
import { resetDatabase } from '../../support/database'

/** What another tab does after saving: the channel name and message are the app's (draft-channel.ts). */
function announceFromAnotherTab(): void {
  const other = new BroadcastChannel('autonomie-numerique.draft')
  other.postMessage({ kind: 'draftChanged', from: 'another-tab' })
  other.close()
}

/** A fresh Pinia with a loaded draft store holding a started assessment. */
async function tabStore(): Promise<{ pinia: Pinia; store: ReturnType<typeof useDraftStore> }> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useDraftStore()
  await store.load()
  return { pinia, store }
}

const piniasToDispose: Pinia[] = []

beforeEach(resetDatabase)
afterEach(async () => {
  for (const pinia of piniasToDispose.splice(0)) disposePinia(pinia)
  await resetDatabase()
})

/** The assessment as another tab changed it, saved to storage. */
async function savedElsewhere(current: Assessment): Promise<Assessment> {
  const changed = withAnswer(current, 'profile.kind', { kind: 'single', value: 'cooperative' }, new Date())
  await saveDraft(changed, new Date())
  return changed
}

describe('draft store: changes made in another tab', () => {
  it('takes in the draft another tab saved, and says it came from elsewhere', async () => {
    const { pinia, store } = await tabStore()
    piniasToDispose.push(pinia)
    await store.start()
    const changed = await savedElsewhere(store.assessment as Assessment)

    announceFromAnotherTab()

    await vi.waitFor(() => expect(store.assessment).toStrictEqual(changed))
    expect(store.updatedElsewhere).toBe(true)
    expect(store.saveState).toBe('saved')
  })

  it('stops listening once its scope is disposed', async () => {
    const first = await tabStore()
    await first.store.start()
    const before = first.store.assessment
    disposePinia(first.pinia)
    // A second, live store on the same channel shows when the message has been handled.
    const second = await tabStore()
    piniasToDispose.push(second.pinia)
    const changed = await savedElsewhere(before as Assessment)

    announceFromAnotherTab()

    await vi.waitFor(() => expect(second.store.assessment).toStrictEqual(changed))
    // Storage requests run in order: once this read is done, any refresh started with the
    // second store's would have landed too.
    await loadDraft()
    expect(first.store.assessment).toBe(before)
    expect(first.store.updatedElsewhere).toBe(false)
  })
})
