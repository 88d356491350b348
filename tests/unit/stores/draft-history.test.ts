/**
 * The draft store's API for a history of assessments: starting, opening, finishing, importing
 * never deletes another assessment; and two tabs editing one assessment merge per question.
 */
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Assessment } from '@/domain/assessment/types'
import { listAssessments, getAssessment, putAssessment } from '@/persistence/assessments'
import { toRecord } from '@/persistence/records'
import { loadDraft, saveDraft } from '@/persistence/drafts'
import { useDraftStore } from '@/stores/draft'
import { putRawCurrent, rawCurrentId, rawQuarantine, resetDatabase } from '../../support/database'

const piniasToDispose: Pinia[] = []

/** A loaded draft store of its own Pinia, as in one tab. */
async function tab(): Promise<ReturnType<typeof useDraftStore>> {
  const pinia = createPinia()
  piniasToDispose.push(pinia)
  setActivePinia(pinia)
  const store = useDraftStore()
  await store.load()
  return store
}

/** What another tab posts after saving assessment `id` (draft-channel.ts). */
function announceFromAnotherTab(id: string): void {
  const other = new BroadcastChannel('autonomie-numerique.draft')
  other.postMessage({ kind: 'draftChanged', from: 'another-tab', id })
  other.close()
}

function quotaExceeded() {
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(fail)
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(fail)
}

const single = (value: string) => ({ kind: 'single', value }) as const

async function storedAnswers(id: string) {
  const read = await getAssessment(id)
  return read.status === 'loaded' ? read.record.assessment.answers : undefined
}

beforeEach(resetDatabase)
afterEach(async () => {
  for (const pinia of piniasToDispose.splice(0)) disposePinia(pinia)
  vi.restoreAllMocks()
  await resetDatabase()
})

describe('start / open / finish / adopt never delete another assessment', () => {
  it('start() keeps the previous draft stored and makes the new one current', async () => {
    const store = await tab()
    await store.start()
    const first = store.assessment!.id
    await store.setAnswer('profile.kind', single('cooperative'))
    await store.start()
    const second = store.assessment!.id

    expect(second).not.toBe(first)
    expect((await listAssessments()).map((r) => r.id).sort()).toEqual([first, second].sort())
    expect(await storedAnswers(first)).toStrictEqual({ 'profile.kind': single('cooperative') })
    expect(await rawCurrentId()).toBe(second)
  })

  it('start(prefill) copies the answers under a new id and today’s dates, leaving the source as it was', async () => {
    const store = await tab()
    await store.start()
    await store.setAnswer('profile.kind', single('cooperative'))
    const source = store.assessment!
    const before = await getAssessment(source.id)

    await store.start(source)

    const copy = store.assessment!
    expect(copy.id).not.toBe(source.id)
    expect(copy.answers).toStrictEqual(source.answers)
    expect(Date.parse(copy.createdAt)).toBeGreaterThanOrEqual(Date.parse(source.createdAt))
    expect(await getAssessment(source.id)).toStrictEqual(before)
    expect(await storedAnswers(copy.id)).toStrictEqual(source.answers)
  })

  it('next year’s draft: confirming, or changing an answer, is saved and survives a reload; nothing else changes', async () => {
    const carried: Assessment = {
      id: 'next',
      questionnaireId: 'autonomie-numerique',
      questionnaireVersion: 2,
      createdAt: '2027-10-01T08:00:00.000Z',
      updatedAt: '2027-10-01T08:00:00.000Z',
      basedOn: { id: 'last-year', createdAt: '2026-10-01T08:00:00.000Z' },
      answers: { 'profile.kind': single('association'), 'profile.sector': single('culture') },
    }
    await putAssessment(toRecord(carried, 'draft', new Date(carried.updatedAt)))
    const store = await tab()
    expect(await store.open('next')).toBe(true)

    await store.confirm(['profile.sector'])
    await store.setAnswer('profile.kind', single('cooperative'))
    expect(store.assessment?.confirmed).toEqual(['profile.sector', 'profile.kind'])

    const again = await tab()
    expect(await again.open('next')).toBe(true)
    expect(again.assessment?.confirmed).toEqual(['profile.sector', 'profile.kind'])
    expect(again.answers).toStrictEqual({
      'profile.kind': single('cooperative'),
      'profile.sector': single('culture'),
    })
  })

  it('confirming on an assessment not carried over saves nothing and adds nothing', async () => {
    const store = await tab()
    await store.start()
    await store.setAnswer('profile.kind', single('cooperative'))
    const before = store.assessment
    await store.confirm(['profile.kind'])
    expect(store.assessment).toBe(before)
    expect(store.assessment?.confirmed).toBeUndefined()
  })

  it('open(id) makes a stored assessment current; false for one that does not exist', async () => {
    const store = await tab()
    await store.start()
    const first = store.assessment!.id
    await store.setAnswer('profile.kind', single('cooperative'))
    await store.start()

    expect(await store.open(first)).toBe(true)
    expect(store.assessment?.id).toBe(first)
    expect(store.answers).toStrictEqual({ 'profile.kind': single('cooperative') })
    expect(store.status).toBe('draft')
    expect(await rawCurrentId()).toBe(first)
    expect(await listAssessments()).toHaveLength(2)

    expect(await store.open('no-such-id')).toBe(false)
    expect(store.assessment?.id).toBe(first)
  })

  it('open(id) of an unreadable record is false, sets it aside and says so as for a corrupt draft', async () => {
    const store = await tab()
    await putRawCurrent({ id: 'bad', schemaVersion: 2, status: 'draft' })
    await store.start()

    expect(await store.open('bad')).toBe(false)
    expect(store.loadProblem).toMatchObject({ kind: 'unreadable' })
    expect(await rawQuarantine()).toHaveLength(1)
  })

  it('finish() marks it finished under its name and leaves no current draft', async () => {
    const store = await tab()
    await store.start()
    await store.setAnswer('profile.name', { kind: 'text', value: 'Les Amis' })
    const id = store.assessment!.id

    expect(await store.finish()).toBe(true)

    expect(store.assessment).toBeNull()
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
    const read = await getAssessment(id)
    expect(read).toMatchObject({ status: 'loaded', record: { status: 'finished', name: 'Les Amis' } })
  })

  it('a finished assessment opened stays finished until an answer changes; marking actions keeps it finished', async () => {
    const store = await tab()
    await store.start()
    const id = store.assessment!.id
    await store.finish()

    expect(await store.open(id)).toBe(true)
    expect(store.status).toBe('finished')
    await store.setActionStatus('mitigate:twoFactorAdmins', 'done')
    expect(await getAssessment(id)).toMatchObject({ record: { status: 'finished' } })

    await store.setAnswer('profile.kind', single('cooperative'))
    expect(store.status).toBe('draft')
    expect(await getAssessment(id)).toMatchObject({ record: { status: 'draft' } })
  })

  it('adopt() stores the import beside the current draft; the same file twice gives two records', async () => {
    const store = await tab()
    await store.start()
    const draftId = store.assessment!.id
    const imported: Assessment = {
      ...store.assessment!,
      id: 'imported-1',
      answers: { 'profile.kind': single('foundation') },
    }

    expect(await store.adopt(imported)).toBe(true)
    expect(store.assessment?.id).toBe('imported-1')
    expect(await store.adopt(imported)).toBe(true)
    const copyId = store.assessment!.id

    expect(copyId).not.toBe('imported-1')
    expect((await listAssessments()).map((r) => r.id).sort()).toEqual([draftId, 'imported-1', copyId].sort())
    expect(await rawCurrentId()).toBe(copyId)
  })

  it('adopt() whose save fails resolves false, keeps the import on screen and says it is not saved', async () => {
    const store = await tab()
    const imported: Assessment = {
      id: 'imported-1',
      questionnaireId: 'autonomie-numerique',
      questionnaireVersion: 2,
      createdAt: '2026-11-30T08:00:00.000Z',
      updatedAt: '2026-11-30T08:00:00.000Z',
      answers: {},
    }
    quotaExceeded()

    expect(await store.adopt(imported)).toBe(false)
    expect(store.assessment).toStrictEqual(imported)
    expect(store.saveState).toBe('failed')
    expect(store.saveProblem).toBe('quota')
    expect(store.importUnsaved).toBe(true)
    expect(store.savedAt).toBeNull()

    vi.restoreAllMocks()
    await store.retrySave()
    expect(store.saveState).toBe('saved')
    expect(store.importUnsaved).toBe(false)
    expect(await storedAnswers('imported-1')).toStrictEqual({})
  })

  it('discard() deletes only the current draft', async () => {
    const store = await tab()
    await store.start()
    const kept = store.assessment!.id
    await store.start()
    await store.discard()
    expect((await listAssessments()).map((r) => r.id)).toEqual([kept])
  })
})

describe('two tabs on one assessment', () => {
  it('answers given at the same moment in two tabs are both stored', async () => {
    const first = await tab()
    await first.start()
    const id = first.assessment!.id
    const second = await tab()
    await second.open(id)

    await Promise.all([
      first.setAnswer('profile.kind', single('cooperative')),
      second.setAnswer('profile.budget', single('under10k')),
    ])

    expect(await storedAnswers(id)).toStrictEqual({
      'profile.kind': single('cooperative'),
      'profile.budget': single('under10k'),
    })
    // The later save came back merged: that tab already shows both.
    const answers = [first.answers, second.answers]
    expect(answers).toContainEqual({
      'profile.kind': single('cooperative'),
      'profile.budget': single('under10k'),
    })
  })

  it('for one question, the later save wins', async () => {
    const first = await tab()
    await first.start()
    const id = first.assessment!.id
    const second = await tab()
    await second.open(id)

    await first.setAnswer('profile.kind', single('cooperative'))
    await second.setAnswer('profile.kind', single('foundation'))

    expect(await storedAnswers(id)).toStrictEqual({ 'profile.kind': single('foundation') })
  })

  it('takes in another tab’s save, keeping its own unsaved answer on top, and says so', async () => {
    const store = await tab()
    await store.start()
    const id = store.assessment!.id
    quotaExceeded()
    await store.setAnswer('profile.kind', single('cooperative'))
    vi.restoreAllMocks()
    // Another tab answers another question and the same one.
    const other: Assessment = {
      ...store.assessment!,
      answers: { 'profile.kind': single('foundation'), 'profile.budget': single('under10k') },
    }
    await saveDraft(other, new Date())

    announceFromAnotherTab(id)

    await vi.waitFor(() =>
      expect(store.answers).toStrictEqual({
        'profile.kind': single('cooperative'),
        'profile.budget': single('under10k'),
      }),
    )
    expect(store.updatedElsewhere).toBe(true)
    // Still not saved: the notice stays until a save succeeds.
    expect(store.saveState).toBe('failed')
  })

  it('says nothing when another tab’s save changes nothing visible, or concerns another assessment', async () => {
    const store = await tab()
    await store.start()
    const id = store.assessment!.id
    await store.setAnswer('profile.kind', single('cooperative'))
    // The same answers saved again elsewhere (a later date only).
    await saveDraft({ ...store.assessment!, updatedAt: new Date().toISOString() }, new Date())
    announceFromAnotherTab(id)
    // Another assessment changed elsewhere.
    await saveDraft({ ...store.assessment!, id: 'other', answers: {} }, new Date())
    announceFromAnotherTab('other')

    // Storage requests run in order: once this read is done, both refreshes have landed.
    await vi.waitFor(async () => expect((await loadDraft()).status).toBe('loaded'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(store.updatedElsewhere).toBe(false)
    expect(store.assessment?.id).toBe(id)
  })
})
