/**
 * Two assessments of one organisation a year apart (tests/e2e/compare-records.ts), stored on the
 * device: from the later one's results, "compare with an earlier assessment" opens the chooser with
 * the earlier one preselected; the comparison words each change, names the replaced tool, follows
 * the marked actions and draws the trend with its table. axe in French and in English; a link to an
 * assessment that is not stored says so.
 */
import type { Page } from '@playwright/test'
import { test, expect, checkA11y, switchTo } from './fixtures'
import {
  expectResults,
  functionName,
  openHome,
  putRecords,
  format,
  texts,
  toolName,
  type Locale,
  writeCurrent,
} from './helpers'
import { compareRecords, EARLIER_ID, LATER_ID } from './compare-records'
import type { AssessmentRecord } from '../../src/persistence/records'

/** The plural form of a `singular | plural` message, its placeholders filled. */
function plural(message: string, values: Record<string, string | number>): string {
  const form = (message.split('|')[1] ?? message).trim()
  return form.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

/** Stores both records, the later one as the current draft (the home page opens the results of a draft only). */
async function storeBoth(page: Page, locale: Locale): Promise<void> {
  await openHome(page) // creates the database
  const [earlier, later] = compareRecords()
  await putRecords(page, [earlier!])
  const draft: AssessmentRecord = { ...later!, status: 'draft' }
  await writeCurrent(page, draft)
  await page.reload()
  await switchTo(page, locale)
}

for (const locale of ['fr', 'en'] as const) {
  const compare = texts[locale].app.compare

  test(`compares two assessments a year apart from the results page (${locale})`, async ({ page }) => {
    await storeBoth(page, locale)
    await page.getByRole('link', { name: texts[locale].app.home.seeResults }).click()
    await expectResults(page, locale)
    await page.getByRole('link', { name: texts[locale].app.results.compareLink }).click()

    // The chooser: the later one asked for, the earlier one of the same organisation by default.
    await expect(page.getByRole('heading', { level: 1, name: compare.heading })).toBeVisible()
    await expect(page.getByLabel(compare.choose.earlier)).toHaveValue(EARLIER_ID)
    await expect(page.getByLabel(compare.choose.later)).toHaveValue(LATER_ID)
    await page.getByRole('button', { name: compare.choose.submit }).click()

    // Every key number with its change in words: dependency index 76 → 38, governance 0 → 50.
    const numbers = page.getByRole('table', { name: compare.numbers.caption })
    await expect(
      numbers.getByRole('row', { name: new RegExp(texts[locale].app.results.cards.dependencyIndex.title) }),
    ).toContainText(plural(compare.numbers.down.better, { points: 38 }))
    await expect(
      numbers.getByRole('row', { name: new RegExp(texts[locale].app.results.cards.governance.title) }),
    ).toContainText(plural(compare.numbers.up.better, { points: 50 }))
    await expect(
      numbers.getByRole('cell', { name: plural(compare.numbers.levelUp, { steps: 2 }) }),
    ).toBeVisible()

    // The tool replaced, function by function.
    const tools = page.getByRole('table', { name: compare.tools.caption })
    await expect(tools.getByRole('rowheader', { name: functionName('files', locale) })).toBeVisible()
    await expect(
      tools.getByRole('cell', {
        name: `${toolName('files', 'google-drive', locale)} → ${toolName('files', 'framaspace', locale)}`,
      }),
    ).toBeVisible()

    // The marked action on the files, done with another tool than the one proposed.
    const actions = page.getByRole('region', { name: compare.actions.title })
    await expect(
      actions.getByRole('cell', {
        name: format(compare.actions.evidences.otherTool, {
          from: toolName('files', 'google-drive', locale),
        }),
        exact: true,
      }),
    ).toBeVisible()

    // The trend and, as its text alternative, a table of both assessments.
    const figure = page.getByRole('figure', {
      name: format(compare.trend.chartTitle, { name: 'Les Amis du Quartier' }),
    })
    await expect(figure.getByRole('img')).toBeVisible()
    await figure.locator('summary').click()
    await expect(figure.getByRole('table', { name: compare.trend.caption }).getByRole('row')).toHaveCount(3)

    await checkA11y(page, `comparison (${locale})`)
  })
}

test('a link to an assessment that is not stored says so, and offers the chooser', async ({ page }) => {
  await storeBoth(page, 'fr')
  await page.goto(`/#/comparer?from=absent&to=${LATER_ID}`)
  const compare = texts.fr.app.compare
  await expect(page.getByRole('alert')).toContainText(compare.problems.title)
  await expect(page.getByRole('alert')).toContainText(
    compare.problems.missing
      .replace('{which}', compare.problems.earlier)
      .split(' :')[0]!
      .split('\u00a0:')[0]!,
  )
  await expect(page.getByLabel(compare.choose.later)).toHaveValue(LATER_ID)
  await checkA11y(page, 'comparison problem (fr)')
})
