/**
 * The logic of the `score` command line, kept free of Node APIs so the tests call it directly:
 * one file's text → its Result and action plan, or the problems found; and a whole run
 * (arguments → stdout, stderr, exit code) given a way to read files. src/cli/score.ts only wires
 * it to the process. Each file is read, scored and planned with the content of its own
 * questionnaire version (registry), as the app does.
 */
import { buildPlan, type Plan } from '../domain/advice/index'
import { readAssessmentText } from '../domain/assessment/read'
import type { ReadProblem, ReadProblemKind } from '../domain/read-problem'
import { loadContent, type Content } from '../domain/registry'
import { scoreAssessment } from '../domain/scoring/index'
import type { Result } from '../domain/scoring/types'

/** What the command prints for one file scored. */
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

export interface RunOutput {
  stdout: string
  stderr: string
  /** 0 all scored, 1 some file failed, 2 usage error. */
  exitCode: 0 | 1 | 2
}

export const USAGE = 'usage: npm run score -- <assessment.json> [more.json …]'

const HELP = [
  USAGE,
  '',
  'Scores exported assessment files (docs/format.md) with the same scoring as the app.',
  'Each file is scored with the questionnaire and catalogue of its own version, and planned.',
  'One file: { "file", "result", "plan" } as JSON. Several files: a JSON array of them.',
  'Problems go to stderr, one line each; the other files are still scored.',
  'Exit code: 0 all scored, 1 some file could not be scored, 2 usage error.',
  '',
].join('\n')

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

/** Numbers printed with at most two decimals: float noise such as 64.97999999999999 means nothing. */
export function roundForPrint(_key: string, value: unknown): unknown {
  return typeof value === 'number' ? Math.round(value * 100) / 100 : value
}

/** A whole run: arguments (without node and the script) → what to print and the exit code. */
export async function runScore(
  args: readonly string[],
  readText: (file: string) => ReadOutcome,
  load: LoadContent = loadContent,
): Promise<RunOutput> {
  const files: string[] = []
  let optionsEnded = false
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true
    else if (!optionsEnded && (arg === '--help' || arg === '-h'))
      return { stdout: HELP, stderr: '', exitCode: 0 }
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      return { stdout: '', stderr: `score: unknown option ${arg}\n${USAGE}\n`, exitCode: 2 }
    } else files.push(arg)
  }
  if (files.length === 0) return { stdout: '', stderr: `score: no file given\n${USAGE}\n`, exitCode: 2 }

  const scored: ScoredFile[] = []
  const errors: string[] = []
  for (const file of files) {
    const read = readText(file)
    if (!read.ok) {
      errors.push(`score: ${file}: ${read.problem}`)
      continue
    }
    let outcome: FileOutcome
    try {
      outcome = await scoreAssessmentText(read.text, load)
    } catch (error) {
      // A bug of ours, not of the file: still one line, and the other files are scored.
      errors.push(`score: ${file}: could not be scored (${String(error)})`)
      continue
    }
    if (outcome.ok) scored.push({ file, result: outcome.result, plan: outcome.plan })
    else errors.push(...outcome.problems.map((p) => formatProblem(file, p)))
  }
  // The shape depends on how many files were asked for, not on how many succeeded, so a script
  // reading the output always gets the same kind of JSON.
  const payload = files.length === 1 ? scored[0] : scored
  return {
    stdout: payload === undefined ? '' : `${JSON.stringify(payload, roundForPrint, 2)}\n`,
    stderr: errors.map((line) => `${line}\n`).join(''),
    exitCode: errors.length > 0 ? 1 : 0,
  }
}
