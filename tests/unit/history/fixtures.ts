/** The version-1 fixture files (tests/fixtures/v1, kept forever) and the two contents a migration reads. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseAssessmentFile } from '@/domain/assessment/file'
import type { Assessment } from '@/domain/assessment/types'
import { catalogueV1 } from '@/domain/catalogue/v1'
import { catalogueV2 } from '@/domain/catalogue/v2'
import { questionnaire as questionnaireV1 } from '@/domain/questionnaire/bank'
import { questionnaireV2 } from '@/domain/questionnaire/bank-v2'
import type { VersionContent } from '@/domain/history/migrate'
import { readAssessmentRecord, type AssessmentRecord } from '@/persistence/records'

export const v1: VersionContent = { questionnaire: questionnaireV1, catalogue: catalogueV1 }
export const v2: VersionContent = { questionnaire: questionnaireV2, catalogue: catalogueV2 }

// Vitest runs from the project root (vitest.config.ts).
const FIXTURES = resolve(process.cwd(), 'tests/fixtures/v1')

/** The three example files as version 1 shipped them. */
export const EXAMPLE_FILES = [
  'small-association-dominant.json',
  'mid-size-in-transition.json',
  'ethical-self-hosted.json',
] as const
export type ExampleFile = (typeof EXAMPLE_FILES)[number]

export function readFixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8')
}

/** An example file read as the app reads an imported file. */
export function exampleAssessment(name: ExampleFile): Assessment {
  return parseAssessmentFile(readFixture(name))
}

/** The draft record the app stored before version 2, read as the app reads stored records. */
export function draftRecord(): AssessmentRecord {
  return readAssessmentRecord(JSON.parse(readFixture('draft-record.json')))
}
