/**
 * The `score` command's arguments: what to score (files, directories, glob patterns) and in which
 * form to print it. Pure, so the tests call it directly.
 */

/** `jsonl`: one `{ file, result, plan }` per line; `csv`: one row of key numbers per file; `summary`: the aggregate only. */
export const OUTPUT_FORMATS = ['jsonl', 'csv', 'summary'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export interface ScoreOptions {
  format: OutputFormat
  /** Files, directories (every .json file below them) and glob patterns, in the order given. */
  targets: string[]
  /** Worker threads to use; undefined: chosen from the number of files and of processors. */
  jobs: number | undefined
}

export type ParsedArgs =
  { ok: true; options: ScoreOptions } | { ok: false; help: true } | { ok: false; help: false; error: string }

export const USAGE =
  'usage: npm run score -- [--csv | --summary] [--jobs N] <file.json | directory | "pattern/*.json"> …'

export const HELP = [
  USAGE,
  '',
  'Scores exported assessment files (docs/format.md) with the same scoring as the app. Each file is',
  'read, checked, scored and planned with the questionnaire and catalogue of its own version.',
  '',
  'What to score: files; directories (every .json file below them); glob patterns with *, ? and **,',
  'quoted so that the shell does not expand them ("exports/**/*.json"): thousands of files pass this way.',
  '',
  'Output on stdout, one line per file scored, in the order of the arguments (files of a directory or',
  'pattern sorted by path):',
  '  (default)   JSON Lines: { "file", "result", "plan" } on each line (numbers rounded to two decimals)',
  '  --csv       CSV: a header, then the key numbers of each file',
  '  --summary   only the aggregate, as one JSON object: levels, mean and quartiles of each key',
  '              number, the most common dominant tools and single points of failure',
  '  --jobs N    worker threads (default: one per processor when there are many files)',
  '',
  'On stderr: one line per problem found, then a summary (files scored, refused, levels).',
  'Exit code: 0 every file scored; 1 some file could not be read or scored, or an argument named',
  'no file (the others are still scored); 2 usage error.',
  '',
].join('\n')

/** Reads the arguments (without node and the script). */
export function parseArgs(args: readonly string[]): ParsedArgs {
  const targets: string[] = []
  let format: OutputFormat = 'jsonl'
  let jobs: number | undefined
  let optionsEnded = false
  const usage = (error: string): ParsedArgs => ({ ok: false, help: false, error })
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) targets.push(arg)
    else if (arg === '--') optionsEnded = true
    else if (arg === '--help' || arg === '-h') return { ok: false, help: true }
    else if (arg === '--csv' || arg === '--summary') {
      const chosen = arg === '--csv' ? 'csv' : 'summary'
      if (format !== 'jsonl' && format !== chosen) return usage('--csv and --summary cannot be combined')
      format = chosen
    } else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = arg === '--jobs' ? args[++i] : arg.slice('--jobs='.length)
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1 || n > 64) return usage('--jobs expects a whole number from 1 to 64')
      jobs = n
    } else return usage(`unknown option ${arg}`)
  }
  if (targets.length === 0) return usage('no file given')
  return { ok: true, options: { format, targets, jobs } }
}
