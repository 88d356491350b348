/**
 * Chart.js configurations of the results and compare pages, built by pure functions from rows the page has
 * already worded (labels in the reader's language), so they are unit-tested without a canvas.
 * Only types come from chart.js here: the library itself loads with the results page (load.ts).
 *
 * All are horizontal bar charts: long function and value names read best on the side, one
 * registered chart type keeps the lazy chunk small, and bars print well in black and white.
 */
import type { ChartConfiguration } from 'chart.js'
import type { Concern } from '@/domain/results/summary'
import type { VendorKind } from '@/domain/scoring/types'
import { CONCERN_COLOURS, OUTLINE, TREND_COLOURS, VALUE_COLOURS, VENDOR_KIND_COLOURS } from './palette'

export type BarConfig = ChartConfiguration<'bar', (number | null)[], string | string[]>

/**
 * A label cut into lines of at most `max` characters at spaces (a longer word stays whole), so long
 * names wrap beside their bar instead of being clipped on a phone.
 */
export function wrapLabel(text: string, max = 18): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/** Pixels of one line of an axis name, of one bar, and around each category. */
const LINE = 18
const BAR = 26
const GAP = 14

/**
 * Height in pixels a bar chart needs so that no category's name overlaps the next one: each
 * category gets the taller of its name's lines and its bars, plus the axes (64 px).
 */
export function chartHeight(config: BarConfig): number {
  const bars = config.data.datasets.length
  const labels = config.data.labels ?? []
  const rows = labels.map(
    (label) => Math.max((Array.isArray(label) ? label.length : 1) * LINE, bars * BAR) + GAP,
  )
  return Math.max(160, 64 + rows.reduce((sum, h) => sum + h, 0))
}

/** Below this canvas width (pixels), axis names are set smaller. */
export const NARROW = 500

/** Options every chart shares: no animation (reduced motion, print), 0–100 axis, bars on the side. */
function baseOptions(axisTitle: string, legend: boolean): NonNullable<BarConfig['options']> {
  return {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: {
      x: { min: 0, max: 100, title: { display: true, text: axisTitle }, ticks: { stepSize: 25 } },
      // Smaller names on a phone, where the labels share the width with the bars.
      y: { ticks: { autoSkip: false, font: (ctx) => ({ size: ctx.chart.width < NARROW ? 12 : 14 }) } },
    },
    plugins: { legend: { display: legend, position: 'bottom' } },
  }
}

export interface ValueRow {
  label: string
  /** Importance I on 0–100; null when not rated. */
  importance: number | null
  /** Practice P on 0–100; null when nothing shows it. */
  practice: number | null
  contradiction: boolean
}

export interface ValuesTexts {
  importance: string
  practice: string
  /** Second line under a contradicted value's name, so the highlight is not colour alone. */
  contradiction: string
  axis: string
}

/** Importance against practice, one pair of bars per value; contradictions marked in colour and words. */
export function valuesChartConfig(rows: readonly ValueRow[], texts: ValuesTexts): BarConfig {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => [...wrapLabel(r.label), ...(r.contradiction ? [texts.contradiction] : [])]),
      datasets: [
        {
          label: texts.importance,
          data: rows.map((r) => r.importance),
          backgroundColor: VALUE_COLOURS.importance,
          borderColor: OUTLINE,
          borderWidth: 1,
        },
        {
          label: texts.practice,
          data: rows.map((r) => r.practice),
          backgroundColor: rows.map((r) =>
            r.contradiction ? VALUE_COLOURS.contradiction : VALUE_COLOURS.practice,
          ),
          borderColor: OUTLINE,
          borderWidth: rows.map((r) => (r.contradiction ? 3 : 1)),
        },
      ],
    },
    options: baseOptions(texts.axis, true),
  }
}

export interface DependencyRow {
  label: string
  dependency: number
  concern: Concern
  /** The concern in words, shown under the name. */
  concernLabel: string
}

/** The rows most dependent first (then by name): the chart's order, which its table follows. */
export function sortDependencyRows(rows: readonly DependencyRow[]): DependencyRow[] {
  return [...rows].sort((a, b) => b.dependency - a.dependency || a.label.localeCompare(b.label))
}

/** Dependency D per function, most dependent first, each bar coloured and labelled by its concern. */
export function dependencyChartConfig(rows: readonly DependencyRow[], axis: string): BarConfig {
  const sorted = sortDependencyRows(rows)
  return {
    type: 'bar',
    data: {
      labels: sorted.map((r) => [...wrapLabel(r.label), r.concernLabel]),
      datasets: [
        {
          label: axis,
          data: sorted.map((r) => r.dependency),
          backgroundColor: sorted.map((r) => CONCERN_COLOURS[r.concern]),
          borderColor: OUTLINE,
          borderWidth: 1,
        },
      ],
    },
    options: baseOptions(axis, false),
  }
}

export interface VendorRow {
  label: string
  /** Share of the functions' weight, as whole percent. */
  percent: number
  kind: VendorKind
  kindLabel: string
}

/** The vendors' shares of the organisation's functions, largest first, coloured and labelled by kind. */
export function vendorChartConfig(rows: readonly VendorRow[], axis: string): BarConfig {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => [...wrapLabel(r.label), r.kindLabel]),
      datasets: [
        {
          label: axis,
          data: rows.map((r) => r.percent),
          backgroundColor: rows.map((r) => VENDOR_KIND_COLOURS[r.kind]),
          borderColor: OUTLINE,
          borderWidth: 1,
        },
      ],
    },
    options: baseOptions(axis, false),
  }
}

export interface TrendSeries {
  /** The assessment's date as the reader writes it: the legend. */
  label: string
  /** One value per number of `numbers`, on 0–100; null when not computable. */
  values: readonly (number | null)[]
}

/**
 * The key numbers across one organisation's assessments: one group of bars per number, one bar per
 * assessment, oldest first in each group and in the legend. Bars rather than lines: the bar chart is
 * the only one registered (one small lazy chunk), and with a handful of yearly assessments a group
 * of bars reads a number's movement as well as a line, in black and white too.
 */
export function trendChartConfig(
  numbers: readonly string[],
  series: readonly TrendSeries[],
  axis: string,
): BarConfig {
  return {
    type: 'bar',
    data: {
      labels: numbers.map((n) => wrapLabel(n)),
      datasets: series.map((s, i) => ({
        label: s.label,
        data: [...s.values],
        backgroundColor: TREND_COLOURS[i % TREND_COLOURS.length],
        borderColor: OUTLINE,
        borderWidth: 1,
      })),
    },
    options: baseOptions(axis, true),
  }
}
