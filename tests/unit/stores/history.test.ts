/** The history store over fake IndexedDB: the list, its actions, undo, and imports that ask first. */
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readImportText, serialiseBackupFile, toBackupFile } from '@/domain/history/backup'
import { listAssessments, putAssessment } from '@/persistence/assessments'
import { toRecord } from '@/persistence/records'
import { useDraftStore } from '@/stores/draft'
import { UNDO_MS, useHistoryStore } from '@/stores/history'
import { rawQuarantine, resetDatabase } from '../../support/database'
import { exampleAssessment } from '../../support/examples'

const saved = new Date('2026-06-01T10:00:00.000Z')
const finished = toRecord(exampleAssessment('volunteer-run-self-hosted.json'), 'finished', saved)
const draft = toRecord(
  exampleAssessment('mid-size-in-transition.json'),
  'draft',
  new Date('2026-07-01T10:00:00.000Z'),
)

let pinia: Pinia
beforeEach(async () => {
  await resetDatabase()
  pinia = createPinia()
  setActivePinia(pinia)
  await putAssessment(finished)
  await putAssessment(draft)
})
afterEach(async () => {
  vi.useRealTimers()
  await useHistoryStore().scored()
  disposePinia(pinia)
  await resetDatabase()
})

describe('history store', () => {
  it(
    'lists every assessment, newest first, and scores the finished ones after',
    { timeout: 30_000 },
    async () => {
      const history = useHistoryStore()
      await history.load()
      expect(history.records.map((r) => r.id)).toEqual([draft.id, finished.id])
      expect(history.summaryOf(finished)).toBeUndefined()
      await history.scored()
      // The volunteer-run example's level and numbers, as its own test works them out (examples.test.ts).
      expect(history.summaryOf(finished)).toMatchObject({ level: expect.any(Number) })
      expect(history.summaryOf(draft)).toBeUndefined()
    },
  )

  it('lists at once, then sets aside a record the import would refuse (a tool no catalogue knows) before scoring', async () => {
    const email = finished.assessment.answers['fn.email']
    if (email?.kind !== 'function') throw new Error('the example answers fn.email')
    const unknownTool = toRecord(
      {
        ...finished.assessment,
        id: 'unknown-tool',
        answers: {
          ...finished.assessment.answers,
          'fn.email': { ...email, tools: [{ kind: 'catalogue', toolId: 'no-such-tool' }] },
        },
      },
      'finished',
      saved,
    )
    await putAssessment(unknownTool)
    const history = useHistoryStore()
    await history.load()
    // Its shape is right, so the list shows it as soon as storage is read…
    expect(history.records.map((r) => r.id)).toContain('unknown-tool')
    await history.scored()
    // …and the import's content checks, run next, take it out to quarantine, never scored.
    expect(history.records.map((r) => r.id)).toEqual([draft.id, finished.id])
    expect(history.summaryOf(unknownTool)).toBeUndefined()
    expect(JSON.stringify(await rawQuarantine())).toContain('no-such-tool')
  })

  it('drops a draft nobody touched, and only that', async () => {
    const empty = toRecord({ ...draft.assessment, id: 'empty', answers: {} }, 'draft', saved)
    const named = toRecord({ ...draft.assessment, id: 'named', answers: {}, title: 'Bilan' }, 'draft', saved)
    await putAssessment(empty)
    await putAssessment(named)
    const history = useHistoryStore()
    await history.load()
    expect(history.records.map((r) => r.id).sort()).toEqual([draft.id, finished.id, 'named'].sort())
    expect((await listAssessments()).map((r) => r.id)).not.toContain('empty')
  })

  it('hides an untouched draft open in this tab without deleting it (it may get its first answer any moment)', async () => {
    const current = useDraftStore()
    await current.start()
    const id = current.assessment?.id
    const history = useHistoryStore()
    await history.load()
    expect(history.records.map((r) => r.id)).not.toContain(id)
    expect((await listAssessments()).map((r) => r.id)).toContain(id)
    expect(current.assessment?.id).toBe(id)
  })

  it('on a new page, reads the draft in progress before dropping untouched drafts, so it is kept', async () => {
    // An earlier visit started a draft and left before answering anything.
    const earlier = useDraftStore()
    await earlier.start()
    const id = earlier.assessment?.id
    // A new page: the list is read side by side with the draft, neither read yet.
    disposePinia(pinia)
    pinia = createPinia()
    setActivePinia(pinia)
    const history = useHistoryStore()
    await history.load()
    expect(history.records.map((r) => r.id)).not.toContain(id)
    expect((await listAssessments()).map((r) => r.id)).toContain(id)
    expect(useDraftStore().assessment?.id).toBe(id)
  })

  it('renames, duplicates and starts next year’s, each stored', async () => {
    const history = useHistoryStore()
    await history.load()
    await history.rename(finished.id, 'Diagnostic 2026')
    expect(history.records.find((r) => r.id === finished.id)).toMatchObject({
      name: 'Diagnostic 2026',
      status: 'finished',
    })
    const copyId = await history.duplicate(finished.id, 'Diagnostic 2026 (copie)')
    const copy = history.records.find((r) => r.id === copyId)
    expect(copy).toMatchObject({ name: 'Diagnostic 2026 (copie)', status: 'finished' })
    expect(copy?.assessment.answers).toStrictEqual(finished.assessment.answers)

    const nextId = await history.startNextYear(finished.id)
    const stored = (await listAssessments()).find((r) => r.id === nextId)
    expect(stored).toMatchObject({ status: 'draft', assessment: { basedOn: { id: finished.id } } })
  })

  it('renames the draft on screen through the draft store, so the two never disagree', async () => {
    const current = useDraftStore()
    await current.open(draft.id)
    const history = useHistoryStore()
    await history.load()
    await history.rename(draft.id, 'Notre bilan')
    expect(current.assessment?.title).toBe('Notre bilan')
    expect((await listAssessments()).find((r) => r.id === draft.id)?.name).toBe('Notre bilan')
  })

  it('deletes, brings back within the undo time exactly as it was, and forgets after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const history = useHistoryStore()
    await history.load()
    await history.remove(finished.id)
    expect(history.deleted).toStrictEqual(finished)
    expect((await listAssessments()).map((r) => r.id)).toEqual([draft.id])
    await history.undoDelete()
    expect(await listAssessments()).toContainEqual(finished)
    expect(history.deleted).toBeNull()

    await history.remove(finished.id)
    vi.advanceTimersByTime(UNDO_MS)
    expect(history.deleted).toBeNull()
  })

  it('asks before a file would replace a different assessment, and keeps both as copies when told', async () => {
    const history = useHistoryStore()
    await history.load()
    const changed = { ...finished, name: 'Autre', assessment: { ...finished.assessment, title: 'Autre' } }
    const read = await readImportText(serialiseBackupFile(toBackupFile([changed, draft], new Date())))
    if (!read.ok) throw new Error('unreadable')
    const pending = await history.prepareImport(read)
    expect(pending?.conflicts).toStrictEqual([finished])
    expect(pending?.identical).toBe(1)
    const outcome = await history.commitImport(pending!, 'copies', (a) => `${a.title} (copie importée)`)
    expect(outcome?.stored).toHaveLength(1)
    expect(outcome?.stored[0]).toMatchObject({ name: 'Autre (copie importée)' })
    expect(outcome?.stored[0]?.id).not.toBe(finished.id)
    const all = await listAssessments()
    expect(all).toHaveLength(3)
    expect(all).toContainEqual(finished)
  })
})
