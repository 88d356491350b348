/** The example organisations of examples/, read as the app reads an imported file. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseAssessmentFile } from '@/domain/assessment/file'
import type { Assessment } from '@/domain/assessment/types'

/** One example by its file name in examples/ ("mid-size-in-transition.json"). */
export function exampleAssessment(file: string): Assessment {
  return parseAssessmentFile(readFileSync(resolve(process.cwd(), 'examples', file), 'utf8'))
}
