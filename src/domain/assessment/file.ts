/**
 * The exported assessment file: what the app downloads, what the command line scores and what
 * `examples/` holds. Documented in docs/format.md.
 */
import * as v from 'valibot'
import { issueProblems, type ReadProblem } from '../read-problem'
import { TIMESTAMP_SCHEMA, object } from '../schemas'
import { InvalidAssessmentError, readAssessmentData } from './parse'
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

// The envelope is read in steps, each with its own kind: a file of another format or of a newer
// version is told apart before its fields are judged, since its fields may legitimately differ.
const EnvelopeSchema = object({ exportedAt: TIMESTAMP_SCHEMA })

export type ReadAssessmentFile = { ok: true; assessment: Assessment } | { ok: false; problems: ReadProblem[] }

/** Reads an exported file's text: notJson, otherFormat, newerVersion, or the fields' problems. */
export function readAssessmentFile(text: string): ReadAssessmentFile {
  const refuse = (problem: ReadProblem): ReadAssessmentFile => ({ ok: false, problems: [problem] })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return refuse({
      kind: 'notJson',
      path: '',
      detail: error instanceof Error ? error.message : String(error),
    })
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse({ kind: 'otherFormat', path: '', detail: 'expected a JSON object' })
  }
  const raw = data as Record<string, unknown>
  if (raw.format !== FILE_FORMAT) {
    return refuse({
      kind: 'otherFormat',
      path: 'format',
      detail: `format is ${JSON.stringify(raw.format) ?? 'missing'}, expected "${FILE_FORMAT}"`,
    })
  }
  const version = raw.formatVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > FILE_FORMAT_VERSION) {
    return refuse({
      kind: 'newerVersion',
      path: 'formatVersion',
      detail: `format version ${version} is newer than this app's (${FILE_FORMAT_VERSION})`,
    })
  }
  if (version !== FILE_FORMAT_VERSION) {
    return refuse({
      kind: 'invalidField',
      path: 'formatVersion',
      detail: `unsupported version ${String(version)}, expected ${FILE_FORMAT_VERSION}`,
    })
  }
  const envelope = v.safeParse(EnvelopeSchema, raw)
  const read = readAssessmentData(raw.assessment)
  const problems = [
    ...(envelope.success ? [] : issueProblems('', envelope.issues)),
    ...(read.ok ? [] : read.problems),
  ]
  if (problems.length || !read.ok) return { ok: false, problems }
  return { ok: true, assessment: read.assessment }
}

/** Reads an exported file's text; throws InvalidAssessmentError naming the first problem. */
export function parseAssessmentFile(text: string): Assessment {
  const read = readAssessmentFile(text)
  if (read.ok) return read.assessment
  const first = read.problems[0]
  throw first
    ? new InvalidAssessmentError(first.path, first.detail, first.kind)
    : new InvalidAssessmentError('', 'unreadable')
}
