/**
 * The board report and the CSV, downloaded from the real results page in both languages: the PDF is
 * read back as text (organisation, every section title, completeness as the page shows it, French
 * signs), page 1 and the map page are rendered to PNG with pdftoppm into test-results/ for a human
 * eye; the CSV opens with a BOM, `;` and one row per question and function. The print view hides the
 * navigation and buttons. With an earlier assessment of the same organisation stored, the PDF has a
 * "changes since" section and a line on page 1; without one, neither.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { test, expect, checkA11y, switchTo } from './fixtures'
import {
  expectResults,
  format,
  numberPattern,
  openHome,
  putRecords,
  texts,
  type Locale,
  writeCurrent,
} from './helpers'
import { compareRecords } from './compare-records'
import { readPdf, squeeze } from '../support/pdf-text'
import { formatDate } from '../../src/domain/results/plan'
import type { AssessmentRecord } from '../../src/persistence/records'

const EXAMPLE = fileURLToPath(new URL('../../examples/mid-size-in-transition.json', import.meta.url))
const ORGANISATION = (
  JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { assessment: { answers: Record<string, { value: string }> } }
).assessment.answers['profile.name']!.value
const OUT = 'test-results'

async function openExample(page: Page, locale: Locale): Promise<void> {
  await openHome(page)
  await switchTo(page, locale)
  await page.getByLabel(texts[locale].app.import.label).setInputFiles(EXAMPLE)
  await expectResults(page, locale)
}

/** Clicks a button and returns the path where its download was saved. */
async function download(page: Page, name: string, path: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ])
  await file.saveAs(path)
  return path
}

test.beforeAll(() => mkdirSync(OUT, { recursive: true }))

for (const locale of ['fr', 'en'] as const) {
  test(`the PDF report holds the results as text (${locale})`, async ({ page }) => {
    const report = texts[locale].app.results.report
    await openExample(page, locale)
    const completeness = await page
      .getByText(numberPattern(texts[locale].app.results.completeness))
      .textContent()
    const percent = /\d+/.exec(completeness ?? '')?.[0]

    const path = await download(page, report.download, `${OUT}/report-${locale}.pdf`)
    await expect(page.getByText(/\.pdf$/)).toBeVisible()
    const pdf = await readPdf(readFileSync(path))

    expect(pdf.info.Title).toContain(ORGANISATION)
    expect(pdf.compact).toContain(squeeze(ORGANISATION))
    for (const [id, title] of Object.entries(report.sections)) {
      if (id !== 'changes') expect(pdf.compact, title).toContain(squeeze(title))
    }
    expect(pdf.compact).toContain(squeeze(`${report.facts.completeness}${percent}`))
    // Nothing stored before this imported assessment: no comparison.
    expect(pdf.compact).not.toContain(squeeze(report.sections.changes.split('{date}')[0]!))
    expect(pdf.compact).toContain('’')
    if (locale === 'fr') expect(pdf.compact).toMatch(/«[^»]+»/)

    // Page 1 and the map page as images, for a person to look at.
    const mapPage = pdf.pages.findIndex((text) => squeeze(text).includes(squeeze(report.sections.map))) + 1
    expect(mapPage).toBeGreaterThan(1)
    for (const [page, name] of [
      [1, 'page1'],
      [mapPage, 'map'],
    ] as const) {
      execFileSync('pdftoppm', [
        '-r',
        '80',
        '-png',
        '-singlefile',
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        path,
        `${OUT}/report-${locale}-${name}`,
      ])
    }
    await checkA11y(page, `results after the PDF export (${locale})`)
  })

  test(`the PDF says what changed since the previous assessment of the organisation (${locale})`, async ({
    page,
  }) => {
    const report = texts[locale].app.results.report
    // The 2025 assessment stored, the 2026 one being the current draft (compare-records.ts).
    await openHome(page)
    const [earlier, later] = compareRecords()
    await putRecords(page, [earlier!])
    const draft: AssessmentRecord = { ...later!, status: 'draft' }
    await writeCurrent(page, draft)
    await page.reload()
    await switchTo(page, locale)
    await page.getByRole('link', { name: texts[locale].app.home.seeResults }).click()
    await expectResults(page, locale)

    const path = await download(page, report.download, `${OUT}/report-changes-${locale}.pdf`)
    const pdf = await readPdf(readFileSync(path))
    const date = formatDate('2025-11-20T10:00:00.000Z', locale)
    const title = squeeze(format(report.sections.changes, { date }))
    const changesPage = pdf.pages.findIndex((text) => squeeze(text).includes(title))
    expect(changesPage).toBeGreaterThan(0)
    // By the method (compare-records.ts): dependency index 76 → 38, governance 0 → 50.
    const section = squeeze(pdf.pages.slice(changesPage).join(''))
    const down = texts[locale].app.compare.numbers.down.better.split('|')[1]!.trim()
    expect(section).toContain(squeeze(format(down, { points: 38 })))
    // Page 1 says it in one line: the dependency index and the step (1 → 3).
    const { headline } = report.changes
    const name = texts[locale].app.results.cards.dependencyIndex.title
    const changes = [
      format(headline.down.split('|')[1]!.trim(), {
        name: name.charAt(0).toLowerCase() + name.slice(1),
        points: 38,
        before: 76,
        after: 38,
      }),
      format(headline.level, { before: 1, after: 3 }),
    ].join(headline.separator)
    expect(squeeze(pdf.pages[0]!)).toContain(squeeze(format(headline.line, { date, changes })))

    for (const [n, name] of [
      [1, 'page1'],
      [changesPage + 1, 'page'],
    ] as const) {
      execFileSync('pdftoppm', [
        '-r',
        '80',
        '-png',
        '-singlefile',
        '-f',
        `${n}`,
        '-l',
        `${n}`,
        path,
        `${OUT}/report-changes-${locale}-${name}`,
      ])
    }
  })

  test(`the CSV holds one row per question and per function (${locale})`, async ({ page }) => {
    await openExample(page, locale)
    const path = await download(page, texts[locale].app.results.report.csv, `${OUT}/report-${locale}.csv`)
    const csv = readFileSync(path, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe('kind;id;section;label;answer;score;criticality;data;exit;keys;stance;reason')
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^question;profile\\.name;[^;]*;[^;]*;${ORGANISATION.replace(/[()]/g, '\\$&')};`),
      ),
    )
    expect(lines.filter((l) => l.startsWith('function;')).length).toBeGreaterThan(10)
    expect(lines.filter((l) => l.startsWith('score;dependencyIndex;'))).toHaveLength(1)
  })
}

test('the printed results show no navigation and no buttons', async ({ page }) => {
  await openExample(page, 'fr')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation').first()).toBeHidden()
  await expect(page.getByRole('button', { name: texts.fr.app.results.report.download })).toBeHidden()
  await expect(page.getByRole('heading', { name: texts.fr.app.results.map.title })).toBeVisible()
  await page.screenshot({ path: `${OUT}/results-print-fr.png`, fullPage: true })
})
