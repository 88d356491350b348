/**
 * Answers and scores as CSV for a spreadsheet: one row per key number, one per question shown, one per
 * function. UTF-8 with a byte-order mark and `;` between fields, so French Excel opens it right; fields
 * quoted when they hold `;`, `"` or a line break (RFC 4180). Format: docs/format.md "CSV export".
 */
import type { Assessment } from '@/domain/assessment/types'
import type { Content } from '@/domain/registry'
import type { Result } from '@/domain/scoring/types'
import { functionName, roundScore } from '@/domain/results/labels'
import { percent } from '@/domain/results/summary'
import { allQuestions } from '@/domain/questionnaire'
import type { Words } from '@/components/results/wording'
import { answerRows, followUpAnswer } from './answers'

/** The header row: stable column names, whatever the language of the rest. */
export const CSV_COLUMNS = [
  'kind',
  'id',
  'section',
  'label',
  'answer',
  'score',
  'criticality',
  'data',
  'exit',
  'keys',
  'stance',
  'reason',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

export const CSV_SEPARATOR = ';'
const BOM = '\uFEFF'

/** One field, quoted when it must be. */
export function csvField(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

function line(row: Partial<Record<CsvColumn, string | number | null>>): string {
  return CSV_COLUMNS.map((column) => csvField(String(row[column] ?? ''))).join(CSV_SEPARATOR)
}

/** The CSV text (with its BOM) of an assessment, its Result and content, worded in `words`. */
export function buildCsv(result: Result, assessment: Assessment, content: Content, words: Words): string {
  const { t, tDynamic, lang } = words
  const rows: string[] = [CSV_COLUMNS.join(CSV_SEPARATOR)]
  const scores: [string, number | null][] = [
    ['dependencyIndex', roundScore(result.dependencyIndex)],
    ['concentration', roundScore(result.concentration)],
    ['fragility', roundScore(result.fragility)],
    ['governance', roundScore(result.governance)],
    ['completeness', percent(result.completeness.ratio)],
  ]
  for (const [id, value] of scores) {
    rows.push(line({ kind: 'score', id, label: tDynamic(`app.results.cards.${id}.title`), score: value }))
  }
  rows.push(
    line({
      kind: 'score',
      id: 'pathScore',
      label: t('app.results.path.title'),
      score: roundScore(result.pathScore),
    }),
  )
  rows.push(line({ kind: 'score', id: 'level', label: t('app.results.path.title'), score: result.level }))

  for (const row of answerRows(content.questionnaire, content.catalogue, assessment.answers, words)) {
    const practice = result.practices.find((p) => p.questionId === row.questionId)
    const value = result.values.find((v) => `value.${v.value}` === row.questionId)
    rows.push(
      line({
        kind: 'question',
        id: row.questionId,
        section: row.sectionTitle,
        label: row.question,
        answer: row.answer,
        score: practice ? Math.round(practice.score * 100) : (roundScore(value?.importance ?? null) ?? ''),
        reason: row.reason ?? '',
      }),
    )
  }

  const questions = allQuestions(content.questionnaire)
  for (const f of result.functions) {
    const question = questions.find((q) => q.kind === 'function' && q.functionId === f.functionId)
    const follow = (field: 'criticality' | 'data' | 'exit' | 'keys' | 'stance', value: string | undefined) =>
      question?.kind === 'function' ? (followUpAnswer(question, field, value, words) ?? '') : (value ?? '')
    rows.push(
      line({
        kind: 'function',
        id: f.functionId,
        label: functionName(content.catalogue, f.functionId, lang),
        answer:
          f.status === 'unused'
            ? t('app.results.report.functions.unused')
            : f.status === 'unknown'
              ? t('app.results.report.functions.unknown')
              : f.tools.map((tool) => tool.label[lang]).join(', '),
        score: roundScore(f.dependency),
        criticality: follow('criticality', f.criticality),
        data: follow('data', f.data),
        exit: follow('exit', f.exit),
        keys: follow('keys', f.keys),
        stance: follow('stance', f.stance),
        reason: f.reason ?? '',
      }),
    )
  }
  // CRLF line ends, as RFC 4180 and spreadsheets expect.
  return BOM + rows.join('\r\n') + '\r\n'
}
