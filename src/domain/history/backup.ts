/**
 * The backup file: every assessment on the device in one file, each with the fields the device
 * lists it by (name, status, dates). Documented in docs/format.md. Reading any file the app can
 * open (one assessment, or a backup) goes through readImportText, so both are checked the same
 * way: each assessment by readAssessmentText, against the content of its own questionnaire
 * version.
 */
import * as v from 'valibot'
import { FILE_FORMAT, FILE_FORMAT_VERSION } from '../assessment/file'
import { readAssessmentText } from '../assessment/read'
import { ASSESSMENT_STATUSES, type Assessment, type AssessmentStatus } from '../assessment/types'
import { issueProblems, type ReadProblem } from '../read-problem'
import type { Content } from '../registry'
import { STRING, TIMESTAMP_SCHEMA, list, object, oneOf } from '../schemas'

export const BACKUP_FORMAT = 'autonomie-numerique.backup'
export const BACKUP_FORMAT_VERSION = 1

/**
 * One assessment as the device keeps it: the fields it is listed by, copies of the assessment's
 * own (a history lists names and dates without reading every answer), then the assessment itself.
 * The stored record (persistence/records.ts) is this and its schema version.
 */
export interface BackupEntry {
  /** The assessment's id, which is also the stored record's key. */
  id: string
  /** The organisation's name, or a default such as "Diagnostic 2026". */
  name: string
  status: AssessmentStatus
  /** The assessment's creation date (ISO). */
  createdAt: string
  /** When it was last saved (ISO); indexed in storage, so lists come newest first. */
  updatedAt: string
  questionnaireId: string
  questionnaireVersion: number
  assessment: Assessment
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  formatVersion: typeof BACKUP_FORMAT_VERSION
  exportedAt: string
  assessments: BackupEntry[]
}

/** Wraps the device's assessments for export (a stored record has these fields and more: only these are kept). */
export function toBackupFile(entries: readonly BackupEntry[], now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    assessments: entries.map((e) => ({
      id: e.id,
      name: e.name,
      status: e.status,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      questionnaireId: e.questionnaireId,
      questionnaireVersion: e.questionnaireVersion,
      assessment: e.assessment,
    })),
  }
}

/** Serialises a backup as readable JSON, like the assessment file. */
export function serialiseBackupFile(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * What an import brings: one assessment (`kind: 'assessment'`, no record fields: it comes in as a
 * draft) or a backup's entries.
 */
export interface ImportEntry {
  assessment: Assessment
  status: AssessmentStatus
  /** From a backup: the name and saving date it was listed under. */
  name?: string
  updatedAt?: string
}

export type ReadImport =
  { ok: true; kind: 'assessment' | 'backup'; entries: ImportEntry[] } | { ok: false; problems: ReadProblem[] }

/** A file read and accepted. */
export type ImportedFile = Extract<ReadImport, { ok: true }>

// The record fields beside `assessment`; the assessment itself is read by readAssessmentText.
const EntryFieldsSchema = object({
  id: STRING,
  name: STRING,
  status: oneOf(ASSESSMENT_STATUSES),
  createdAt: TIMESTAMP_SCHEMA,
  updatedAt: TIMESTAMP_SCHEMA,
  questionnaireId: STRING,
  questionnaireVersion: v.number('expected a number'),
})

const BackupEnvelopeSchema = object({ exportedAt: TIMESTAMP_SCHEMA, assessments: list(v.unknown()) })

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `assessment.answers…` of a problem found in one entry, as `assessments[3].assessment.answers…`. */
function within(index: number, problem: ReadProblem): ReadProblem {
  const root = `assessments[${index}]`
  return { ...problem, path: problem.path === '' ? root : `${root}.${problem.path}` }
}

async function readEntry(
  raw: unknown,
  index: number,
  load: ((version: number) => Promise<Content | undefined>) | undefined,
): Promise<{ ok: true; entry: ImportEntry } | { ok: false; problems: ReadProblem[] }> {
  if (!isObject(raw)) {
    return {
      ok: false,
      problems: [{ kind: 'invalidField', path: `assessments[${index}]`, detail: 'expected an object' }],
    }
  }
  const fields = v.safeParse(EntryFieldsSchema, raw)
  // The assessment is checked exactly as a file of its own would be (one reader for both).
  const read = await readAssessmentText(
    JSON.stringify({
      format: FILE_FORMAT,
      formatVersion: FILE_FORMAT_VERSION,
      exportedAt: new Date(0).toISOString(),
      assessment: raw.assessment,
    }),
    load,
  )
  const problems = [
    ...(fields.success ? [] : issueProblems(`assessments[${index}]`, fields.issues)),
    ...(read.ok ? [] : read.problems.map((p) => within(index, p))),
  ]
  if (!fields.success || !read.ok) return { ok: false, problems }
  // The record's fields are copies of the assessment's: if they disagree the file was edited by hand.
  for (const field of ['id', 'createdAt', 'questionnaireId', 'questionnaireVersion'] as const) {
    if (fields.output[field] !== read.assessment[field]) {
      problems.push({
        kind: 'invalidField',
        path: `assessments[${index}].${field}`,
        detail: `differs from assessment.${field}`,
      })
    }
  }
  if (problems.length) return { ok: false, problems }
  const { name, status, updatedAt } = fields.output
  return { ok: true, entry: { assessment: read.assessment, status, name, updatedAt } }
}

async function readBackup(
  raw: Record<string, unknown>,
  load: ((version: number) => Promise<Content | undefined>) | undefined,
): Promise<ReadImport> {
  const version = raw.formatVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          kind: 'newerVersion',
          path: 'formatVersion',
          detail: `backup format version ${version} is newer than this app's (${BACKUP_FORMAT_VERSION})`,
        },
      ],
    }
  }
  if (version !== BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          kind: 'invalidField',
          path: 'formatVersion',
          detail: `unsupported version ${String(version)}, expected ${BACKUP_FORMAT_VERSION}`,
        },
      ],
    }
  }
  const envelope = v.safeParse(BackupEnvelopeSchema, raw)
  if (!envelope.success) return { ok: false, problems: issueProblems('', envelope.issues) }
  const problems: ReadProblem[] = []
  const entries: ImportEntry[] = []
  const seen = new Set<string>()
  for (const [index, item] of envelope.output.assessments.entries()) {
    const read = await readEntry(item, index, load)
    if (!read.ok) {
      problems.push(...read.problems)
      continue
    }
    const { id } = read.entry.assessment
    // Two entries under one id could only be stored as one: which one would be a guess.
    if (seen.has(id)) {
      problems.push({
        kind: 'invalidField',
        path: `assessments[${index}].id`,
        detail: `id "${id}" appears twice`,
      })
    }
    seen.add(id)
    entries.push(read.entry)
  }
  return problems.length ? { ok: false, problems } : { ok: true, kind: 'backup', entries }
}

/**
 * Reads a file to import: a backup (every entry checked; any problem refuses the whole file) or
 * one assessment file (readAssessmentText). Never throws; `load` is the registry's loadContent
 * unless a test passes another.
 */
export async function readImportText(
  text: string,
  load?: (version: number) => Promise<Content | undefined>,
): Promise<ReadImport> {
  let data: unknown
  try {
    // A leading byte order mark (some editors add one) is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    data = undefined
  }
  if (isObject(data) && data.format === BACKUP_FORMAT) return readBackup(data, load)
  // Anything else (not JSON, an assessment file, another app's file) is the assessment reader's to judge.
  const read = await readAssessmentText(text, load)
  return read.ok
    ? { ok: true, kind: 'assessment', entries: [{ assessment: read.assessment, status: 'draft' }] }
    : read
}

/** How to take in assessments whose id is already on the device: as copies under new ids, or replacing them. */
export const CONFLICT_CHOICES = ['copies', 'replace'] as const
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number]

/** What is on the device under an imported entry's id: the same record exactly, or a different one. */
export type Existing = 'identical' | 'different'

export interface ImportPlan {
  /** The entries to store, copies already under their new id and title. */
  store: ImportEntry[]
  /** Ids the store may overwrite (the person chose to replace them, after downloading them). */
  replace: Set<string>
  /** Entries already on the device exactly as in the file: nothing to do. */
  identical: number
}

/**
 * Decides what an import stores, given what is on the device under each entry's id. Identical
 * records are left alone; a different one is never replaced unless `choice` is 'replace'.
 * `copy` gives a copy its new id and title.
 */
export function planImport(
  entries: readonly ImportEntry[],
  existing: ReadonlyMap<string, Existing>,
  choice: ConflictChoice,
  copy: (assessment: Assessment) => Assessment,
): ImportPlan {
  const plan: ImportPlan = { store: [], replace: new Set(), identical: 0 }
  for (const entry of entries) {
    const found = existing.get(entry.assessment.id)
    if (found === 'identical') plan.identical += 1
    else if (found === undefined) plan.store.push(entry)
    else if (choice === 'replace') {
      plan.store.push(entry)
      plan.replace.add(entry.assessment.id)
    } else {
      // The copy is listed under its new title (no name from the file); its saving date stays the file's.
      const copied: ImportEntry = { assessment: copy(entry.assessment), status: entry.status }
      if (entry.updatedAt !== undefined) copied.updatedAt = entry.updatedAt
      plan.store.push(copied)
    }
  }
  return plan
}
