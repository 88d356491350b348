/**
 * A browser that ran the first release holds a version-1 database: `drafts` (the draft under
 * `current`) and `quarantine`. Opening it with this code must keep that draft, as the current
 * one, and set aside (never drop) a record it cannot read.
 */
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Assessment } from '@/domain/assessment/types'
import { deleteAssessment } from '@/persistence/assessments'
import { database } from '@/persistence/db'
import { discardDraft, loadDraft, quarantineCount, saveDraft } from '@/persistence/drafts'
import { useDraftStore } from '@/stores/draft'
import {
  createVersion1Database,
  rawAll,
  rawCurrentId,
  rawQuarantine,
  resetDatabase,
  loadedDraft,
} from '../../support/database'

const draft: Assessment = {
  id: 'b6f1c0de-7a51-4c3e-9d0a-5f2b8e4a1c77',
  questionnaireId: 'autonomie-numerique',
  questionnaireVersion: 1,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:41:12.000Z',
  answers: {
    'profile.name': { kind: 'text', value: 'Les Amis du Quartier' },
    'profile.kind': { kind: 'single', value: 'association' },
    'value.privacy': { kind: 'scale', value: 4 },
    'fn.email': {
      kind: 'function',
      use: 'used',
      tools: [{ kind: 'catalogue', toolId: 'gmail' }],
      criticality: 'vital',
      data: 'personal',
      exit: 'notChecked',
      stance: 'default',
    },
  },
}

/** The record exactly as the first release's saveDraft wrote it. */
function version1Record(assessment: Assessment, savedAt: Date): unknown {
  return {
    schemaVersion: 1,
    savedAt: savedAt.toISOString(),
    assessment: JSON.parse(JSON.stringify(assessment)) as Assessment,
  }
}

let pinia: Pinia | undefined

beforeEach(resetDatabase)
afterEach(async () => {
  if (pinia) disposePinia(pinia)
  pinia = undefined
  await resetDatabase()
})

describe('upgrading a version-1 database', () => {
  it('keeps the draft, with its answers, as the current draft', async () => {
    await createVersion1Database({ current: version1Record(draft, new Date('2026-03-02T09:41:13.000Z')) })

    expect(await loadDraft()).toStrictEqual(loadedDraft(draft, '2026-03-02T09:41:13.000Z'))
    const db = await database()
    expect(db.version).toBe(2)
    expect([...db.objectStoreNames].sort()).toEqual(['assessments', 'meta', 'quarantine'])
    expect(await rawAll('assessments')).toStrictEqual([
      {
        schemaVersion: 2,
        id: draft.id,
        name: 'Les Amis du Quartier',
        status: 'draft',
        createdAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-03-02T09:41:13.000Z',
        questionnaireId: 'autonomie-numerique',
        questionnaireVersion: 1,
        assessment: draft,
      },
    ])
    expect(await rawCurrentId()).toBe(draft.id)
    expect(await quarantineCount()).toBe(0)
  })

  it('lets the draft store carry on where the person left off', async () => {
    await createVersion1Database({ current: version1Record(draft, new Date('2026-03-02T09:41:13.000Z')) })
    pinia = createPinia()
    setActivePinia(pinia)
    const store = useDraftStore()

    await store.load()

    expect(store.loadProblem).toBeNull()
    expect(store.assessment).toStrictEqual(draft)
    expect(store.savedAt).toBe('2026-03-02T09:41:13.000Z')
    await store.setAnswer('profile.kind', { kind: 'single', value: 'cooperative' })
    const reloaded = await loadDraft()
    expect(reloaded.status === 'loaded' && reloaded.record.assessment.answers['profile.kind']).toStrictEqual({
      kind: 'single',
      value: 'cooperative',
    })
    expect(await rawAll('assessments')).toHaveLength(1)
  })

  const corrupt: [string, unknown, string][] = [
    ['a string', 'garbage', 'record: expected an object'],
    ['null', null, 'record: expected an object'],
    [
      'a record whose savedAt is not a date',
      { schemaVersion: 1, savedAt: 'mardi dernier', assessment: draft },
      'record.savedAt: expected an ISO 8601 timestamp',
    ],
  ]

  it.each(corrupt)(
    'moves %s to quarantine, unchanged, says so once, then has no draft',
    async (_label, record, reason) => {
      await createVersion1Database({ current: record })

      expect(await loadDraft()).toStrictEqual({ status: 'unreadable', reason })
      expect(await loadDraft()).toStrictEqual({ status: 'empty' })
      expect(await rawAll('assessments')).toEqual([])
      expect(await rawCurrentId()).toBeUndefined()
      expect(await rawQuarantine()).toStrictEqual([
        { quarantinedAt: expect.any(String), origin: 'drafts/current', reason, record },
      ])
    },
  )

  it('moves a draft whose answers cannot be read to quarantine, with the assessment reader’s reason', async () => {
    const record = {
      schemaVersion: 1,
      savedAt: '2026-03-02T09:41:13.000Z',
      assessment: { ...draft, answers: 'broken' },
    }
    await createVersion1Database({ current: record })

    expect(await loadDraft()).toMatchObject({ status: 'unreadable' })
    const [entry] = await rawQuarantine()
    expect(entry).toStrictEqual({
      quarantinedAt: expect.any(String),
      origin: 'drafts/current',
      reason: expect.stringMatching(/^assessment\.answers/),
      record,
    })
  })

  it('tells the draft store the draft was set aside, and lets it start a new one', async () => {
    await createVersion1Database({ current: 'garbage' })
    pinia = createPinia()
    setActivePinia(pinia)
    const store = useDraftStore()

    await store.load()
    expect(store.loadProblem).toStrictEqual({ kind: 'unreadable', reason: 'record: expected an object' })
    await store.start()
    expect(store.loadProblem).toBeNull()
  })

  it('drops the notice once a new draft is saved, even if that draft is deleted later', async () => {
    await createVersion1Database({ current: 'garbage' })
    await saveDraft(draft, new Date('2026-03-03T10:00:00.000Z'))
    await deleteAssessment(draft.id)
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
  })

  it('does not bring the notice back after the person discarded the draft', async () => {
    await createVersion1Database({ current: 'garbage' })
    await discardDraft()
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
  })

  it('keeps what version 1 had already set aside', async () => {
    const older = {
      quarantinedAt: '2026-01-01T00:00:00.000Z',
      origin: 'drafts/current',
      reason: 'old',
      record: 'older',
    }
    await createVersion1Database({ current: version1Record(draft, new Date('2026-03-02T09:41:13.000Z')) }, [
      older,
    ])

    expect((await loadDraft()).status).toBe('loaded')
    expect(await rawQuarantine()).toStrictEqual([older])
  })

  it('opens an empty version-1 database with no draft', async () => {
    await createVersion1Database({})
    expect(await loadDraft()).toStrictEqual({ status: 'empty' })
    expect(await quarantineCount()).toBe(0)
  })
})
