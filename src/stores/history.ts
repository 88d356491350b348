/**
 * Every assessment on the device, for the home page's list: drafts and finished ones, with the
 * actions on each (rename, duplicate, delete with undo, next year's) and imports that never
 * silently replace. Thin: the domain builds the assessments and reads the files, the
 * persistence layer stores them. The current draft is the draft store's: a change to it goes
 * through that store, so the draft on screen and the stored one never disagree.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { isUntouched, withTitle } from '@/domain/assessment/assessment'
import type { Assessment } from '@/domain/assessment/types'
import { randomToken } from '@/domain/assessment/types'
import type { ConflictChoice, Existing, ImportEntry, ReadImport } from '@/domain/history/backup'
import type { HistorySummary } from '@/domain/history/summary'
import type { AssessmentRecord } from '@/persistence/records'
import { StorageError, type StorageProblem } from '@/persistence/storage-error'
import { useDraftStore } from './draft'

/** The storage layer, loaded on demand as the draft store does (the home page shows before it). */
function storage() {
  return import('@/persistence/assessments')
}

/** How long a deleted assessment can be brought back. */
export const UNDO_MS = 10_000

export type HistoryLoadState = 'idle' | 'loading' | 'ready'

/** A file read and checked, and what is already on the device under its ids. */
export interface PendingImport {
  kind: 'assessment' | 'backup'
  entries: ImportEntry[]
  /** Records on the device whose id the file uses with other content: the person must choose. */
  conflicts: AssessmentRecord[]
  /** Entries already on the device exactly as in the file. */
  identical: number
}

export interface ImportOutcome {
  kind: 'assessment' | 'backup'
  /** The records stored, copies under their new ids. */
  stored: AssessmentRecord[]
  identical: number
}

/** Resolves once the browser has painted what is on screen; at once where nothing paints (Node). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve()
    requestAnimationFrame(() => setTimeout(resolve))
  })
}

function summaryKey(record: AssessmentRecord): string {
  return `${record.id}@${record.updatedAt}`
}

export const useHistoryStore = defineStore('history', () => {
  const records = shallowRef<AssessmentRecord[]>([])
  const loadState = ref<HistoryLoadState>('idle')
  const problem = ref<StorageProblem | null>(null)
  /** Level and key numbers of finished assessments, by id and saving date, filled in after the list shows. */
  const summaries = shallowRef<ReadonlyMap<string, HistorySummary>>(new Map())
  /** The assessment deleted last, while it can still be brought back. */
  const deleted = shallowRef<AssessmentRecord | null>(null)
  let undoTimer: ReturnType<typeof setTimeout> | undefined
  // The scoring under way after the last load (tests wait for it; the page never needs to).
  let scoring: Promise<void> = Promise.resolve()

  async function guard<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await action()
      problem.value = null
      return value
    } catch (error) {
      problem.value = error instanceof StorageError ? error.problem : 'unknown'
      return undefined
    }
  }

  /**
   * Reads the list again (every visit to the home page: another tab or the wizard may have
   * changed it). A draft nobody ever touched is left out, and deleted unless it is the one open
   * in this tab: it holds nothing, and an "unnamed organisation · 0 %" line would only be noise.
   */
  async function load() {
    if (loadState.value === 'idle') loadState.value = 'loading'
    const draft = useDraftStore()
    await guard(async () => {
      const { deleteAssessment, listAssessments } = await storage()
      // The list shows after the shape of each record is read; the content checks follow at once
      // (checkListed), before anything listed is scored, and what fails them leaves the list for
      // quarantine. Opening a record always reads it in full (npm run bench: history200Ms).
      // Read side by side with the draft, which must be known before untouched drafts go.
      const [all] = await Promise.all([listAssessments('shape'), draft.load()])
      const untouched = all.filter((r) => r.status === 'draft' && isUntouched(r.assessment))
      // The draft open in this tab may have been started a moment ago and be about to get its
      // first answer: it is hidden, not deleted (it goes at a later load, once another is current).
      for (const record of untouched) {
        if (draft.assessment?.id !== record.id) await deleteAssessment(record.id)
      }
      records.value = all.filter((r) => !untouched.includes(r))
    })
    loadState.value = 'ready'
    // The list is painted before the checks and the scoring load their code and read every record.
    scoring = scoring.then(afterPaint).then(checkListed).then(scoreFinished)
  }

  /** Sets aside the listed records the import's content checks refuse, and drops them from the list. */
  async function checkListed() {
    await guard(async () => {
      const { setAsideUnreadable } = await storage()
      const gone = await setAsideUnreadable(records.value)
      if (gone.size) records.value = records.value.filter((r) => !gone.has(r.id))
    })
  }

  /** Resolves once the finished assessments listed at the last load are scored. */
  function scored(): Promise<void> {
    return scoring
  }

  /**
   * Scores the finished assessments not scored yet, a few at a time so the page stays responsive;
   * the scoring code and catalogues load only now, after the list is on screen.
   */
  async function scoreFinished() {
    const pending = records.value.filter(
      (r) => r.status === 'finished' && !summaries.value.has(summaryKey(r)),
    )
    if (!pending.length) return
    const [{ loadContent }, { scoreAssessment }, { summaryOf }] = await Promise.all([
      import('@/domain/registry'),
      import('@/domain/scoring'),
      import('@/domain/history/summary'),
    ])
    const next = new Map(summaries.value)
    for (const [index, record] of pending.entries()) {
      const content = await loadContent(record.questionnaireVersion)
      if (content) next.set(summaryKey(record), summaryOf(scoreAssessment(content, record.assessment)))
      if (index % 10 === 9) {
        summaries.value = new Map(next)
        await new Promise((resolve) => setTimeout(resolve))
      }
    }
    summaries.value = next
  }

  function summaryOf(record: AssessmentRecord): HistorySummary | undefined {
    return summaries.value.get(summaryKey(record))
  }

  function find(id: string): AssessmentRecord | undefined {
    return records.value.find((r) => r.id === id)
  }

  /** Stores a changed assessment under its record's status (through the draft store if it is the current draft). */
  async function save(record: AssessmentRecord, assessment: Assessment) {
    const draft = useDraftStore()
    if (draft.assessment?.id === record.id) {
      await draft.setTitle(assessment.title ?? '')
      return
    }
    const [{ putAssessment }, { toRecord }] = await Promise.all([storage(), import('@/persistence/records')])
    await putAssessment(toRecord(assessment, record.status, new Date()))
  }

  /** Gives an assessment a title (a blank one goes back to the organisation's name). */
  async function rename(id: string, title: string) {
    const record = find(id)
    if (!record) return
    await guard(() => save(record, withTitle(record.assessment, title, new Date())))
    await load()
  }

  /** Stores a copy of an assessment under a new id and `title`; returns the copy's id. */
  async function duplicate(id: string, title: string): Promise<string | undefined> {
    const record = find(id)
    if (!record) return undefined
    const [{ duplicateOf }, { putAssessment }, { toRecord }] = await Promise.all([
      import('@/domain/history/next-year'),
      storage(),
      import('@/persistence/records'),
    ])
    const copy = duplicateOf(record.assessment, randomToken(), title)
    const done = await guard(async () => {
      await putAssessment(toRecord(copy, record.status, new Date()))
      return true
    })
    await load()
    return done === undefined ? undefined : copy.id
  }

  /**
   * Stores next year's draft from an assessment (answers carried over, dated facts cleared: see
   * next-year.ts); returns its id for the caller to open.
   */
  async function startNextYear(id: string): Promise<string | undefined> {
    const record = find(id)
    if (!record) return undefined
    const [{ nextYearFrom }, { putAssessment }, { toRecord }] = await Promise.all([
      import('@/domain/history/next-year'),
      storage(),
      import('@/persistence/records'),
    ])
    const now = new Date()
    const next = nextYearFrom(record.assessment, randomToken(), now)
    const done = await guard(async () => {
      await putAssessment(toRecord(next, 'draft', now))
      return true
    })
    return done === undefined ? undefined : next.id
  }

  function forgetDeleted() {
    clearTimeout(undoTimer)
    deleted.value = null
  }

  /** Deletes an assessment; it can be brought back with undoDelete for UNDO_MS. */
  async function remove(id: string) {
    const record = find(id)
    if (!record) return
    const draft = useDraftStore()
    const done = await guard(async () => {
      if (draft.assessment?.id === id) await draft.discard()
      await (await storage()).deleteAssessment(id)
      return true
    })
    if (done) {
      forgetDeleted()
      deleted.value = record
      undoTimer = setTimeout(forgetDeleted, UNDO_MS)
    }
    await load()
  }

  /** Puts the assessment deleted last back, exactly as it was. */
  async function undoDelete() {
    const record = deleted.value
    if (!record) return
    forgetDeleted()
    await guard(async () => (await storage()).putAssessment(record))
    await load()
  }

  /** Reads a file to import (never throws; nothing is stored). */
  async function readImport(text: string): Promise<ReadImport> {
    const { readImportText } = await import('@/domain/history/backup')
    return readImportText(text)
  }

  /** What is on the device under the file's ids, so the person can be asked before anything is stored. */
  async function prepareImport(read: ReadImport & { ok: true }): Promise<PendingImport | undefined> {
    return guard(async () => {
      const found = await (await storage()).existingFor(read.entries)
      const conflicts = [...found.values()].filter((f) => f.existing === 'different').map((f) => f.record)
      return {
        kind: read.kind,
        entries: read.entries,
        conflicts,
        identical: found.size - conflicts.length,
      }
    })
  }

  /**
   * Stores an import (all of it or nothing). `choice` says what to do with entries whose id is
   * already used by another record; `copyTitle` names a copy. Undefined when storing failed
   * (nothing changed; `problem` says why).
   */
  async function commitImport(
    pending: PendingImport,
    choice: ConflictChoice,
    copyTitle: (assessment: Assessment) => string,
  ): Promise<ImportOutcome | undefined> {
    const [{ planImport }, { duplicateOf }, store] = await Promise.all([
      import('@/domain/history/backup'),
      import('@/domain/history/next-year'),
      storage(),
    ])
    // Found again rather than trusted from before the question was asked (another tab may have
    // changed the list meanwhile); storeImport refuses anything that would still replace by surprise.
    const existing = new Map<string, Existing>()
    for (const [id, found] of await store.existingFor(pending.entries)) existing.set(id, found.existing)
    const plan = planImport(pending.entries, existing, choice, (a) =>
      duplicateOf(a, randomToken(), copyTitle(a)),
    )
    const now = new Date()
    const stored = plan.store.map((entry) => store.recordOfImport(entry, now))
    const done = await guard(async () => {
      // Only what the person saw listed (and could download) may be replaced.
      const allowed = new Set([...plan.replace].filter((id) => pending.conflicts.some((r) => r.id === id)))
      await store.storeImport(stored, allowed)
      return true
    })
    await load()
    return done ? { kind: pending.kind, stored, identical: plan.identical } : undefined
  }

  return {
    records,
    loadState,
    problem,
    summaries,
    deleted,
    load,
    summaryOf,
    scored,
    rename,
    duplicate,
    startNextYear,
    remove,
    undoDelete,
    readImport,
    prepareImport,
    commitImport,
  }
})
