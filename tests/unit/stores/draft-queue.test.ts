/**
 * Saves must land in the order they were asked for. Here the first save is made slow on
 * purpose: without the store's queue, it would land after the second and win.
 */
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as drafts from '@/persistence/drafts'
import { useDraftStore } from '@/stores/draft'
import { resetDatabase } from '../../support/database'

const control = vi.hoisted(() => ({ delays: [] as number[] }))

vi.mock('@/persistence/drafts', async (importOriginal) => {
  const original = await importOriginal<typeof drafts>()
  return {
    ...original,
    saveDraft: vi.fn(async (...args: Parameters<typeof original.saveDraft>) => {
      const delay = control.delays.shift() ?? 0
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
      return original.saveDraft(...args)
    }),
  }
})

let pinia: Pinia

beforeEach(async () => {
  await resetDatabase()
  pinia = createPinia()
  setActivePinia(pinia)
  control.delays = []
})
afterEach(async () => {
  disposePinia(pinia)
  await resetDatabase()
})

describe('draft store: save order', () => {
  it('stores the last answer even when the earlier save is slower', async () => {
    const store = useDraftStore()
    await store.start()
    control.delays = [50, 0]

    const first = store.setAnswer('profile.name', { kind: 'text', value: 'premier' })
    // The slow save is under way before the second answer is given (else both go in one save).
    await vi.waitFor(() => expect(vi.mocked(drafts.saveDraft)).toHaveBeenCalledTimes(2))
    const second = store.setAnswer('profile.name', { kind: 'text', value: 'dernier' })
    await Promise.all([first, second])

    expect(vi.mocked(drafts.saveDraft)).toHaveBeenCalledTimes(3)
    const loaded = await drafts.loadDraft()
    expect(loaded.status === 'loaded' && loaded.record.assessment.answers).toStrictEqual({
      'profile.name': { kind: 'text', value: 'dernier' },
    })
    expect(store.saveState).toBe('saved')
  })
})
