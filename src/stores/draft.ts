/**
 * The assessment being filled in (the current draft), or a finished one opened to look at. Thin:
 * it holds the current value, calls the domain to change it and the persistence layer to save
 * it at once, and tells the UI how saving went.
 *
 * API for the history and home page: `start(prefill?)` begins a new draft (the previous one stays
 * stored), `open(id)` makes a stored assessment current (a finished one stays finished until
 * an answer is changed), `finish()` marks the current one finished and leaves no current draft,
 * `adopt(imported)` stores an imported assessment as a new one and makes it current, `discard()`
 * deletes only the current draft. None of them deletes another assessment.
 *
 * Two tabs on one assessment: the store remembers which questions, actions and fields it changed
 * since its last save (`pending`); a save writes only those over the stored record and returns
 * the merged result, and when another tab saved, this tab reads the record back and puts its
 * own unsaved changes on top.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import { createAssessment, withActionStatus, withAnswer, withTitle } from '@/domain/assessment/assessment'
import {
  NO_CHANGES,
  applyChanges,
  hasChanges,
  sameContent,
  unionChanges,
  type LocalChanges,
} from '@/domain/assessment/changes'
import type { ActionKey, ActionStatus, Answer, Assessment } from '@/domain/assessment/types'
import type { MigrationReport } from '@/domain/history/migrate'
import { withConfirmed } from '@/domain/history/next-year'
import { announceDraftChanged, onDraftChangedElsewhere } from '@/persistence/draft-channel'
import type { DraftLoad } from '@/persistence/drafts'
import type { AssessmentRecord, AssessmentStatus } from '@/persistence/records'
import type { StorageProblem } from '@/persistence/storage-error'
import { toStorageError } from '@/persistence/storage-error'

/**
 * The storage layer (IndexedDB through idb, and the schema reader every stored record goes
 * through), loaded on demand: the home page shows what the tool is and how to start without
 * waiting for it, and the draft appears as soon as it is read. The import is cached after the
 * first call.
 */
function drafts() {
  return import('@/persistence/drafts')
}

/** A read of storage; a storage layer that could not even be loaded is storage unavailable. */
async function readStorage(read: (storage: Awaited<ReturnType<typeof drafts>>) => Promise<DraftLoad>) {
  try {
    return await read(await drafts())
  } catch {
    return { status: 'unavailable', problem: 'unknown' } satisfies DraftLoad
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
  /** The stored status of the assessment shown: a finished one opened to look at stays finished until edited. */
  const status = ref<AssessmentStatus | null>(null)
  const loadState = ref<LoadState>('idle')
  const loadProblem = ref<LoadProblem | null>(null)
  const saveState = ref<SaveState>('idle')
  const saveProblem = ref<StorageProblem | null>(null)
  /** The last save that failed was an import's: the imported assessment is only on screen. */
  const importUnsaved = ref(false)
  /** When the assessment shown was last saved (ISO); null while nothing of it is stored. */
  const savedAt = ref<string | null>(null)
  /** The assessment on screen was just refreshed with changes made in another tab. */
  const updatedElsewhere = ref(false)
  const migration = shallowRef<DraftMigration | null>(null)

  const answers = computed(() => assessment.value?.answers ?? {})

  /** What changed on screen since the last successful save: only that is written (see drafts.ts). */
  let pending: LocalChanges = NO_CHANGES

  // Saves and reads run one after another, so an older save can never land after a newer one,
  // and a read from another tab's announcement sees this tab's saves before it.
  let queue: Promise<unknown> = Promise.resolve()
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task)
    queue = run.catch(() => undefined)
    return run
  }

  /** Shows a stored record as it is, with nothing left to save. */
  function show(record: AssessmentRecord) {
    if (migration.value?.assessmentId !== record.id) migration.value = null
    assessment.value = record.assessment
    status.value = record.status
    savedAt.value = record.updatedAt
    saveState.value = 'saved'
    saveProblem.value = null
    pending = NO_CHANGES
  }

  /** Shows nothing: no current assessment. */
  function clear() {
    assessment.value = null
    status.value = null
    migration.value = null
    savedAt.value = null
    saveState.value = 'idle'
    saveProblem.value = null
    updatedElsewhere.value = false
    pending = NO_CHANGES
  }

  /** Takes in a record saved (by this tab or another) under the one shown, keeping what is not saved yet. */
  function takeIn(record: AssessmentRecord, elsewhere: boolean) {
    const shown = assessment.value
    if (!shown || shown.id !== record.id) return
    const next = applyChanges(record.assessment, shown, pending)
    // Only a change the person can see is worth telling them about, or redrawing the page for.
    if (!sameContent(shown, next)) {
      updatedElsewhere.value = true
      assessment.value = next
    } else if (!elsewhere) updatedElsewhere.value = false
    status.value = hasChanges(pending) ? status.value : record.status
    savedAt.value = record.updatedAt
  }

  function failed(error: unknown) {
    saveState.value = 'failed'
    saveProblem.value = toStorageError(error).problem
  }

  /** Writes what changed on screen since the last save (nothing when nothing did). */
  async function flush() {
    const local = assessment.value
    if (!local || !hasChanges(pending)) return
    const changes = pending
    pending = NO_CHANGES
    try {
      const record = await (
        await drafts()
      ).saveDraft(local, new Date(), changes, { status: status.value ?? 'draft', current: true })
      announceDraftChanged(record.id)
      if (assessment.value?.id !== record.id) return
      takeIn(record, false)
      if (!hasChanges(pending)) {
        saveState.value = 'saved'
        saveProblem.value = null
        importUnsaved.value = false
      }
    } catch (error) {
      // Kept to be written with the next save; the notice offers to download them meanwhile.
      // (Unless another assessment was put on screen meanwhile: these changes were not its.)
      if (assessment.value?.id === local.id) pending = unionChanges(changes, pending)
      failed(error)
    }
  }

  function persist(changes: LocalChanges) {
    pending = unionChanges(pending, changes)
    saveState.value = 'saving'
    return enqueue(flush)
  }

  /** Gives the assessment a title (blank: listed under the organisation's name again) and saves at once. */
  function setTitle(title: string) {
    if (!assessment.value) return Promise.resolve()
    assessment.value = withTitle(assessment.value, title, new Date())
    return persist({ ...NO_CHANGES, fields: new Set(['title'] as const) })
  }

  /** Tries again to write what is not saved yet (after the person freed some space, say). */
  function retrySave() {
    if (!assessment.value || !hasChanges(pending)) return Promise.resolve()
    return persist(NO_CHANGES)
  }

  /** Takes in what another tab saved (after this tab's own pending saves). */
  async function refreshFromStorage(changedId: string | undefined) {
    const shown = assessment.value
    if (shown && changedId !== undefined && changedId !== shown.id) return
    const result = await readStorage((storage) =>
      shown ? storage.loadAssessment(shown.id) : storage.loadDraft(),
    )
    if (assessment.value?.id !== shown?.id) return
    if (result.status === 'loaded') {
      if (!shown) {
        show(result.record)
        updatedElsewhere.value = true
      } else takeIn(result.record, true)
    } else if (result.status === 'empty' && shown && !hasChanges(pending)) {
      // Discarded in another tab, and nothing here that is not stored: follow it.
      clear()
    }
  }

  const stopListening = onDraftChangedElsewhere((id) => {
    if (loadState.value !== 'ready') return
    void enqueue(() => refreshFromStorage(id))
  })
  // In the app the store lives as long as the page; a disposed store (a test's Pinia, a hot
  // reload) must not keep refreshing, nor pile listeners up on the shared channel.
  onScopeDispose(stopListening)

  let loading: Promise<void> | undefined
  /**
   * Reads the stored draft once per page load; every call resolves once it is read (the home
   * page's list waits for it before dropping untouched drafts, so the current one is known).
   */
  function load(): Promise<void> {
    loading ??= loadState.value === 'idle' ? read() : Promise.resolve()
    return loading
  }

  async function read() {
    loadState.value = 'loading'
    const result = await readStorage((storage) => storage.loadDraft())
    switch (result.status) {
      case 'loaded':
        show(result.record)
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

  /** Puts a new or replaced assessment on screen, to be saved whole. */
  function replace(next: Assessment) {
    assessment.value = next
    status.value = 'draft'
    migration.value = null
    savedAt.value = null
    updatedElsewhere.value = false
    importUnsaved.value = false
    if (loadProblem.value?.kind === 'unreadable') loadProblem.value = null
  }

  /**
   * Starts a new draft and makes it current; the previous one stays stored. `prefill` (say, last
   * year's answers) gives its questionnaire version, answers and marks, under a new id and today's
   * dates, so the assessment it came from is never overwritten. Resolves to whether it was saved.
   */
  async function start(prefill?: Assessment): Promise<boolean> {
    // The registry (both question banks) loads on demand: the home page's first load stays light.
    const { latestQuestionnaire } = await import('@/domain/registry')
    const fresh = createAssessment(latestQuestionnaire, newId(), new Date())
    replace(
      prefill ? { ...prefill, id: fresh.id, createdAt: fresh.createdAt, updatedAt: fresh.updatedAt } : fresh,
    )
    pending = NO_CHANGES
    await persist({ ...NO_CHANGES, whole: true })
    return saveState.value === 'saved'
  }

  /**
   * Makes a stored assessment the current one (after this tab's pending saves). False when there
   * is none under `id` or it cannot be read (then set aside, and said as for a corrupt draft).
   */
  function open(id: string): Promise<boolean> {
    return enqueue(async () => {
      const result = await readStorage((storage) => storage.openDraft(id))
      if (result.status === 'unreadable') loadProblem.value = { kind: 'unreadable', reason: result.reason }
      if (result.status !== 'loaded') return false
      show(result.record)
      updatedElsewhere.value = false
      announceDraftChanged()
      return true
    })
  }

  /**
   * Marks the current assessment finished (with any change not yet saved) and leaves no current
   * draft; the record keeps its name. Resolves to whether it was saved (if not, it stays on screen).
   */
  function finish(): Promise<boolean> {
    return enqueue(async () => {
      const local = assessment.value
      if (!local) return false
      try {
        const record = await (
          await drafts()
        ).saveDraft(local, new Date(), pending, { status: 'finished', current: false })
        announceDraftChanged(record.id)
        if (assessment.value?.id === record.id) clear()
        return true
      } catch (error) {
        failed(error)
        return false
      }
    })
  }

  /**
   * Stores an assessment read from a file (already checked) as a new one and makes it current;
   * never replaces another (an id already stored gets a new one). Resolves to whether it was
   * saved: if not, it stays on screen, unsaved, and `importUnsaved` says so.
   */
  async function adopt(imported: Assessment): Promise<boolean> {
    replace(imported)
    pending = NO_CHANGES
    saveState.value = 'saving'
    return enqueue(async () => {
      try {
        const record = await (await drafts()).addImported(imported, newId(), new Date())
        announceDraftChanged(record.id)
        if (assessment.value === imported) show(record)
        return true
      } catch (error) {
        if (assessment.value === imported) {
          pending = { ...NO_CHANGES, whole: true }
          importUnsaved.value = true
        }
        failed(error)
        return false
      }
    })
  }

  /**
   * Sets (or clears, with undefined) one answer and saves at once; a finished assessment becomes a
   * draft again. On next year's draft, a changed answer no longer awaits confirmation.
   */
  function setAnswer(questionId: string, answer: Answer | undefined) {
    if (!assessment.value) return Promise.resolve()
    const now = new Date()
    const answered = withAnswer(assessment.value, questionId, answer, now)
    const next = withConfirmed(answered, [questionId], now)
    assessment.value = next
    status.value = 'draft'
    const fields = next === answered ? NO_CHANGES.fields : new Set(['confirmed'] as const)
    return persist({ ...NO_CHANGES, answers: new Set([questionId]), fields })
  }

  /** Confirms carried-over answers as still true (next year's draft) and saves at once; scores are unchanged. */
  function confirm(questionIds: readonly string[]) {
    if (!assessment.value) return Promise.resolve()
    const next = withConfirmed(assessment.value, questionIds, new Date())
    if (next === assessment.value) return Promise.resolve()
    assessment.value = next
    return persist({ ...NO_CHANGES, fields: new Set(['confirmed'] as const) })
  }

  /**
   * Marks one plan action (or clears its mark, with null), with an optional note, and saves at
   * once. Following the plan does not reopen a finished assessment: its answers are unchanged.
   */
  function setActionStatus(key: ActionKey, actionStatus: ActionStatus | null, note?: string) {
    if (!assessment.value) return Promise.resolve()
    assessment.value = withActionStatus(assessment.value, key, actionStatus, note, new Date())
    return persist({ ...NO_CHANGES, actions: new Set([key]) })
  }

  /**
   * Moves a version-1 draft to version 2 (the domain's migration), saves it and keeps the report;
   * null when there is nothing to migrate or the draft changed meanwhile.
   */
  async function migrate(): Promise<MigrationReport | null> {
    const current = assessment.value
    if (!current) return null
    const { isVersion1, loadContent } = await import('@/domain/registry')
    if (!isVersion1(current)) return null
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
    await persist({ ...NO_CHANGES, whole: true })
    return report
  }

  /** The person has read what is new: stop showing it. */
  function dismissMigration() {
    migration.value = null
  }

  /** Erases the current draft from this device (never a finished assessment, nor any other). */
  async function discard() {
    clear()
    importUnsaved.value = false
    await enqueue(() =>
      drafts()
        .then((storage) => storage.discardDraft())
        .then(
          () => announceDraftChanged(),
          () => undefined,
        ),
    )
  }

  return {
    assessment,
    status,
    answers,
    loadState,
    loadProblem,
    saveState,
    saveProblem,
    importUnsaved,
    savedAt,
    updatedElsewhere,
    migration,
    load,
    start,
    open,
    finish,
    adopt,
    setAnswer,
    confirm,
    setActionStatus,
    retrySave,
    setTitle,
    migrate,
    dismissMigration,
    discard,
  }
})
