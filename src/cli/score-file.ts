/**
 * The logic of the `score` command line, kept free of Node APIs so the tests call it directly:
 * one file's text → its Result or the problems found, and a whole run (arguments → stdout,
 * stderr, exit code) given a way to read files. src/cli/score.ts only wires it to the process.
 */
import { readAssessmentText } from '../domain/assessment/read'
import type { Catalogue } from '../domain/catalogue/types'
import { catalogueV1 as shippedCatalogue } from '../domain/catalogue/v1'
import { questionnaire as shippedQuestionnaire } from '../domain/questionnaire/bank'
import type { Questionnaire } from '../domain/questionnaire/types'
import type { ReadProblem, ReadProblemKind } from '../domain/read-problem'
import { score } from '../domain/scoring/index'
import type { Result } from '../domain/scoring/types'

export type FileOutcome = { ok: true; result: Result } | { ok: false; problems: ReadProblem[] }

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
  'One file: its result as JSON. Several files: a JSON array of { "file", "result" }.',
  'Problems go to stderr, one line each; the other files are still scored.',
  'Exit code: 0 all scored, 1 some file could not be scored, 2 usage error.',
  '',
].join('\n')

/** Read, check and score one exported file's text (see readAssessmentText). */
export function scoreAssessmentText(
  text: string,
  questionnaire: Questionnaire = shippedQuestionnaire,
  catalogue: Catalogue = shippedCatalogue,
): FileOutcome {
  const read = readAssessmentText(text, questionnaire, catalogue)
  if (!read.ok) return read
  return { ok: true, result: score(questionnaire, catalogue, read.assessment.answers) }
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
export function runScore(
  args: readonly string[],
  readText: (file: string) => ReadOutcome,
  questionnaire: Questionnaire = shippedQuestionnaire,
  catalogue: Catalogue = shippedCatalogue,
): RunOutput {
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

  const scored: { file: string; result: Result }[] = []
  const errors: string[] = []
  for (const file of files) {
    const read = readText(file)
    if (!read.ok) {
      errors.push(`score: ${file}: ${read.problem}`)
      continue
    }
    let outcome: FileOutcome
    try {
      outcome = scoreAssessmentText(read.text, questionnaire, catalogue)
    } catch (error) {
      // A bug of ours, not of the file: still one line, and the other files are scored.
      errors.push(`score: ${file}: could not be scored (${String(error)})`)
      continue
    }
    if (outcome.ok) scored.push({ file, result: outcome.result })
    else errors.push(...outcome.problems.map((p) => formatProblem(file, p)))
  }
  // The shape depends on how many files were asked for, not on how many succeeded, so a script
  // reading the output always gets the same kind of JSON.
  const payload = files.length === 1 ? scored[0]?.result : scored
  return {
    stdout: payload === undefined ? '' : `${JSON.stringify(payload, roundForPrint, 2)}\n`,
    stderr: errors.map((line) => `${line}\n`).join(''),
    exitCode: errors.length > 0 ? 1 : 0,
  }
}
