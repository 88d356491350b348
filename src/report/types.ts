/**
 * The report as plain data: sections of headings, paragraphs, tables and figures, in the reader's
 * language. Built by model.ts from the Result and the plan, drawn by render.ts with jsPDF; tests read
 * the model without jsPDF.
 */
import type { Locale } from '@/domain/catalogue/types'
import type { DependencyMap, MapVendorKind } from '@/domain/map'
import type { Concern } from '@/domain/results/summary'
import type { MapItem } from '@/components/map/items'

/** The report's sections, in reading order. `changes` appears only when a comparison is given. */
export const REPORT_SECTIONS = [
  'summary',
  'map',
  'charts',
  'functions',
  'values',
  'governance',
  'plan',
  'choices',
  'changes',
  'method',
  'answers',
] as const
export type ReportSectionId = (typeof REPORT_SECTIONS)[number]

/** One bar of a bar figure, on a 0–100 scale. */
export interface Bar {
  label: string
  /** A second, smaller line under the label: the vendor kind, the concern in words. */
  note?: string
  value: number
  /** How the bar is filled: a vendor kind's colour and pattern, a concern's colour, or plain grey. */
  fill:
    { kind: 'vendor'; vendorKind: MapVendorKind } | { kind: 'concern'; concern: Concern } | { kind: 'plain' }
  /** The number written at the bar's end ("42 %", "42"). */
  text: string
}

/** Importance against practice for one value: two bars, the gap flagged in words. */
export interface PairedBar {
  label: string
  first: number | null
  second: number | null
  /** Written under the label when the pair is a contradiction. */
  flag?: string
}

/** Bar figures carry their title and finding, so that they never end up on another page than the bars. */
export type Figure =
  | {
      kind: 'bars'
      title: string
      finding?: string
      axis: string
      bars: readonly Bar[]
      /** One line per bar (the note after the label): the small chart of page 1. */
      compact?: boolean
    }
  | {
      kind: 'pairs'
      title: string
      finding?: string
      axis: string
      legend: readonly [string, string]
      pairs: readonly PairedBar[]
    }
  | {
      kind: 'map'
      map: DependencyMap
      items: ReadonlyMap<string, MapItem>
      /** Column titles, group titles (by group id), the warning line and the deliberate badge. */
      texts: {
        columns: Readonly<Record<'function' | 'tool' | 'vendor', string>>
        groups: Readonly<Record<string, string>>
        warning: string
        choice: string
      }
      /** One entry per vendor kind present on the map: its pattern and its name. */
      legend: readonly { kind: MapVendorKind; label: string }[]
    }

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: 'lead' | 'note' | 'strong' }
  | { kind: 'list'; items: readonly string[]; ordered?: boolean }
  /** Label–value pairs, as a two-column borderless table. */
  | { kind: 'facts'; rows: readonly (readonly [string, string])[] }
  | {
      kind: 'table'
      head: readonly string[]
      body: readonly (readonly string[])[]
      /** Relative column widths; even when absent. */
      widths?: readonly number[]
      /** Smaller type for wide tables. */
      dense?: boolean
    }
  | {
      kind: 'figure'
      figure: Figure
      /** Height in millimetres; the map takes what the page has. */ height?: number
    }

export interface ReportSection {
  id: ReportSectionId
  title: string
  /** Starts on a new page (every section but the first, unless it is short and follows on). */
  newPage: boolean
  blocks: readonly Block[]
}

/**
 * What changed since the previous assessment of the same organisation, already worded: built from the
 * history's comparison by changes.ts and passed in by the caller; absent, the section is left out.
 */
export interface ReportChanges {
  /** ISO date of the previous assessment. */
  previousDate: string
  /** Page 1's one line: "Since 3 March 2025: dependency index down 12 points…". */
  headline: string
  /** The step on the path and the key numbers: before, now, and the change in words. */
  rows: readonly { label: string; before: string; now: string; change?: string }[]
  /** Tools replaced, function by function. */
  tools: readonly { label: string; change: string; dependency: string }[]
  /** Single points of failure removed and new. */
  points: { removed: readonly string[]; added: readonly string[] }
  /** Values–practice contradictions resolved and new. */
  contradictions: { removed: readonly string[]; added: readonly string[] }
  /** Actions of the earlier plan the organisation marked: how, and what the new answers show. */
  actions: readonly { action: string; mark: string; evidence: string }[]
  /** Sentences under the table: the versions differ, the numbers were recomputed on a shared basis. */
  notes?: readonly string[]
}

export interface ReportModel {
  lang: Locale
  /** The PDF's title metadata and the first heading. */
  title: string
  /** The organisation's name, or the "unnamed" wording. */
  organisation: string
  /** The assessment's date, as written in the header. */
  date: string
  /** The PDF's author metadata: the organisation, or the app when unnamed. */
  author: string
  /** The footer's "page i / n" with `{page}` and `{total}` left to fill. */
  pageLabel: string
  sections: readonly ReportSection[]
}
