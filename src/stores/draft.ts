/**
 * The assessment being filled in. Thin: it holds the current value, calls the domain to change
 * it and the persistence layer to save it at once, and tells the UI how saving went.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import { createAssessment, withAnswer } from '@/domain/assessment/assessment'
import type { Answer, Assessment } from '@/domain/assessment/types'
import { latestQuestionnaire } from '@/domain/registry'
import { discardDraft, loadDraft, saveDraft } from '@/persistence/drafts'
import { announceDraftChanged, onDraftChangedElsewhere } from '@/persistence/draft-channel'
import type { StorageProblem } from '@/persistence/storage-error'
import { StorageError } from '@/persistence/storage-error'

export type LoadState = 'idle' | 'loading' | 'ready'
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'
/** What went wrong when reading the stored draft, if anything. */
export type LoadProblem =
  { kind: 'unreadable'; reason: string } | { kind: 'unavailable'; problem: StorageProblem }

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

  const answers = computed(() => assessment.value?.answers ?? {})

  // Saves run one after another, so an older save can never land after a newer one.
  let queue: Promise<void> = Promise.resolve()

  function persist(next: Assessment) {
    saveState.value = 'saving'
    const at = new Date()
    queue = queue.then(async () => {
      try {
        await saveDraft(next, at)
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
    const result = await loadDraft()
    if (result.status === 'loaded') {
      assessment.value = result.assessment
      savedAt.value = result.savedAt
      saveState.value = 'saved'
      updatedElsewhere.value = true
    } else if (result.status === 'empty') {
      assessment.value = null
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
    const result = await loadDraft()
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
    if (loadProblem.value?.kind === 'unreadable') loadProblem.value = null
    await persist(next)
  }

  /** Replaces the current draft with an assessment read from a file (already checked). */
  async function adopt(imported: Assessment) {
    assessment.value = imported
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

  /** Erases the current draft from this device. */
  async function discard() {
    assessment.value = null
    savedAt.value = null
    saveState.value = 'idle'
    await queue
    await discardDraft().then(announceDraftChanged, () => undefined)
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
    load,
    start,
    adopt,
    setAnswer,
    discard,
  }
})
