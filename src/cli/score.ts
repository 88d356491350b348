/**
 * `npm run score -- [--csv | --summary] <files, directories, patterns>…`: scores exported
 * assessment files with the app's own scoring. The logic is in score-file.ts; this file touches
 * the disk, the process and the worker threads. Output is streamed: a run of 100,000 files keeps
 * only the summary's numbers in memory, never the results.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { OutputFormat } from './args'
import { expandTarget, readText } from './files'
import { reportsInOrder, runScore, type FileReport } from './score-file'
import type { BatchReply, BatchRequest, WorkerOptions } from './worker'

/** Below this many files, starting threads (each loads the domain again) costs more than it saves. */
const WORKERS_FROM = 400
const BATCH = 50

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * Reports from worker threads, in the files' order. Each worker takes one batch at a time; at most
 * two batches per worker are ahead of what has been printed, so a slow stdout holds little.
 */
async function* reportsFromWorkers(
  files: readonly string[],
  format: OutputFormat,
  jobs: number,
): AsyncGenerator<FileReport> {
  const batches = chunks(files, BATCH)
  const ready = new Map<number, FileReport[]>()
  const idle: Worker[] = []
  let sent = 0
  let printed = 0
  const failures: Error[] = []
  let wake: (() => void) | null = null
  const pump = () => {
    while (idle.length > 0 && sent < batches.length && sent - printed < jobs * 2) {
      const request: BatchRequest = { batch: sent, files: batches[sent] ?? [] }
      idle.pop()?.postMessage(request)
      sent++
    }
  }
  const options: WorkerOptions = { format }
  const workers = Array.from({ length: Math.min(jobs, batches.length) }, () => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: options })
    worker.on('message', ({ batch, reports }: BatchReply) => {
      ready.set(batch, reports)
      idle.push(worker)
      pump()
      wake?.()
    })
    worker.on('error', (error: Error) => {
      failures.push(error)
      wake?.()
    })
    return worker
  })
  idle.push(...workers)
  pump()
  try {
    while (printed < batches.length) {
      const reports = ready.get(printed)
      if (reports === undefined) {
        const failure = failures[0]
        if (failure) throw failure
        await new Promise<void>((resolve) => (wake = resolve))
        wake = null
        continue
      }
      ready.delete(printed)
      printed++
      pump()
      yield* reports
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/** Writes to stdout, waiting for the pipe to drain when it is full. */
function out(text: string): void | Promise<void> {
  if (process.stdout.write(text)) return
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()))
}

try {
  process.exitCode = await runScore(process.argv.slice(2), {
    expand: expandTarget,
    reports: (files, format, jobs) => {
      const threads = jobs ?? (files.length >= WORKERS_FROM ? availableParallelism() : 1)
      return threads > 1
        ? reportsFromWorkers(files, format, threads)
        : reportsInOrder(files, format, readText)
    },
    out,
    err: (text) => process.stderr.write(text),
  })
} catch (error) {
  // A worker that could not start or crashed: one line, no stack trace.
  process.stderr.write(`score: stopped (${error instanceof Error ? error.message : String(error)})\n`)
  process.exitCode = 1
}
