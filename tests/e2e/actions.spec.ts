/**
 * Marking the plan: an example organisation opened from a file, its first action marked done with
 * a note; the mark survives a reload and a round trip through the exported file; the page stays
 * accessible in both languages and fits a 375 px phone with a mark set.
 */
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { test, expect, checkA11y, switchTo } from './fixtures'
import { expectNoHorizontalScroll, expectResults, openHome, texts, type Locale } from './helpers'

const EXAMPLE = fileURLToPath(new URL('../../examples/mid-size-in-transition.json', import.meta.url))

/** A pattern for the start of an accessible name, whatever space the browser made of a no-break one. */
function startOf(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s')
  return new RegExp(`^${escaped}`)
}

/** Opens a file with the home page's file input (replacing the assessment on the device if it differs) and lands on its results. */
async function openFile(page: Page, locale: Locale, path: string): Promise<void> {
  // The language chosen earlier in the test is remembered: the home page opens in it.
  const current =
    (await page
      .locator('html')
      .getAttribute('lang')
      .catch(() => null)) === locale
  await openHome(page, current ? locale : 'fr')
  await switchTo(page, locale)
  await page.getByLabel(texts[locale].app.import.label).setInputFiles(path)
  // The file's assessment is already on the device with other marks: the app asks, and the
  // person chooses to replace it (the one on the device is downloaded first).
  const conflict = texts[locale].app.import.conflict
  const replace = page
    .getByRole('dialog', { name: conflict.title })
    .getByRole('button', { name: conflict.replace })
  const results = page.getByRole('heading', { level: 1, name: texts[locale].app.results.heading })
  await expect(replace.or(results)).toBeVisible()
  if (await replace.isVisible()) await replace.click()
  await expectResults(page, locale)
}

/** The status control of the plan's first action (its label is the question, then the action's name). */
function firstStatus(page: Page, locale: Locale): Locator {
  const question = texts[locale].app.results.actions.question
  return page.getByRole('combobox', { name: startOf(question) }).first()
}

/** The note of the same action: its label names the action as the status control's does. */
async function noteOf(page: Page, status: Locator, locale: Locale): Promise<Locator> {
  const label = await status.evaluate((select: HTMLSelectElement) => select.labels[0]?.textContent ?? '')
  const action = label.slice(label.indexOf('('))
  return page.getByRole('textbox', { name: startOf(`${texts[locale].app.results.actions.note} ${action}`) })
}

for (const locale of ['fr', 'en'] as const) {
  const actions = texts[locale].app.results.actions

  test(`${locale}: an action marked done with a note survives a reload and an export/import`, async ({
    page,
  }) => {
    await openFile(page, locale, EXAMPLE)
    const status = firstStatus(page, locale)
    await expect(status).toHaveValue('')
    await status.selectOption({ label: actions.statuses.done })
    const note = await noteOf(page, status, locale)
    await note.fill('Moved in October')
    await note.blur()
    await expect(page.getByText(actions.badge.done).first()).toBeVisible()
    await expect(page.getByText(texts[locale].app.wizard.saved).first()).toBeVisible()
    await checkA11y(page, `results with an action done (${locale})`)

    await page.reload()
    // After a reload the heading is shown but not focused (focus moves on navigation only).
    await expect(
      page.getByRole('heading', { level: 1, name: texts[locale].app.results.heading }),
    ).toBeVisible()
    await expect(firstStatus(page, locale)).toHaveValue('done')
    await expect(await noteOf(page, firstStatus(page, locale), locale)).toHaveValue('Moved in October')

    // The results page's download carries the mark.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: texts[locale].app.results.export, exact: true }).click(),
    ])
    const exported = await download.path()

    // Undo the mark here, so only the file can bring it back.
    await firstStatus(page, locale).selectOption({ label: actions.notDecided })
    await expect(firstStatus(page, locale)).toHaveValue('')

    await openFile(page, locale, exported)
    await expect(firstStatus(page, locale)).toHaveValue('done')
    await expect(await noteOf(page, firstStatus(page, locale), locale)).toHaveValue('Moved in October')
  })

  test(`${locale}: with a mark set, the results fit a 375 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await openFile(page, locale, EXAMPLE)
    await firstStatus(page, locale).selectOption({ label: actions.statuses.inProgress })
    await expect(page.getByText(actions.badge.inProgress).first()).toBeVisible()
    await expectNoHorizontalScroll(page, 375)
    await checkA11y(page, `results at 375 px with an action in progress (${locale})`)
  })
}
