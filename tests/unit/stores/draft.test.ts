import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Assessment } from '@/domain/assessment/types'
import { latestQuestionnaire as questionnaire } from '@/domain/registry'
import { loadDraft, quarantineCount, saveDraft } from '@/persistence/drafts'
import { useDraftStore } from '@/stores/draft'
import { putRawCurrent, resetDatabase, loadedDraft } from '../../support/database'

function quotaExceeded() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })
}

const stored: Assessment = {
  id: 'stored-1',
  questionnaireId: 'autonomie-numerique',
  questionnaireVersion: 1,
  createdAt: '2025-02-01T08:00:00.000Z',
  updatedAt: '2025-02-01T08:10:00.000Z',
  answers: { 'profile.name': { kind: 'text', value: 'Les Amis' } },
}

let pinia: Pinia

beforeEach(async () => {
  await resetDatabase()
  pinia = createPinia()
  setActivePinia(pinia)
})
afterEach(async () => {
  // Stops each test's store, and with it its listener on the tabs' channel.
  disposePinia(pinia)
  vi.restoreAllMocks()
  await resetDatabase()
})

describe('draft store: start', () => {
  it('creates an empty assessment for the current questionnaire and saves it', async () => {
    const store = useDraftStore()
    expect(store.assessment).toBeNull()
    await store.start()

    const current = store.assessment
    expect(current).not.toBeNull()
    expect(current?.questionnaireId).toBe(questionnaire.id)
    expect(current?.questionnaireVersion).toBe(questionnaire.version)
    expect(current?.answers).toStrictEqual({})
    expect(current?.id).toMatch(/\S{8,}/)
    expect(store.saveState).toBe('saved')
    expect(store.saveProblem).toBeNull()
    expect(store.savedAt).toEqual(expect.any(String))

    const loaded = await loadDraft()
    expect(loaded).toStrictEqual(loadedDraft(current!, store.savedAt))
  })

  it('gives each new assessment a different id', async () => {
    const store = useDraftStore()
    await store.start()
    const first = store.assessment?.id
    await store.start()
    expect(store.assessment?.id).not.toBe(first)
  })
})

describe('draft store: setAnswer', () => {
  it('does nothing before an assessment exists', async () => {
    const store = useDraftStore()
    await store.setAnswer('profile.name', { kind: 'text', value: 'x' })
    expect(store.assessment).toBeNull()
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
  })

  it('updates the answers and saves them', async () => {
    const store = useDraftStore()
    await store.start()
    const saving = store.setAnswer('profile.name', { kind: 'text', value: 'Les Amis' })
    // The in-memory answer changes at once, before the save completes.
    expect(store.answers).toStrictEqual({ 'profile.name': { kind: 'text', value: 'Les Amis' } })
    expect(store.saveState).toBe('saving')
    await saving

    expect(store.saveState).toBe('saved')
    const loaded = await loadDraft()
    expect(loaded.status).toBe('loaded')
    if (loaded.status === 'loaded') {
      expect(loaded.record.assessment.answers).toStrictEqual({
        'profile.name': { kind: 'text', value: 'Les Amis' },
      })
    }
  })

  it('removes an answer when given undefined, and saves that', async () => {
    const store = useDraftStore()
    await store.start()
    await store.setAnswer('profile.name', { kind: 'text', value: 'Les Amis' })
    await store.setAnswer('profile.name', undefined)
    expect(store.answers).toStrictEqual({})
    const loaded = await loadDraft()
    expect(loaded.status === 'loaded' && loaded.record.assessment.answers).toStrictEqual({})
  })

  it('leaves the last of two rapid changes stored', async () => {
    const store = useDraftStore()
    await store.start()
    const first = store.setAnswer('value.privacy', { kind: 'scale', value: 2 })
    const second = store.setAnswer('value.privacy', { kind: 'scale', value: 5 })
    await Promise.all([first, second])

    expect(store.answers).toStrictEqual({ 'value.privacy': { kind: 'scale', value: 5 } })
    const loaded = await loadDraft()
    expect(loaded.status === 'loaded' && loaded.record.assessment.answers).toStrictEqual({
      'value.privacy': { kind: 'scale', value: 5 },
    })
    expect(store.saveState).toBe('saved')
  })
})

describe('draft store: load', () => {
  it('restores a saved draft', async () => {
    await saveDraft(stored, new Date('2025-02-01T08:10:05.000Z'))
    const store = useDraftStore()
    await store.load()
    expect(store.loadState).toBe('ready')
    expect(store.assessment).toStrictEqual(stored)
    expect(store.savedAt).toBe('2025-02-01T08:10:05.000Z')
    expect(store.saveState).toBe('saved')
    expect(store.loadProblem).toBeNull()
  })

  it('is ready with nothing to restore on an empty database', async () => {
    const store = useDraftStore()
    await store.load()
    expect(store.loadState).toBe('ready')
    expect(store.assessment).toBeNull()
    expect(store.loadProblem).toBeNull()
  })

  it('reports an unreadable record and stays usable: start() works afterwards', async () => {
    await putRawCurrent({
      schemaVersion: 2,
      id: stored.id,
      name: 'Les Amis',
      status: 'draft',
      createdAt: stored.createdAt,
      updatedAt: '2025-02-01T08:10:05.000Z',
      questionnaireId: stored.questionnaireId,
      questionnaireVersion: stored.questionnaireVersion,
      assessment: { ...stored, answers: { q: { kind: 'scale', value: 7 } } },
    })
    const store = useDraftStore()
    await store.load()

    expect(store.loadState).toBe('ready')
    expect(store.assessment).toBeNull()
    expect(store.loadProblem).toStrictEqual({
      kind: 'unreadable',
      reason: 'assessment.answers.q.value: expected a whole number from 1 to 5',
    })
    expect(await quarantineCount()).toBe(1)

    await store.start()
    expect(store.loadProblem).toBeNull()
    expect(store.saveState).toBe('saved')
    await store.setAnswer('profile.name', { kind: 'text', value: 'Nouveau' })
    const loaded = await loadDraft()
    expect(loaded.status === 'loaded' && loaded.record.assessment.answers).toStrictEqual({
      'profile.name': { kind: 'text', value: 'Nouveau' },
    })
  })

  it('reports storage that cannot be opened', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('no storage here', 'InvalidStateError')
    })
    const store = useDraftStore()
    await store.load()
    expect(store.loadState).toBe('ready')
    expect(store.loadProblem).toStrictEqual({ kind: 'unavailable', problem: 'unavailable' })
  })

  it('reads the stored draft only once', async () => {
    const store = useDraftStore()
    await store.load()
    await saveDraft(stored, new Date('2025-02-01T08:10:05.000Z'))
    await store.load()
    expect(store.assessment).toBeNull()
  })
})

describe('draft store: saving fails', () => {
  it('says the storage is full and keeps the answer in memory', async () => {
    const store = useDraftStore()
    await store.start()
    const put = quotaExceeded()

    await store.setAnswer('profile.name', { kind: 'text', value: 'Les Amis' })

    expect(put).toHaveBeenCalled()
    expect(store.saveState).toBe('failed')
    expect(store.saveProblem).toBe('quota')
    expect(store.answers).toStrictEqual({ 'profile.name': { kind: 'text', value: 'Les Amis' } })
  })

  it('recovers on the next successful save', async () => {
    const store = useDraftStore()
    await store.start()
    quotaExceeded()
    await store.setAnswer('profile.name', { kind: 'text', value: 'Les Amis' })
    vi.restoreAllMocks()

    await store.setAnswer('profile.staff', { kind: 'dontKnow' })
    expect(store.saveState).toBe('saved')
    expect(store.saveProblem).toBeNull()
    const loaded = await loadDraft()
    expect(loaded.status === 'loaded' && loaded.record.assessment.answers).toStrictEqual({
      'profile.name': { kind: 'text', value: 'Les Amis' },
      'profile.staff': { kind: 'dontKnow' },
    })
  })
})

describe('draft store: discard', () => {
  it('forgets the assessment and erases it from the device', async () => {
    const store = useDraftStore()
    await store.start()
    await store.setAnswer('profile.name', { kind: 'text', value: 'Les Amis' })
    await store.discard()
    expect(store.assessment).toBeNull()
    expect(store.answers).toStrictEqual({})
    expect(store.saveState).toBe('idle')
    expect(store.savedAt).toBeNull()
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
  })
})
