/**
 * The exported assessment file: what the app downloads, what the command line scores and what
 * `examples/` holds. Documented in docs/format.md.
 */
import { InvalidAssessmentError, parseAssessment } from './parse'
import type { Assessment } from './types'

export const FILE_FORMAT = 'autonomie-numerique.assessment'
export const FILE_FORMAT_VERSION = 1

export interface AssessmentFile {
  format: typeof FILE_FORMAT
  formatVersion: typeof FILE_FORMAT_VERSION
  exportedAt: string
  assessment: Assessment
}

/** Wraps an assessment for export. */
export function toAssessmentFile(assessment: Assessment, now: Date): AssessmentFile {
  return {
    format: FILE_FORMAT,
    formatVersion: FILE_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    assessment,
  }
}

/** Serialises an assessment file as readable JSON. */
export function serialiseAssessmentFile(file: AssessmentFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

/** Reads an exported file's text; throws InvalidAssessmentError naming what is wrong. */
export function parseAssessmentFile(text: string): Assessment {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new InvalidAssessmentError('file', 'not JSON')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidAssessmentError('file', 'expected a JSON object')
  }
  const raw = data as Record<string, unknown>
  if (raw.format !== FILE_FORMAT) {
    throw new InvalidAssessmentError('format', `expected "${FILE_FORMAT}" (this is not an assessment file)`)
  }
  if (raw.formatVersion !== FILE_FORMAT_VERSION) {
    throw new InvalidAssessmentError(
      'formatVersion',
      `unsupported version ${String(raw.formatVersion)}, expected ${FILE_FORMAT_VERSION}`,
    )
  }
  return parseAssessment(raw.assessment)
}
