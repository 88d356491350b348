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

/** A copy under a new id and the given title, otherwise identical (answers, marks, dates, origin). */
export function duplicateOf(original: Assessment, id: string, title: string): Assessment {
  // A deep copy: an assessment is JSON (the export format), and the copy must share nothing.
  const copy = JSON.parse(JSON.stringify(original)) as Assessment
  return { ...copy, id, title }
}
