/**
 * Files leave the device only when someone downloads them: one assessment (docs/format.md) or
 * the whole history as a backup. One helper for every download button. The file formats load
 * on demand: the home page offers downloads without carrying the schemas on its first load.
 */
import type { Assessment } from '@/domain/assessment/types'
import type { BackupEntry } from '@/domain/history/backup'
import { organisationName } from '@/domain/questionnaire/organisation'

/** Saves a blob as a file named `fileName` through the browser's download (the map's PNG, the report, JSON files). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  URL.revokeObjectURL(url)
}

function downloadJson(name: string, text: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), name)
}

/** Downloads one assessment as an assessment file. */
export async function downloadAssessment(assessment: Assessment): Promise<void> {
  const { downloadFileName, serialiseAssessmentFile, toAssessmentFile } =
    await import('@/domain/assessment/file')
  const now = new Date()
  downloadJson(
    downloadFileName(organisationName(assessment.answers), now),
    serialiseAssessmentFile(toAssessmentFile(assessment, now)),
  )
}

/** Downloads assessments with their record fields as one backup file, named `<prefix>-<date>.json`. */
export async function downloadBackup(entries: readonly BackupEntry[], prefix: string): Promise<void> {
  const [{ serialiseBackupFile, toBackupFile }, { datedFileName }] = await Promise.all([
    import('@/domain/history/backup'),
    import('@/domain/assessment/file'),
  ])
  const now = new Date()
  downloadJson(datedFileName(prefix, now), serialiseBackupFile(toBackupFile(entries, now)))
}
