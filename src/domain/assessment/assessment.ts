import type { ActionKey, ActionStatus, Answer, Assessment } from './types'
import { ACTION_NOTE_MAX, TITLE_MAX } from './types'

/** A new, empty assessment answered against the given questionnaire version. */
export function createAssessment(
  questionnaire: { id: string; version: number },
  id: string,
  now: Date,
): Assessment {
  const at = now.toISOString()
  return {
    id,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    createdAt: at,
    updatedAt: at,
    answers: {},
  }
}

/** The assessment with one answer set (or removed when `answer` is undefined); never mutates. */
export function withAnswer(
  assessment: Assessment,
  questionId: string,
  answer: Answer | undefined,
  now: Date,
): Assessment {
  const answers = { ...assessment.answers }
  if (answer === undefined) delete answers[questionId]
  else answers[questionId] = answer
  return { ...assessment, answers, updatedAt: now.toISOString() }
}

/**
 * The assessment with one plan action marked (or its mark removed when `status` is null); never
 * mutates. A blank note is dropped, a long one cut to ACTION_NOTE_MAX so the file stays readable.
 */
export function withActionStatus(
  assessment: Assessment,
  key: ActionKey,
  status: ActionStatus | null,
  note: string | undefined,
  now: Date,
): Assessment {
  const at = now.toISOString()
  const actions = { ...assessment.actions }
  if (status === null) delete actions[key]
  else {
    const kept = note?.trim() ? note.slice(0, ACTION_NOTE_MAX) : undefined
    actions[key] = kept === undefined ? { status, updatedAt: at } : { status, note: kept, updatedAt: at }
  }
  const next: Assessment = { ...assessment, actions, updatedAt: at }
  // No empty object left behind: an assessment never marked and one whose marks were all cleared read the same.
  if (!Object.keys(actions).length) delete next.actions
  return next
}

/**
 * The assessment with its title set, or removed when `title` is blank (it is then listed under
 * the organisation's name); trimmed and cut to TITLE_MAX; never mutates.
 */
export function withTitle(assessment: Assessment, title: string, now: Date): Assessment {
  const kept = title.trim().slice(0, TITLE_MAX).trim()
  const next: Assessment = { ...assessment, updatedAt: now.toISOString() }
  if (kept) next.title = kept
  else delete next.title
  return next
}

/** Whether nothing was ever entered: no answer, no mark, no title (such a draft loses nothing when dropped). */
export function isUntouched(assessment: Assessment): boolean {
  return (
    !Object.keys(assessment.answers).length &&
    !Object.keys(assessment.actions ?? {}).length &&
    assessment.title === undefined
  )
}
