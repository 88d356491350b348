/**
 * The results page as a board member meets it: an example organisation opened from a file on the
 * home page, its story on the first screen, charts drawn from Chart.js, the plan with named hosts
 * and dated prices; accessible in both languages and on a 375 px phone.
 */
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { test, expect, checkA11y, switchTo } from './fixtures'
import {
  expectNoHorizontalScroll,
  expectResults,
  numberPattern,
  openHome,
  texts,
  type Locale,
} from './helpers'

const EXAMPLE = fileURLToPath(new URL('../../examples/mid-size-in-transition.json', import.meta.url))

/** Opens the example file with the home page's file input, in the given language, and lands on its results. */
async function openExample(page: Page, locale: Locale): Promise<void> {
  await openHome(page)
  await switchTo(page, locale)
  await page.getByLabel(texts[locale].app.import.label).setInputFiles(EXAMPLE)
  await expectResults(page, locale)
}

/** Whether a canvas has at least one non-transparent pixel. */
async function hasDrawing(page: Page, index: number): Promise<boolean> {
  return page
    .locator('canvas')
    .nth(index)
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d')
      if (!context || canvas.width === 0) return false
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true
      return false
    })
}

const pluralForm = (message: string) => message.split(' | ')[1] ?? message

/** Keeps a full-page screenshot with the test's output (test-results/), for reviewers and CI artefacts. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })
}

for (const locale of ['fr', 'en'] as const) {
  const results = texts[locale].app.results
  const method = texts[locale].method

  test(`${locale}: the first screen tells the story, charts draw, the plan names hosts and prices`, async ({
    page,
  }) => {
    await openExample(page, locale)
    // Who and when: the name answered and the date of the last answers (2026-10-21).
    await expect(
      page.getByText('Centre social des Tilleuls (example)', { exact: false }).first(),
    ).toBeVisible()
    await expect(
      page.getByText(locale === 'fr' ? '21 octobre 2026' : '21 October 2026').first(),
    ).toBeVisible()
    // Level 3 with what would take it further: lower the index by some whole points.
    await expect(page.getByText(method.levels[3], { exact: true })).toBeVisible()
    await expect(page.getByText(numberPattern(pluralForm(results.summary.next.lowerIndex)))).toBeVisible()
    // The first three actions, then the full plan with a named host and a dated price.
    await expect(page.getByRole('heading', { level: 2, name: results.summary.actionsTitle })).toBeVisible()
    const plan = page.getByRole('region', { name: results.plan.title })
    await expect(plan.getByRole('link', { name: 'Framasoft' }).first()).toBeVisible()
    await expect(
      plan.getByText(locale === 'fr' ? /prix au 30 novembre 2026/ : /price as of 30 November 2026/).first(),
    ).toBeVisible()
    // The deliberate choices with their reasons.
    const choices = page.getByRole('region', { name: results.choices.title })
    await expect(choices.getByText('Jitsi works in the browser', { exact: false })).toBeVisible()

    // Three charts, each a drawn canvas named by its finding, with its numbers as a table.
    const canvases = page.getByRole('img').and(page.locator('canvas'))
    await expect(canvases).toHaveCount(3)
    for (let i = 0; i < 3; i++) {
      await expect(canvases.nth(i)).toHaveAttribute('aria-label', /\S/)
      await expect.poll(() => hasDrawing(page, i)).toBe(true)
    }
    // The map has its own table behind a disclosure: count the charts' own.
    const charts = page.getByRole('region', { name: results.charts.title, exact: true })
    const numbers = charts.locator('details').filter({ has: page.locator('table') })
    await expect(numbers).toHaveCount(3)
    await numbers.first().locator('summary').click()
    await expect(numbers.first().getByRole('table')).toBeVisible()

    await checkA11y(page, `results (${locale})`)
    await keepScreenshot(page, `results-${locale}-desktop`)
  })

  test(`${locale}: the results fit a 375 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await openExample(page, locale)
    await expect(page.locator('canvas')).toHaveCount(3)
    await expectNoHorizontalScroll(page, 375)
    await checkA11y(page, `results at 375 px (${locale})`)
    await keepScreenshot(page, `results-${locale}-375`)
  })
}
