/**
 * Assessments made from another one: "next year's from this one" and a plain duplicate. Pure:
 * the caller gives the new id and the time.
 *
 * What "to confirm" means for next year's: the tools, their follow-ups (criticality, data, exit,
 * keys, stance), the values and the practices are carried over as they were answered, since
 * most of them change slowly and retyping them is what makes people give up; the profile's
 * dated facts (staff, volunteers, budget, who answers) are cleared, since a year later they are
 * likely wrong and nothing on screen would show it; the plan's marks are not carried (they
 * belong to last year's plan, which the comparison reads from last year's assessment). The new
 * assessment names the old one in `basedOn`, so the wizard can say "carried over from <date>:
 * confirm these".
 *
 * Where "confirmed" lives: a list of question ids on the assessment (`confirmed`), saved with it.
 * It cannot be derived from the answers: an answer that is still true is, by definition,
 * unchanged, and the earlier assessment may since have been deleted or be on another device, so
 * nothing left to compare with. An answer changed in the new draft counts as confirmed (the
 * person looked at it). The list only grows, which is also what lets two tabs merge it by union
 * (changes.ts). Scores never read it.
 */
import type { Answers, Assessment } from '../assessment/types'

/** Profile questions whose answers describe one year and are asked again rather than carried over. */
export const DATED_PROFILE_QUESTIONS = [
  'profile.staff',
  'profile.volunteers',
  'profile.budget',
  'profile.role',
] as const

/** A new draft for the following year: `previous`'s answers without its dated facts, its marks or its title. */
export function nextYearFrom(previous: Assessment, id: string, now: Date): Assessment {
  const answers: Record<string, Answers[string]> = { ...previous.answers }
  for (const question of DATED_PROFILE_QUESTIONS) delete answers[question]
  const at = now.toISOString()
  return {
    id,
    questionnaireId: previous.questionnaireId,
    questionnaireVersion: previous.questionnaireVersion,
    createdAt: at,
    updatedAt: at,
    answers,
    basedOn: { id: previous.id, createdAt: previous.createdAt },
  }
}

/** Whether `questionId`'s answer was carried over from `basedOn` and not yet confirmed or changed. */
export function awaitsConfirmation(
  assessment: Pick<Assessment, 'basedOn' | 'answers' | 'confirmed'>,
  questionId: string,
): boolean {
  return (
    assessment.basedOn !== undefined &&
    assessment.answers[questionId] !== undefined &&
    !(assessment.confirmed ?? []).includes(questionId)
  )
}

/**
 * The assessment with these questions' answers confirmed; never mutates. Unchanged (the same
 * object) when it was not carried over or every id is already confirmed, so nothing is saved.
 */
export function withConfirmed(assessment: Assessment, questionIds: readonly string[], now: Date): Assessment {
  if (assessment.basedOn === undefined) return assessment
  const known = assessment.confirmed ?? []
  const added = [...new Set(questionIds)].filter((id) => !known.includes(id))
  if (!added.length) return assessment
  return { ...assessment, confirmed: [...known, ...added], updatedAt: now.toISOString() }
}

/** A copy under a new id and the given title, otherwise identical (answers, marks, dates, origin). */
export function duplicateOf(original: Assessment, id: string, title: string): Assessment {
  // A deep copy: an assessment is JSON (the export format), and the copy must share nothing.
  const copy = JSON.parse(JSON.stringify(original)) as Assessment
  return { ...copy, id, title }
}
