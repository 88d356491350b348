/**
 * `npm run score -- <file.json> [more files…]`: scores exported assessment files with the app's
 * own scoring. All the logic is in score-file.ts; this file only touches the process and disk.
 */
import { readFileSync } from 'node:fs'
import type { ReadOutcome } from './score-file'
import { runScore } from './score-file'

/** Reads a file as UTF-8; a failure becomes a short phrase rather than Node's message with a stack. */
function readText(file: string): ReadOutcome {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') }
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    const problem =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'cannot read the file (permission denied)'
          : code === 'EISDIR'
            ? 'is a directory, not a file'
            : `cannot read the file${code ? ` (${code})` : ''}`
    return { ok: false, problem }
  }
}

const { stdout, stderr, exitCode } = await runScore(process.argv.slice(2), readText)
process.stdout.write(stdout)
process.stderr.write(stderr)
// exitCode rather than exit(): lets a large stdout finish flushing into a pipe.
process.exitCode = exitCode
