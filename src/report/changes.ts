/**
 * The history's comparison (what moved between the previous assessment of the organisation and this
 * one) turned into the report's plain "changes" data, worded as the compare page words it
 * (components/compare/sentences.ts): no DOM, no jsPDF, so tests read it as it is.
 */
import type { Comparison, NumberChange } from '@/domain/history/compare'
import { formatDate } from '@/domain/results/plan'
import { KEY_NUMBERS, type KeyNumber } from '@/domain/results/summary'
import type { Words } from '@/components/results/wording'
import {
  actionText,
  contradictionText,
  DASH,
  evidenceText,
  functionChangeText,
  functionDependencyText,
  levelChangeText,
  levelValue,
  localName,
  markText,
  numberChangeText,
  numberName,
  singlePointText,
} from '@/components/compare/sentences'
import type { ReportChanges } from './types'

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1)

/** A key number as page 1 writes it: completeness as a percentage, the others out of 100 (said once, above the table). */
function numberValue(key: KeyNumber, value: number | null, { t }: Words): string {
  if (value === null) return DASH
  return key === 'completeness' ? t('app.results.charts.percent', { percent: value }) : String(value)
}

/** "dependency index down 12 points (45 → 33)" for page 1's line; null when not comparable. */
function headlineNumber(n: NumberChange, words: Words): string | null {
  if (n.before === null || n.after === null || n.change === null) return null
  const { t } = words
  const name = lowerFirst(numberName(n.key, words))
  const points = Math.abs(n.change)
  const named = { name, points, before: n.before, after: n.after }
  if (n.change === 0) return t('app.results.report.changes.headline.same', named)
  return t(`app.results.report.changes.headline.${n.change < 0 ? 'down' : 'up'}`, points, named)
}

/** The report's "changes" section and page 1's line, from a comparison whose later side is this report's assessment. */
export function reportChanges(comparison: Comparison, words: Words): ReportChanges {
  const { t } = words
  const date = formatDate(comparison.earlier.date, words.lang)
  const dependency = comparison.numbers.find((n) => n.key === 'dependencyIndex')
  const level = comparison.level
  const items = [
    ...(dependency ? [headlineNumber(dependency, words)] : []),
    level.before !== null && level.after !== null
      ? t('app.results.report.changes.headline.level', { before: level.before, after: level.after })
      : null,
  ].filter((x): x is string => x !== null)
  const headline = items.length
    ? t('app.results.report.changes.headline.line', {
        date,
        changes: items.join(t('app.results.report.changes.headline.separator')),
      })
    : t('app.results.report.changes.headline.none', { date })

  const notes: string[] = []
  const versions = comparison.versions
  if (versions) {
    const before = comparison.earlier.questionnaireVersion
    const after = comparison.later.questionnaireVersion
    notes.push(t('app.compare.versions.intro', { before, after }))
    if (versions.migrated) notes.push(t('app.compare.versions.migrated', { after }))
    notes.push(
      t('app.results.report.changes.reported', {
        numbers: KEY_NUMBERS.map((key) =>
          t('app.results.report.changes.reportedNumber', {
            name: numberName(key, words),
            before: numberValue(key, versions.reported.before[key], words),
            after: numberValue(key, versions.reported.after[key], words),
          }),
        ).join(t('app.results.report.changes.headline.separator')),
      }),
    )
  }

  return {
    previousDate: comparison.earlier.date,
    headline,
    rows: [
      {
        label: t('app.compare.numbers.level'),
        before: levelValue(level.before, words),
        now: levelValue(level.after, words),
        change: levelChangeText(level, words),
      },
      ...comparison.numbers.map((n) => ({
        label: numberName(n.key, words),
        before: numberValue(n.key, n.before, words),
        now: numberValue(n.key, n.after, words),
        change: numberChangeText(n, words),
      })),
    ],
    tools: comparison.functions.map((f) => ({
      label: localName(f.functionName, words),
      change: functionChangeText(f, words),
      dependency: functionDependencyText(f, words),
    })),
    points: {
      removed: comparison.singlePoints.removed.map((p) => singlePointText(p, words)),
      added: comparison.singlePoints.added.map((p) => singlePointText(p, words)),
    },
    contradictions: {
      removed: comparison.contradictions.removed.map((c) => contradictionText(c, words)),
      added: comparison.contradictions.added.map((c) => contradictionText(c, words)),
    },
    actions: comparison.actions.map((a) => ({
      action: actionText(a, words),
      mark: markText(a, words),
      evidence: evidenceText(a, words),
    })),
    ...(notes.length ? { notes } : {}),
  }
}
