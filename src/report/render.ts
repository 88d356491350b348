/**
 * Draws a report model (types.ts) as an A4 PDF with jsPDF and jspdf-autotable. Loaded only when the
 * user exports (this module, jsPDF and the font are one lazy chunk).
 *
 * Decisions:
 * - The map and the charts are drawn with jsPDF's own vector primitives from their pure layout
 *   (components/map/layout.ts, the chart rows of components/results/wording.ts), not rasterised from
 *   an SVG or a Chart.js canvas: the figures stay sharp at any print size, their text stays real text
 *   (searchable, copyable), the file stays small, the same code runs in the browser and in the Node
 *   tests (no canvas there), and Chart.js need not load to export.
 * - Vendor kinds are told apart by a pattern as well as a colour, and written out in words, so the
 *   report reads printed in black and white; concerns are written next to their bars.
 * - DejaVu Sans (subset, src/report/fonts) instead of the built-in Helvetica, which has no `⋅`, `œ`
 *   or `’` in its encoding.
 */
import { jsPDF, GState } from 'jspdf'
import { autoTable } from 'jspdf-autotable'
import { COLUMN_BOX, LINE, MAP_WIDTH, layoutMap, linkPoints } from '@/components/map/layout'
import { INK, KIND_STYLE, fit, type Pattern } from '@/components/map/style'
import { CONCERN_COLOURS, VALUE_COLOURS } from '@/charts/palette'
import { MAP_COLUMNS } from '@/domain/map'
import regular from './fonts/dejavu-sans-regular'
import bold from './fonts/dejavu-sans-bold'
import type { Bar, Block, Figure, PairedBar, ReportModel } from './types'

const FONT = 'DejaVuSans'
const PAGE = { width: 210, height: 297 }
const MARGIN = { left: 16, right: 16, top: 22, bottom: 18 }
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const BOTTOM = PAGE.height - MARGIN.bottom
const PT = 0.3528 // millimetres per point
const ACCENT = '#005a8c'
const SOFT = '#4a5058'
const LANGUAGE = { fr: 'fr-FR', en: 'en-GB' } as const

type Doc = jsPDF & { lastAutoTable?: { finalY: number } }

/** Sizes in points. */
const SIZE = { title: 19, organisation: 13, section: 14, heading: 10.5, body: 9, note: 8, dense: 7.2 }

class Writer {
  y = MARGIN.top
  constructor(readonly doc: Doc) {}

  lineHeight(size: number): number {
    return size * PT * 1.35
  }

  /** Moves to a new page when `height` does not fit under the cursor. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage()
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait')
    this.y = MARGIN.top
  }

  text(
    text: string,
    { size = SIZE.body, weight = 'normal', colour = INK.text, indent = 0, gap = 1.6 } = {},
  ): void {
    const { doc } = this
    doc.setFont(FONT, weight).setFontSize(size).setTextColor(colour)
    const line = this.lineHeight(size)
    for (const paragraph of text.split('\n')) {
      const lines = doc.splitTextToSize(paragraph, WIDTH - indent) as string[]
      for (const l of lines) {
        this.ensure(line)
        doc.text(l, MARGIN.left + indent, this.y + size * PT)
        this.y += line
      }
    }
    this.y += gap
  }
}

function hex(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** A rectangle filled with a colour and a white pattern over it: told apart in grey print too. */
function patterned(
  doc: Doc,
  x: number,
  y: number,
  w: number,
  h: number,
  colour: string,
  pattern: Pattern,
): void {
  doc.setFillColor(colour).rect(x, y, w, h, 'F')
  if (pattern === 'solid') return
  doc.saveGraphicsState()
  doc.rect(x, y, w, h, null)
  doc.clip()
  doc.discardPath()
  doc.setDrawColor('#ffffff').setFillColor('#ffffff').setLineWidth(0.35)
  const step = 1.5
  if (pattern === 'diagonal' || pattern === 'cross') {
    for (let d = -h; d < w + h; d += step) doc.line(x + d, y + h, x + d + h, y)
  }
  if (pattern === 'cross') {
    for (let d = -h; d < w + h; d += step) doc.line(x + d, y, x + d + h, y + h)
  }
  if (pattern === 'horizontal') for (let d = step / 2; d < h; d += step) doc.line(x, y + d, x + w, y + d)
  if (pattern === 'vertical') for (let d = step / 2; d < w; d += step) doc.line(x + d, y, x + d, y + h)
  if (pattern === 'dots') {
    for (let i = step / 2; i < w; i += step)
      for (let j = step / 2; j < h; j += step) doc.circle(x + i, y + j, 0.3, 'F')
  }
  doc.restoreGraphicsState()
}

function barFill(doc: Doc, bar: Bar, x: number, y: number, w: number, h: number): void {
  if (bar.fill.kind === 'vendor') {
    const style = KIND_STYLE[bar.fill.vendorKind]
    patterned(doc, x, y, w, h, style.colour, style.pattern)
  } else {
    doc
      .setFillColor(bar.fill.kind === 'concern' ? CONCERN_COLOURS[bar.fill.concern] : '#8a8f96')
      .rect(x, y, w, h, 'F')
  }
  doc.setDrawColor(INK.text).setLineWidth(0.15).rect(x, y, w, h, 'S')
}

const LABEL_WIDTH = 58
const BAR_AREA = WIDTH - LABEL_WIDTH - 14

function axis(w: Writer, top: number, bottom: number, title: string): void {
  const { doc } = w
  const x0 = MARGIN.left + LABEL_WIDTH
  doc.setDrawColor('#c8ccd0').setLineWidth(0.1)
  doc.setFont(FONT, 'normal').setFontSize(SIZE.dense).setTextColor(SOFT)
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = x0 + (tick / 100) * BAR_AREA
    doc.line(x, top, x, bottom)
    doc.text(String(tick), x, bottom + 3, { align: 'center' })
  }
  doc.text(title, x0 + BAR_AREA / 2, bottom + 6.5, { align: 'center' })
}

/** The label's lines (at most two) and the note's, as drawn in the label column. */
function labelLines(w: Writer, label: string, note: string | undefined): { lines: string[]; height: number } {
  const lines = (
    w.doc
      .setFont(FONT, 'bold')
      .setFontSize(SIZE.note)
      .splitTextToSize(label, LABEL_WIDTH - 3) as string[]
  ).slice(0, 2)
  return { lines, height: (lines.length + (note ? 1 : 0)) * SIZE.note * PT * 1.18 }
}

function labelCell(w: Writer, label: string, note: string | undefined, y: number, h: number): void {
  const { doc } = w
  const { lines, height } = labelLines(w, label, note)
  let at = y + (h - height) / 2 + SIZE.note * PT * 0.95
  doc.setFont(FONT, 'bold').setFontSize(SIZE.note).setTextColor(INK.text)
  for (const l of lines) {
    doc.text(l, MARGIN.left, at)
    at += SIZE.note * PT * 1.18
  }
  if (note) doc.setFont(FONT, 'normal').setFontSize(SIZE.dense).setTextColor(SOFT).text(note, MARGIN.left, at)
}

/** A chart's title and finding, kept on the page of its bars (`height`: the bars and axis). */
function chartHead(w: Writer, title: string, finding: string | undefined, height: number): void {
  const findingLines = finding
    ? (w.doc.setFontSize(SIZE.body).splitTextToSize(finding, WIDTH) as string[]).length
    : 0
  const head = (title ? 9 : 0) + findingLines * w.lineHeight(SIZE.body) + 2
  w.ensure(Math.min(head + height, BOTTOM - MARGIN.top))
  if (title) {
    w.y += 1.5
    w.text(title, { size: SIZE.heading, weight: 'bold', colour: ACCENT, gap: 1 })
  }
  if (finding) w.text(finding)
}

function drawBars(w: Writer, figure: Extract<Figure, { kind: 'bars' }>): void {
  const bars = figure.compact
    ? // The note moves after the number, so each bar keeps to one line.
      figure.bars.map(({ note, ...bar }): Bar => ({
        ...bar,
        text: note ? `${bar.text} · ${note}` : bar.text,
      }))
    : figure.bars
  const rows = bars.map((bar) =>
    figure.compact ? 5.4 : Math.max(6.4, labelLines(w, bar.label, bar.note).height + 2),
  )
  const total = rows.reduce((sum, r) => sum + r, 0)
  chartHead(w, figure.title, figure.finding, total + (figure.compact ? 5 : 9))
  const { doc } = w
  const top = w.y
  // Grid first (the small chart's title already says what the axis measures), so that bars and numbers are drawn over it.
  axis(w, top, top + total, figure.compact ? '' : figure.axis)
  let y = top
  bars.forEach((bar, i) => {
    const row = rows[i] ?? 6.4
    labelCell(w, bar.label, bar.note, y, row)
    const length = Math.max(0.4, (Math.min(100, bar.value) / 100) * BAR_AREA)
    const thickness = Math.min(5, row - 1.6)
    barFill(doc, bar, MARGIN.left + LABEL_WIDTH, y + (row - thickness) / 2, length, thickness)
    doc.setFont(FONT, 'bold').setFontSize(SIZE.note).setTextColor(INK.text)
    doc.text(bar.text, MARGIN.left + LABEL_WIDTH + length + 1.5, y + row / 2 + 1.1)
    y += row
  })
  w.y = y + (figure.compact ? 5.5 : 10)
}

function drawPairs(w: Writer, figure: Extract<Figure, { kind: 'pairs' }>): void {
  const row = 9
  const { doc } = w
  chartHead(w, figure.title, figure.finding, figure.pairs.length * row + 16)
  // Legend first: a solid and a hatched swatch, so the two bars differ without colour.
  const swatch = (x: number, label: string, second: boolean) => {
    if (second) patterned(doc, x, w.y, 4, 3, VALUE_COLOURS.practice, 'diagonal')
    else doc.setFillColor(VALUE_COLOURS.importance).rect(x, w.y, 4, 3, 'F')
    doc.setDrawColor(INK.text).setLineWidth(0.15).rect(x, w.y, 4, 3, 'S')
    doc
      .setFont(FONT, 'normal')
      .setFontSize(SIZE.note)
      .setTextColor(INK.text)
      .text(label, x + 5.5, w.y + 2.6)
    return x + 8 + doc.getTextWidth(label)
  }
  const next = swatch(MARGIN.left + LABEL_WIDTH, figure.legend[0], false)
  swatch(next + 4, figure.legend[1], true)
  w.y += 6
  const top = w.y
  axis(w, top, top + figure.pairs.length * row, figure.axis)
  figure.pairs.forEach((pair: PairedBar, i) => {
    const y = top + i * row
    labelCell(w, pair.label, pair.flag, y, row)
    const bar = (value: number | null, at: number, second: boolean) => {
      if (value === null) {
        doc
          .setFont(FONT, 'normal')
          .setFontSize(SIZE.dense)
          .setTextColor(SOFT)
          .text('–', MARGIN.left + LABEL_WIDTH + 1, at + 2.4)
        return
      }
      const length = Math.max(0.4, (value / 100) * BAR_AREA)
      const x = MARGIN.left + LABEL_WIDTH
      if (second)
        patterned(
          doc,
          x,
          at,
          length,
          3.2,
          pair.flag ? VALUE_COLOURS.contradiction : VALUE_COLOURS.practice,
          'diagonal',
        )
      else doc.setFillColor(VALUE_COLOURS.importance).rect(x, at, length, 3.2, 'F')
      doc
        .setDrawColor(INK.text)
        .setLineWidth(pair.flag && second ? 0.5 : 0.15)
        .rect(x, at, length, 3.2, 'S')
      doc
        .setFont(FONT, 'normal')
        .setFontSize(SIZE.dense)
        .setTextColor(INK.text)
        .text(String(value), x + length + 1.2, at + 2.6)
    }
    bar(pair.first, y + 1, false)
    bar(pair.second, y + 4.6, true)
  })
  w.y = top + figure.pairs.length * row + 10
}

function drawMap(w: Writer, figure: Extract<Figure, { kind: 'map' }>): void {
  const { doc } = w
  const { map, items, texts } = figure
  const layout = layoutMap(map, (id) => items.get(id)?.lines.length ?? 1)
  const legendHeight = 8
  const available = BOTTOM - w.y - legendHeight - 24
  const pxWidth = MAP_WIDTH + 16
  const s = Math.min(WIDTH / pxWidth, available / layout.height)
  const left = MARGIN.left + (WIDTH - pxWidth * s) / 2
  const top = w.y
  const X = (px: number) => left + (px + 8) * s
  const Y = (py: number) => top + py * s
  const pt = (px: number) => (px * s) / PT
  doc.setFont(FONT, 'bold').setFontSize(pt(15)).setTextColor(INK.text)
  for (const column of MAP_COLUMNS) doc.text(texts.columns[column], X(COLUMN_BOX[column].x), Y(18))
  doc.setFontSize(pt(12)).setTextColor(INK.soft)
  for (const title of layout.groupTitles) doc.text(texts.groups[title.group] ?? title.group, X(0), Y(title.y))

  // Links under the nodes, coloured by the vendor they lead to, dashed for deliberate choices.
  const vendorOfTool = new Map(map.tools.map((tool) => [tool.id, `vendor:${tool.vendorId}`]))
  doc.saveGraphicsState()
  doc.setGState(new GState({ 'stroke-opacity': 0.55 }))
  for (const link of map.links) {
    const from = layout.boxes.get(link.from)
    const to = layout.boxes.get(link.to)
    if (!from || !to) continue
    const vendor = link.to.startsWith('vendor:') ? link.to : vendorOfTool.get(link.to)
    const kind = vendor ? items.get(vendor)?.kind : undefined
    const { x1, y1, mid, x2, y2 } = linkPoints(from, to)
    doc.setDrawColor(kind ? KIND_STYLE[kind].colour : INK.line).setLineWidth(link.weight * 3 * s)
    doc.setLineDashPattern(link.deliberate ? [9 * s, 6 * s] : [], 0)
    doc.moveTo(X(x1), Y(y1)).curveTo(X(mid), Y(y1), X(mid), Y(y2), X(x2), Y(y2)).stroke()
  }
  doc.restoreGraphicsState()
  doc.setLineDashPattern([], 0)

  for (const [id, box] of layout.boxes) {
    const item = items.get(id)
    if (!item) continue
    const frame = item.warning ? INK.warning : item.kind ? KIND_STYLE[item.kind].colour : INK.line
    doc
      .setFillColor(INK.paper)
      .setDrawColor(frame)
      .setLineWidth((item.warning ? 4 : item.kind ? 2 : 1) * s)
    doc.roundedRect(X(box.x), Y(box.y), box.width * s, box.height * s, 6 * s, 6 * s, 'FD')
    if (item.kind) {
      const style = KIND_STYLE[item.kind]
      patterned(
        doc,
        X(box.x + 2.5),
        Y(box.y + 2.5),
        15 * s,
        (box.height - 5) * s,
        style.colour,
        style.pattern,
      )
    }
    const textX = X(box.x + (item.kind ? 26 : 10))
    doc.setFont(FONT, 'bold').setFontSize(pt(13)).setTextColor(INK.text)
    item.lines.forEach((line, i) =>
      doc.text(line, textX, Y(box.y + (item.column === 'tool' ? 22 : 19) + i * LINE)),
    )
    const extra = (item.lines.length - 1) * LINE
    if (item.column !== 'tool') {
      doc.setFont(FONT, 'normal').setFontSize(pt(11)).setTextColor(INK.soft)
      doc.text(fit(item.detail, item.deliberate ? 28 : item.kind ? 34 : 38), textX, Y(box.y + 36 + extra))
    }
    if (item.deliberate) {
      doc
        .setFillColor(INK.accentSoft)
        .setDrawColor(INK.accent)
        .setLineWidth(1 * s)
      doc.roundedRect(
        X(box.x + box.width - 54),
        Y(box.y + 24 + extra),
        48 * s,
        17 * s,
        8.5 * s,
        8.5 * s,
        'FD',
      )
      doc.setFont(FONT, 'bold').setFontSize(pt(10)).setTextColor(INK.accent)
      doc.text(texts.choice, X(box.x + box.width - 30), Y(box.y + 36 + extra), { align: 'center' })
    }
    if (item.warning) {
      doc.setFont(FONT, 'bold').setFontSize(pt(11)).setTextColor(INK.warning)
      doc.text(texts.warning, textX, Y(box.y + box.height - 8))
    }
  }
  w.y = top + layout.height * s + 3

  // Legend: each kind's pattern swatch and its name.
  let x = MARGIN.left
  doc.setFont(FONT, 'normal').setFontSize(SIZE.note)
  for (const entry of figure.legend) {
    const width = 7 + doc.getTextWidth(entry.label) + 5
    if (x + width > MARGIN.left + WIDTH) {
      x = MARGIN.left
      w.y += 5
    }
    const style = KIND_STYLE[entry.kind]
    patterned(doc, x, w.y, 5, 3.5, style.colour, style.pattern)
    doc.setDrawColor(INK.text).setLineWidth(0.15).rect(x, w.y, 5, 3.5, 'S')
    doc.setTextColor(INK.text).text(entry.label, x + 6.5, w.y + 2.9)
    x += width
  }
  w.y += 7
}

function drawTable(w: Writer, block: Extract<Block, { kind: 'table' | 'facts' }>): void {
  const facts = block.kind === 'facts'
  const head = facts ? [] : [[...block.head]]
  const body = facts ? block.rows.map((r) => [...r]) : block.body.map((r) => [...r])
  const widths = facts ? [60, WIDTH - 60] : scaleWidths(block.widths, block.head.length)
  const dense = !facts && block.dense
  w.ensure(14)
  autoTable(w.doc, {
    startY: w.y,
    head,
    body,
    theme: facts ? 'plain' : 'grid',
    margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom },
    styles: {
      font: FONT,
      fontSize: dense ? SIZE.dense : SIZE.note,
      cellPadding: facts ? { top: 0.7, bottom: 0.7, left: 0, right: 2 } : 1.3,
      textColor: hex(INK.text),
      lineColor: [200, 204, 208],
      lineWidth: facts ? 0 : 0.1,
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { fillColor: [228, 234, 239], textColor: hex(INK.text), fontStyle: 'bold' },
    alternateRowStyles: facts ? {} : { fillColor: [248, 249, 250] },
    columnStyles: Object.fromEntries(
      widths.map((width, i) => [
        i,
        { cellWidth: width, ...(facts && i === 0 ? { fontStyle: 'bold' as const } : {}) },
      ]),
    ),
  })
  w.y = (w.doc.lastAutoTable?.finalY ?? w.y) + 3
}

function scaleWidths(widths: readonly number[] | undefined, count: number): number[] {
  const relative = widths ?? Array.from({ length: count }, () => 1)
  const total = relative.reduce((sum, x) => sum + x, 0)
  return relative.map((x) => (x / total) * WIDTH)
}

function drawBlock(w: Writer, block: Block): void {
  switch (block.kind) {
    case 'heading':
      // Keep a heading with at least two lines of what follows.
      w.ensure(18)
      w.y += 1.5
      w.text(block.text, { size: SIZE.heading, weight: 'bold', colour: ACCENT, gap: 1 })
      return
    case 'paragraph':
      if (block.emphasis === 'lead') w.text(block.text, { size: 11, weight: 'bold' })
      else if (block.emphasis === 'strong') w.text(block.text, { weight: 'bold' })
      else if (block.emphasis === 'note') w.text(block.text, { size: SIZE.note, colour: SOFT })
      else w.text(block.text)
      return
    case 'list':
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}.` : '•'
        w.ensure(w.lineHeight(SIZE.body))
        w.doc.setFont(FONT, 'normal').setFontSize(SIZE.body).setTextColor(INK.text)
        w.doc.text(marker, MARGIN.left + 1, w.y + SIZE.body * PT)
        w.text(item, { indent: 5, gap: 0.8 })
      })
      w.y += 1
      return
    case 'facts':
    case 'table':
      drawTable(w, block)
      return
    case 'figure':
      if (block.figure.kind === 'bars') drawBars(w, block.figure)
      else if (block.figure.kind === 'pairs') drawPairs(w, block.figure)
      else drawMap(w, block.figure)
      return
  }
}

function headerAndFooter(doc: Doc, model: ReportModel): void {
  const total = doc.getNumberOfPages()
  for (let page = 1; page <= total; page++) {
    doc.setPage(page)
    doc.setFont(FONT, 'normal').setFontSize(SIZE.dense).setTextColor(SOFT)
    doc.text(fit(`${model.organisation} — ${model.date}`, 70), MARGIN.left, 12)
    doc.text(model.title.split(' — ')[0] ?? model.title, PAGE.width - MARGIN.right, 12, { align: 'right' })
    doc
      .setDrawColor('#c8ccd0')
      .setLineWidth(0.2)
      .line(MARGIN.left, 14, PAGE.width - MARGIN.right, 14)
    const label = model.pageLabel.replace('{page}', String(page)).replace('{total}', String(total))
    doc.text(label, PAGE.width / 2, PAGE.height - 9, { align: 'center' })
  }
}

/** The report as a jsPDF document: A4, DejaVu Sans, metadata set, header and footer on every page. */
export function renderReport(model: ReportModel): jsPDF {
  const doc: Doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true })
  doc.addFileToVFS('DejaVuSans.ttf', regular)
  doc.addFont('DejaVuSans.ttf', FONT, 'normal')
  doc.addFileToVFS('DejaVuSans-Bold.ttf', bold)
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold')
  doc.setLanguage(LANGUAGE[model.lang])
  doc.setDocumentProperties({
    title: model.title,
    author: model.author,
    subject: model.title,
    creator: model.author,
  })
  doc.setProperties({ title: model.title })
  const w = new Writer(doc)

  // The title block of page 1.
  w.text(model.title.split(' — ')[0] ?? model.title, {
    size: SIZE.title,
    weight: 'bold',
    colour: ACCENT,
    gap: 0.5,
  })
  // The organisation and date follow in the first facts, and head every page.
  w.text(model.organisation, { size: SIZE.organisation, weight: 'bold', gap: 2 })

  model.sections.forEach((section, index) => {
    if (section.newPage && index > 0) w.newPage()
    w.ensure(24)
    w.text(section.title, { size: SIZE.section, weight: 'bold', colour: ACCENT, gap: 0.6 })
    doc
      .setDrawColor(ACCENT)
      .setLineWidth(0.5)
      .line(MARGIN.left, w.y, MARGIN.left + WIDTH, w.y)
    w.y += 3
    for (const block of section.blocks) drawBlock(w, block)
  })
  headerAndFooter(doc, model)
  return doc
}
