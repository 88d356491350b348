/**
 * The exported assessment file: what the app downloads, what the command line scores and what
 * `examples/` holds. Documented in docs/format.md.
 */
import * as v from 'valibot'
import { issueProblems, type ReadProblem } from '../read-problem'
import { TIMESTAMP_SCHEMA, forbiddenKeyProblems, object } from '../schemas'
import { foldText } from '../text'
import { InvalidAssessmentError, readAssessmentData } from './parse'
import { ASSESSMENT_FILE_MAX_BYTES, type Assessment } from './types'

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

/** The longest file name the app gives a download: short enough for every file system and e-mail client. */
export const FILE_NAME_MAX = 80

/**
 * `<prefix>-<organisation>-<YYYY-MM-DD>.<extension>`, the organisation's name folded to a-z, 0-9
 * and dashes, cut at a dash so the whole name stays within FILE_NAME_MAX characters. Every download
 * (answers, report, CSV; the backup through datedFileName) is named here; `prefix` says which kind
 * of file it is.
 */
export function downloadFileName(
  organisation: string | null | undefined,
  now: Date,
  extension = 'json',
  prefix = 'autonomie',
): string {
  // What the slug leaves of the limit: the name without it is `<prefix>-` + `-<date>.<extension>`.
  const room = FILE_NAME_MAX - datedFileName(prefix, now, extension).length - 1
  let slug = foldText(organisation ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  if (slug.length > room) {
    const cut = slug.slice(0, room + 1)
    // Cut between words where one ends close enough to the limit; otherwise inside the long word.
    const dash = cut.lastIndexOf('-')
    slug = (dash >= room / 2 ? cut.slice(0, dash) : cut.slice(0, room)).replace(/-$/, '')
  }
  return datedFileName(`${prefix}-${slug || 'diagnostic'}`, now, extension)
}

/** `<prefix>-<YYYY-MM-DD>.<extension>`, for a file that is no one organisation's (the backup). */
export function datedFileName(prefix: string, now: Date, extension = 'json'): string {
  return `${prefix}-${now.toISOString().slice(0, 10)}.${extension}`
}

/** Serialises an assessment file as readable JSON. */
export function serialiseAssessmentFile(file: AssessmentFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

// The envelope is read in steps, each with its own kind: a file of another format or of a newer
// version is told apart before its fields are judged, since its fields may legitimately differ.
const EnvelopeSchema = object({ exportedAt: TIMESTAMP_SCHEMA })

export type ReadAssessmentFile = { ok: true; assessment: Assessment } | { ok: false; problems: ReadProblem[] }

// Some editors (Notepad among them) save UTF-8 with a byte-order mark, which JSON.parse refuses.
const BYTE_ORDER_MARK = '\uFEFF'

/** Reads an exported file's text: tooLarge, notJson, otherFormat, newerVersion, or the fields' problems. */
export function readAssessmentFile(text: string): ReadAssessmentFile {
  const refuse = (problem: ReadProblem): ReadAssessmentFile => ({ ok: false, problems: [problem] })
  // A character is at least one byte of UTF-8: more characters than the byte limit is too large.
  if (text.length > ASSESSMENT_FILE_MAX_BYTES) {
    return refuse({
      kind: 'tooLarge',
      path: '',
      detail: `${text.length} characters, more than an assessment file can hold (${ASSESSMENT_FILE_MAX_BYTES})`,
    })
  }
  let data: unknown
  try {
    data = JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text)
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
  const { assessment, ...fields } = raw
  const forbidden = forbiddenKeyProblems(fields, '')
  if (forbidden.length) return { ok: false, problems: forbidden }
  const envelope = v.safeParse(EnvelopeSchema, raw)
  const read = readAssessmentData(assessment)
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
