/**
 * A worker thread of `npm run score`: scores the batches of files the main thread sends, with the
 * same reportFile as a run in one thread, and sends back each file's printed line and facts
 * (strings and small objects: cheap to pass between threads).
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { OutputFormat } from './args'
import { readText } from './files'
import { reportFile, type FileReport } from './score-file'

/** What the main thread sends: a batch of files, numbered so the answers can be put back in order. */
export interface BatchRequest {
  batch: number
  files: string[]
}
export interface BatchReply {
  batch: number
  reports: FileReport[]
}
export interface WorkerOptions {
  format: OutputFormat
}

const { format } = workerData as WorkerOptions
const port = parentPort
async function score({ batch, files }: BatchRequest): Promise<void> {
  const reports: FileReport[] = []
  for (const file of files) reports.push(await reportFile(file, readText(file), format))
  const reply: BatchReply = { batch, reports }
  port?.postMessage(reply)
}

// reportFile never throws: the promise always settles with a reply.
port?.on('message', (request: BatchRequest) => void score(request))
