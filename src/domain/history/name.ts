/** The name an assessment is listed under, wherever it is listed (storage's records, copies, files). */
import type { Assessment } from '../assessment/types'
import { organisationName } from '../questionnaire/organisation'

/** The title given to it, else the organisation's name, else "Diagnostic" and the year it was started. */
export function assessmentName(assessment: Assessment): string {
  return (
    assessment.title ??
    organisationName(assessment.answers) ??
    `Diagnostic ${new Date(assessment.createdAt).getUTCFullYear()}`
  )
}
