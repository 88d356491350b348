/**
 * The logic of the `score` command line, kept free of Node APIs so the tests call it directly:
 * one file's text → its Result and action plan, or the problems found; one file → the line to
 * print and the facts the summary needs; and a whole run (arguments → output, exit code) given
 * a way to find, read and score files. src/cli/score.ts wires it to the disk, the process and
 * worker threads. Each file is read, scored and planned with the content of its own questionnaire
 * version (registry), as the app does.
 */
import { buildPlan, type Plan } from '../domain/advice/index'
import { readAssessmentText } from '../domain/assessment/read'
import type { ReadProblem, ReadProblemKind } from '../domain/read-problem'
import { loadContent, type Content } from '../domain/registry'
import { scoreAssessment } from '../domain/scoring/index'
import type { Result } from '../domain/scoring/types'
import { HELP, USAGE, parseArgs, type OutputFormat } from './args'
import {
  KEY_NUMBERS,
  addScored,
  emptyTotals,
  factsOf,
  summarise,
  summaryLine,
  type FileFacts,
} from './summary'

/** What the command prints for one file scored (one JSON line). */
export interface ScoredFile {
  file: string
  result: Result
  plan: Plan
}

export type FileOutcome = { ok: true; result: Result; plan: Plan } | { ok: false; problems: ReadProblem[] }

/** The registry's loadContent, or another a test passes. */
export type LoadContent = (version: number) => Promise<Content | undefined>

/** What reading a file gave: its text, or why it could not be read (one short phrase). */
export type ReadOutcome = { ok: true; text: string } | { ok: false; problem: string }

/**
 * The registry's loadContent, each version loaded once per run: the registry imports a version's
 * catalogue with a dynamic import(), which under tsx goes through its loader on every call
 * (~1 ms each, more than scoring a file).
 */
export function loadOnce(load: LoadContent = loadContent): LoadContent {
  const loaded = new Map<number, Promise<Content | undefined>>()
  return (version) => {
    const known = loaded.get(version)
    if (known) return known
    const loading = load(version)
    loaded.set(version, loading)
    return loading
  }
}

const loadContentOnce = loadOnce()

/** 0 every file scored, 1 some file could not be scored (or an argument named none), 2 usage error. */
export type ExitCode = 0 | 1 | 2

/** Read, check, score and plan one exported file's text with its version's content (see readAssessmentText). */
export async function scoreAssessmentText(
  text: string,
  load: LoadContent = loadContent,
): Promise<FileOutcome> {
  const read = await readAssessmentText(text, load)
  if (!read.ok) return read
  const { content, assessment } = read
  const result = scoreAssessment(content, assessment)
  return { ok: true, result, plan: buildPlan(result, content.catalogue, content.routes, assessment.answers) }
}

/** What each kind of problem means, in the command's words; the detail says exactly what was found. */
export const PROBLEM_MESSAGES: Readonly<Record<ReadProblemKind, string>> = {
  notJson: 'not JSON',
  otherFormat: 'not an assessment file',
  newerVersion: 'written by a newer version of the app; update it to score this file',
  invalidField: 'invalid field',
  unknownQuestionnaire: 'answers a questionnaire this app does not know',
  unknownQuestion: 'answer to a question this app does not know',
  wrongAnswerKind: 'answer of the wrong kind for its question',
  unknownOption: 'option the question does not offer',
  unknownTool: 'tool the catalogue does not list for this function',
  tooLarge: 'too large to be an assessment file',
  forbiddenKey: 'forbidden key',
  duplicate: 'listed twice',
  tooLong: 'text too long',
}

/** `score: <file>: <path>: <message> (<detail>)`; the path is left out when it names the whole text. */
export function formatProblem(file: string, problem: ReadProblem): string {
  const where = problem.path === '' ? '' : `${problem.path}: `
  return `score: ${file}: ${where}${PROBLEM_MESSAGES[problem.kind]} (${problem.detail})`
}

/**
 * A copy with every number rounded to two decimals: float noise such as 64.97999999999999 means
 * nothing. A copy then a plain JSON.stringify: a replacer function is several times slower, and
 * ten thousand files make that count.
 */
/** JSON.stringify's replacer for the same rounding, without copying the result first (10,000 files: npm run bench). */
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' ? Math.round(value * 100) / 100 : value
}

export function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 100) / 100
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(rounded)
  const copy: Record<string, unknown> = {}
  for (const key in value) copy[key] = rounded((value as Record<string, unknown>)[key])
  return copy
}

/** The columns of `--csv`: the file, the versions, the level and the key numbers, then counts. */
export const CSV_COLUMNS = [
  'file',
  'questionnaireVersion',
  'catalogueVersion',
  'level',
  ...KEY_NUMBERS,
  'singlePointsOfFailure',
  'dominantTools',
] as const

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break; and a text a spreadsheet
 * would run as a formula (=, +, -, @ first: a file name can be anything) is kept as text with a '.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(Math.round(value * 100) / 100)
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The CSV row of one result (no line end). */
export function csvRow(file: string, result: Result, facts: FileFacts): string {
  return [
    file,
    result.questionnaireVersion,
    result.catalogueVersion,
    facts.level,
    ...KEY_NUMBERS.map((k) => facts.numbers[k]),
    facts.singlePoints.length,
    facts.dominantTools.join(' '),
  ]
    .map(csvField)
    .join(',')
}

/** One file's part of a run: the line to print (none with `--summary`) and its facts, or the lines for stderr. */
export type FileReport =
  | { file: string; ok: true; line: string | null; facts: FileFacts }
  | { file: string; ok: false; errors: string[] }

/** Scores one file for a run in the given format; never throws (a failure of ours is one line too). */
export async function reportFile(
  file: string,
  read: ReadOutcome,
  format: OutputFormat,
  load: LoadContent = loadContentOnce,
): Promise<FileReport> {
  if (!read.ok) return { file, ok: false, errors: [`score: ${file}: ${read.problem}`] }
  try {
    if (format === 'jsonl') {
      const outcome = await scoreAssessmentText(read.text, load)
      if (!outcome.ok) return { file, ok: false, errors: outcome.problems.map((p) => formatProblem(file, p)) }
      const scored: ScoredFile = { file, result: outcome.result, plan: outcome.plan }
      return { file, ok: true, line: JSON.stringify(scored, roundNumbers), facts: factsOf(outcome.result) }
    }
    // The plan is printed only in JSON Lines: the other formats skip building it.
    const checked = await readAssessmentText(read.text, load)
    if (!checked.ok) return { file, ok: false, errors: checked.problems.map((p) => formatProblem(file, p)) }
    const result = scoreAssessment(checked.content, checked.assessment)
    const facts = factsOf(result)
    return { file, ok: true, line: format === 'csv' ? csvRow(file, result, facts) : null, facts }
  } catch (error) {
    // A bug of ours, not of the file: still one line, and the other files are scored.
    return { file, ok: false, errors: [`score: ${file}: could not be scored (${String(error)})`] }
  }
}

/** Reports of files scored one after the other in this thread, in their order. */
export async function* reportsInOrder(
  files: Iterable<string>,
  format: OutputFormat,
  readText: (file: string) => ReadOutcome,
  load: LoadContent = loadContentOnce,
): AsyncGenerator<FileReport> {
  for (const file of files) yield await reportFile(file, readText(file), format, load)
}

/** What a run needs from the outside world. */
export interface ScoreIO {
  /** The files an argument names, in order; a path that does not exist comes back as is (reading it says why). */
  expand(target: string): string[]
  /** The reports of the files, in their order (score.ts uses worker threads when there are many). */
  reports(files: readonly string[], format: OutputFormat, jobs: number | undefined): AsyncIterable<FileReport>
  /** Writes to stdout; a promise when the pipe is full, so a run of any size holds little in memory. */
  out(text: string): void | Promise<void>
  err(text: string): void
}

/** A whole run: arguments (without node and the script) → output through `io`, and the exit code. */
export async function runScore(args: readonly string[], io: ScoreIO): Promise<ExitCode> {
  const parsed = parseArgs(args)
  if (!parsed.ok) {
    if (parsed.help) await io.out(HELP)
    else io.err(`score: ${parsed.error}\n${USAGE}\n`)
    return parsed.help ? 0 : 2
  }
  const { format, targets, jobs } = parsed.options
  let failed = false
  const files: string[] = []
  for (const target of targets) {
    const found = io.expand(target)
    if (found.length === 0) {
      io.err(`score: ${target}: no file matches\n`)
      failed = true
    }
    for (const file of found) files.push(file)
  }
  const totals = emptyTotals()
  if (format === 'csv') await io.out(`${CSV_COLUMNS.join(',')}\n`)
  for await (const report of io.reports(files, format, jobs)) {
    if (!report.ok) {
      totals.refused++
      failed = true
      io.err(report.errors.map((line) => `${line}\n`).join(''))
      continue
    }
    addScored(totals, report.facts)
    if (report.line !== null) await io.out(`${report.line}\n`)
  }
  if (format === 'summary') await io.out(`${JSON.stringify(rounded(summarise(totals)), null, 2)}\n`)
  io.err(`${summaryLine(totals)}\n`)
  return failed ? 1 : 0
}
