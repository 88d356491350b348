/**
 * Files leave the device only when someone downloads them: one assessment (docs/format.md) or
 * the whole history as a backup. One helper for every download button. The file formats load
 * on demand: the home page offers downloads without carrying the schemas on its first load.
 */
import type { Assessment } from '@/domain/assessment/types'
import type { BackupEntry } from '@/domain/history/backup'
import { organisationName } from '@/domain/questionnaire/bank'
import { foldText } from '@/domain/text'

function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Saves `text` as a JSON file named `name` through the browser's download. */
export function downloadJson(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}

/** `autonomie-<organisation>-<date>.json`, or `autonomie-diagnostic-…` for an unnamed organisation. */
export function assessmentFileName(assessment: Assessment, now: Date): string {
  const name = slug(organisationName(assessment.answers) ?? '') || 'diagnostic'
  return `autonomie-${name}-${now.toISOString().slice(0, 10)}.json`
}

/** Downloads one assessment as an assessment file. */
export async function downloadAssessment(assessment: Assessment): Promise<void> {
  const { serialiseAssessmentFile, toAssessmentFile } = await import('@/domain/assessment/file')
  const now = new Date()
  downloadJson(
    assessmentFileName(assessment, now),
    serialiseAssessmentFile(toAssessmentFile(assessment, now)),
  )
}

/** Downloads assessments with their record fields as one backup file. */
export async function downloadBackup(entries: readonly BackupEntry[]): Promise<void> {
  const { serialiseBackupFile, toBackupFile } = await import('@/domain/history/backup')
  const now = new Date()
  downloadJson(
    `autonomie-sauvegarde-${now.toISOString().slice(0, 10)}.json`,
    serialiseBackupFile(toBackupFile(entries, now)),
  )
}
