/** The CSV export: what French Excel needs (BOM, `;`), quoting, and one row per question and function. */
import { describe, expect, it } from 'vitest'
import { isVisible, allQuestions } from '@/domain/questionnaire'
import { buildCsv, csvField, CSV_COLUMNS } from '@/report/csv'
import { exampleReportInput } from '../../support/report'

/** A minimal RFC 4180 reader with `;`: enough to check what buildCsv writes. */
function parse(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (!quoted && c === ';') {
      row.push(field)
      field = ''
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else {
      field += c
    }
  }
  return rows
}

describe('csvField', () => {
  it('quotes only fields with a separator, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain text')).toBe('plain text')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('say "yes"')).toBe('"say ""yes"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })
})

describe('buildCsv', () => {
  it('starts with a BOM and the header, separated by ;', async () => {
    const { result, assessment, content, words } = await exampleReportInput(
      'mid-size-in-transition.json',
      'fr',
    )
    const csv = buildCsv(result, assessment, content, words)
    expect(csv.startsWith('\uFEFFkind;id;section;label;answer;score;')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('has one row per key number, per question shown and per function, each as wide as the header', async () => {
    const { result, assessment, content, words } = await exampleReportInput(
      'volunteer-run-self-hosted.json',
      'fr',
    )
    const rows = parse(buildCsv(result, assessment, content, words).slice(1))
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)
    const shown = allQuestions(content.questionnaire).filter((q) => isVisible(q, assessment.answers))
    expect(rows.filter((r) => r[0] === 'question').map((r) => r[1])).toEqual(shown.map((q) => q.id))
    expect(rows.filter((r) => r[0] === 'function').map((r) => r[1])).toEqual(
      result.functions.map((f) => f.functionId),
    )
    const di = rows.find((r) => r[0] === 'score' && r[1] === 'dependencyIndex')
    expect(di?.[5]).toBe(String(Math.round(result.dependencyIndex ?? -1)))
    // A function's dependency and its reason, as scored.
    for (const f of result.functions) {
      const row = rows.find((r) => r[0] === 'function' && r[1] === f.functionId)
      expect(row?.[5]).toBe(f.dependency === null ? '' : String(Math.round(f.dependency)))
      expect(row?.[11]).toBe(f.reason ?? '')
    }
  })
})
