/**
 * The assessment being filled in. Thin: it holds the current value, calls the domain to change
 * it and the persistence layer to save it at once, and tells the UI how saving went.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import { createAssessment, withActionStatus, withAnswer, withTitle } from '@/domain/assessment/assessment'
import type { ActionKey, ActionStatus, Answer, Assessment } from '@/domain/assessment/types'
import type { MigrationReport } from '@/domain/history/migrate'
import { isVersion1, latestQuestionnaire, loadContent } from '@/domain/registry'
import { announceDraftChanged, onDraftChangedElsewhere } from '@/persistence/draft-channel'
import type { DraftLoad } from '@/persistence/drafts'
import type { StorageProblem } from '@/persistence/storage-error'
import { StorageError } from '@/persistence/storage-error'

/**
 * The storage layer (IndexedDB through idb, and the schema reader every stored record goes
 * through), loaded on demand: the home page shows what the tool is and how to start without
 * waiting for it, and the draft appears as soon as it is read. The import is cached after the
 * first call.
 */
function drafts() {
  return import('@/persistence/drafts')
}

/** The stored draft; a storage layer that could not even be loaded is storage unavailable. */
async function readDraft(): Promise<DraftLoad> {
  try {
    return await (await drafts()).loadDraft()
  } catch {
    return { status: 'unavailable', problem: 'unknown' }
  }
}

export type LoadState = 'idle' | 'loading' | 'ready'
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'
/** What went wrong when reading the stored draft, if anything. */
export type LoadProblem =
  { kind: 'unreadable'; reason: string } | { kind: 'unavailable'; problem: StorageProblem }
/** The last migration of a draft to the latest questionnaire, kept so the screens can say what is new. */
export interface DraftMigration {
  assessmentId: string
  report: MigrationReport
}

function newId(): string {
  // randomUUID needs a secure context; 127.0.0.1 and https are, a file:// page may not be.
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

export const useDraftStore = defineStore('draft', () => {
  // shallowRef: the assessment is replaced as a whole on each change (the domain never mutates),
  // so no deep proxy ever reaches IndexedDB.
  const assessment = shallowRef<Assessment | null>(null)
  const loadState = ref<LoadState>('idle')
  const loadProblem = ref<LoadProblem | null>(null)
  const saveState = ref<SaveState>('idle')
  const saveProblem = ref<StorageProblem | null>(null)
  const savedAt = ref<string | null>(null)
  /** The draft on screen was just refreshed with changes made in another tab. */
  const updatedElsewhere = ref(false)
  const migration = shallowRef<DraftMigration | null>(null)

  const answers = computed(() => assessment.value?.answers ?? {})

  // Saves run one after another, so an older save can never land after a newer one.
  let queue: Promise<void> = Promise.resolve()

  function persist(next: Assessment) {
    saveState.value = 'saving'
    const at = new Date()
    queue = queue.then(async () => {
      try {
        await (await drafts()).saveDraft(next, at)
        announceDraftChanged()
        if (assessment.value === next) {
          saveState.value = 'saved'
          saveProblem.value = null
          savedAt.value = at.toISOString()
          updatedElsewhere.value = false
        }
      } catch (error) {
        saveState.value = 'failed'
        saveProblem.value = error instanceof StorageError ? error.problem : 'unknown'
      }
    })
    return queue
  }

  /** Takes in what another tab saved, after this tab's own pending saves. */
  async function refreshFromStorage() {
    const result = await readDraft()
    if (result.status === 'loaded') {
      if (migration.value?.assessmentId !== result.assessment.id) migration.value = null
      assessment.value = result.assessment
      savedAt.value = result.savedAt
      saveState.value = 'saved'
      updatedElsewhere.value = true
    } else if (result.status === 'empty') {
      assessment.value = null
      migration.value = null
      savedAt.value = null
      saveState.value = 'idle'
    }
  }

  const stopListening = onDraftChangedElsewhere(() => {
    if (loadState.value !== 'ready') return
    queue = queue.then(refreshFromStorage)
  })
  // In the app the store lives as long as the page; a disposed store (a test's Pinia, a hot
  // reload) must not keep refreshing, nor pile listeners up on the shared channel.
  onScopeDispose(stopListening)

  /** Reads the stored draft once per page load. */
  async function load() {
    if (loadState.value !== 'idle') return
    loadState.value = 'loading'
    const result = await readDraft()
    switch (result.status) {
      case 'loaded':
        assessment.value = result.assessment
        savedAt.value = result.savedAt
        saveState.value = 'saved'
        break
      case 'unreadable':
        loadProblem.value = { kind: 'unreadable', reason: result.reason }
        break
      case 'unavailable':
        loadProblem.value = { kind: 'unavailable', problem: result.problem }
        break
      case 'empty':
        break
    }
    loadState.value = 'ready'
  }

  /** Starts a new assessment, replacing the current one. */
  async function start() {
    const next = createAssessment(latestQuestionnaire, newId(), new Date())
    assessment.value = next
    migration.value = null
    if (loadProblem.value?.kind === 'unreadable') loadProblem.value = null
    await persist(next)
  }

  /** Replaces the current draft with an assessment read from a file (already checked). */
  async function adopt(imported: Assessment) {
    assessment.value = imported
    migration.value = null
    if (loadProblem.value?.kind === 'unreadable') loadProblem.value = null
    await persist(imported)
  }

  /** Sets (or clears, with undefined) one answer and saves at once. */
  function setAnswer(questionId: string, answer: Answer | undefined) {
    if (!assessment.value) return Promise.resolve()
    const next = withAnswer(assessment.value, questionId, answer, new Date())
    assessment.value = next
    return persist(next)
  }

  /** Marks one plan action (or clears its mark, with null), with an optional note, and saves at once. */
  function setActionStatus(key: ActionKey, status: ActionStatus | null, note?: string) {
    if (!assessment.value) return Promise.resolve()
    const next = withActionStatus(assessment.value, key, status, note, new Date())
    assessment.value = next
    return persist(next)
  }

  /**
   * Makes a stored assessment the one on screen. Stand-in until h16's store (which also names
   * it the current draft in storage) is merged: this one only reads it.
   */
  async function open(id: string) {
    await queue
    const read = await (await import('@/persistence/assessments')).getAssessment(id)
    if (read.status !== 'loaded') return
    assessment.value = read.record.assessment
    migration.value = null
    savedAt.value = read.record.updatedAt
    saveState.value = 'saved'
  }

  /** Gives the assessment a title (blank: listed under the organisation's name again) and saves at once. */
  function setTitle(title: string) {
    if (!assessment.value) return Promise.resolve()
    const next = withTitle(assessment.value, title, new Date())
    assessment.value = next
    return persist(next)
  }

  /**
   * Moves a version-1 draft to version 2 (the domain's migration), saves it and keeps the report;
   * null when there is nothing to migrate or the draft changed meanwhile.
   */
  async function migrate(): Promise<MigrationReport | null> {
    const current = assessment.value
    if (!current || !isVersion1(current)) return null
    // Loaded on demand, like the content it reads: the home page never needs it.
    const [{ migrateToV2 }, from, to] = await Promise.all([
      import('@/domain/history/migrate'),
      loadContent(current.questionnaireVersion),
      loadContent(2),
    ])
    if (!from || !to || assessment.value !== current) return null
    const { assessment: next, report } = migrateToV2(current, from, to)
    assessment.value = next
    migration.value = { assessmentId: next.id, report }
    await persist(next)
    return report
  }

  /** The person has read what is new: stop showing it. */
  function dismissMigration() {
    migration.value = null
  }

  /** Erases the current draft from this device. */
  async function discard() {
    assessment.value = null
    migration.value = null
    savedAt.value = null
    saveState.value = 'idle'
    await queue
    await drafts()
      .then((storage) => storage.discardDraft())
      .then(announceDraftChanged, () => undefined)
  }

  return {
    assessment,
    answers,
    loadState,
    loadProblem,
    saveState,
    saveProblem,
    savedAt,
    updatedElsewhere,
    migration,
    load,
    start,
    adopt,
    setAnswer,
    setActionStatus,
    setTitle,
    open,
    migrate,
    dismissMigration,
    discard,
  }
})
