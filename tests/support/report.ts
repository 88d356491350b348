/** Report inputs for tests: an example organisation scored and planned with its own content, in one language. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildPlan } from '@/domain/advice'
import { parseAssessmentFile } from '@/domain/assessment/file'
import { loadContent } from '@/domain/registry'
import { scoreAssessment } from '@/domain/scoring'
import { createAppI18n } from '@/i18n'
import { messages } from '@/i18n/messages'
import type { AppLocale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import type { Words } from '@/components/results/wording'
import type { ReportInput } from '@/report/model'

/** The example files in examples/. */
export const EXAMPLES = [
  'ethical-self-hosted.json',
  'mid-size-in-transition.json',
  'small-association-dominant.json',
  'volunteer-run-self-hosted.json',
] as const

/** The app's translate functions over every message, in one language. */
export function wordsIn(locale: AppLocale): Words {
  const { t, tDynamic } = translator(createAppI18n(locale, messages).global)
  return { t, tDynamic, lang: locale }
}

/** An example's assessment, Result, plan and content, worded in `locale`. */
export async function exampleReportInput(file: string, locale: AppLocale): Promise<ReportInput> {
  const assessment = parseAssessmentFile(readFileSync(resolve('examples', file), 'utf8'))
  const content = await loadContent(assessment.questionnaireVersion)
  if (!content) throw new Error(`${file}: no content for version ${assessment.questionnaireVersion}`)
  const result = scoreAssessment(content, assessment)
  const plan = buildPlan(result, content.catalogue, content.routes, assessment.answers)
  return { result, plan, assessment, content, words: wordsIn(locale) }
}
