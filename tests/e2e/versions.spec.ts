/**
 * A draft stored before version 2 (tests/fixtures/v1/draft-record.json) opens and shows its
 * results; a notice says it was answered with version 1; the download keeps its answers as they
 * are; "continue with version 2" migrates it, lists what is new and opens the first section with
 * new questions, where the old answers are kept and the new ones are open. axe on the notice and
 * on the list of what is new, in French and in English.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, checkA11y, switchTo } from './fixtures'
import {
  expectResults,
  followUpRadio,
  functionCard,
  openHome,
  sectionHeading,
  texts,
  toolCheckbox,
  type Locale,
  writeCurrent,
} from './helpers'

const record = JSON.parse(
  readFileSync(new URL('../fixtures/v1/draft-record.json', import.meta.url), 'utf8'),
) as { id: string; assessment: { id: string } }

/** Puts the stored version-1 draft in `assessments` and names it the current draft, as the old app left it. */
async function storeV1Draft(page: Page): Promise<void> {
  await openHome(page) // creates the database
  await writeCurrent(page, record)
  await page.reload()
}

/** The plural form of a `singular | plural` message, its `{count}` filled. */
function plural(message: string, count: number): string {
  const form = message.split('|')[1] ?? message
  return form.trim().replace('{count}', String(count))
}

function notice(page: Page, locale: Locale) {
  return page.getByRole('region', { name: texts[locale].app.version.title })
}

function whatIsNew(page: Page, locale: Locale) {
  return page.getByRole('region', { name: texts[locale].app.version.report.title })
}

for (const locale of ['fr', 'en'] as const) {
  const version = texts[locale].app.version

  test(`a version-1 draft shows its results and migrates to version 2 (${locale})`, async ({ page }) => {
    await storeV1Draft(page)
    await switchTo(page, locale)

    // The results of the version-1 answers, with the notice.
    await page.getByRole('link', { name: texts[locale].app.home.seeResults }).click()
    await expectResults(page, locale)
    await expect(
      page.getByRole('heading', { level: 2, name: texts[locale].app.results.cardsTitle }),
    ).toBeVisible()
    // 9 functions in use asked who holds the keys, 3 new functions, 3 new practices.
    await expect(notice(page, locale)).toContainText(plural(version.notice, 15))
    await checkA11y(page, `results with the version notice (${locale})`)

    // The answers can be downloaded as they are, still version 1.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice(page, locale).getByRole('button', { name: version.download }).click(),
    ])
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      assessment: { id: string; questionnaireVersion: number }
    }
    expect(file.assessment).toMatchObject({ id: record.assessment.id, questionnaireVersion: 1 })

    // Continue with version 2: the first section with new questions, what is new focused.
    await notice(page, locale).getByRole('button', { name: version.migrate }).click()
    await expect(sectionHeading(page, 'collaborate', locale)).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: version.report.title })).toBeFocused()
    await expect(whatIsNew(page, locale)).toContainText(plural(version.report.keys, 9))
    await expect(notice(page, locale)).toHaveCount(0)
    await checkA11y(page, `wizard with what is new (${locale})`)

    // The old answers are kept; who holds the keys is asked, unanswered.
    const email = functionCard(page, 'email', locale)
    await expect(toolCheckbox(page, 'email', 'gmail', locale)).toBeChecked()
    await expect(followUpRadio(email, 'criticality', 'vital', locale)).toBeChecked()
    for (const value of ['team', 'provider', 'onePerson', 'personalAccount', 'dontKnow'])
      await expect(followUpRadio(email, 'keys', value, locale)).not.toBeChecked()

    // Saved: after a reload the draft is version 2, with no notice.
    await page.reload()
    await expect(sectionHeading(page, 'collaborate', locale)).toBeVisible()
    await expect(toolCheckbox(page, 'email', 'gmail', locale)).toBeChecked()
    await expect(followUpRadio(email, 'keys', 'team', locale)).toBeVisible()
    await expect(notice(page, locale)).toHaveCount(0)
  })
}

test('the notice shows in the wizard too, and migrates from there', async ({ page }) => {
  await storeV1Draft(page)
  await page.getByRole('link', { name: texts.fr.app.home.continue }).click()
  await expect(sectionHeading(page, 'profile')).toBeVisible()
  await expect(notice(page, 'fr')).toContainText(plural(texts.fr.app.version.notice, 15))
  await checkA11y(page, 'wizard with the version notice (fr)')

  await notice(page, 'fr').getByRole('button', { name: texts.fr.app.version.migrate }).click()
  await expect(sectionHeading(page, 'collaborate')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: texts.fr.app.version.report.title })).toBeFocused()
  // Read: it goes, and the section is as before.
  await whatIsNew(page, 'fr').getByRole('button', { name: texts.fr.app.version.report.close }).click()
  await expect(whatIsNew(page, 'fr')).toHaveCount(0)
  await expect(toolCheckbox(page, 'email', 'gmail')).toBeChecked()
})
