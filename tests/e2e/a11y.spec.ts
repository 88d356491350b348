/**
 * axe (WCAG 2.1 A and AA) on every view, in both languages, in the states that show the most:
 * errors displayed, a function card opened down to its follow-ups, the "other tool" form open.
 * Also: <html lang> and the title follow the language, and the choice survives a reload.
 */
import type { Page } from '@playwright/test'
import { test, expect, checkA11y, switchTo } from './fixtures'
import {
  answerFunction,
  answerQuestion,
  expectSaved,
  firstFunction,
  goToSection,
  nextSection,
  openHome,
  openMethod,
  openOtherToolForm,
  questionTextbox,
  sectionIds,
  sectionTitle,
  startDiagnostic,
  texts,
  toolIds,
  type Locale,
} from './helpers'

async function expectLanguage(page: Page, locale: Locale): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale)
  await expect(page).toHaveTitle(new RegExp(texts[locale].app.name))
}

/** Home in the given language, then a diagnostic started with its one required answer. */
async function startIn(page: Page, locale: Locale): Promise<void> {
  await openHome(page)
  await switchTo(page, locale)
  await startDiagnostic(page, locale)
  await questionTextbox(page, 'profile.name', locale).fill('Accessible')
}

for (const locale of ['fr', 'en'] as const) {
  const app = texts[locale].app

  test.describe(`axe, ${locale}`, () => {
    test('home without a draft and the not-found page; the method page in this language', async ({
      page,
    }) => {
      await openHome(page)
      await switchTo(page, locale)
      await expectLanguage(page, locale)
      await checkA11y(page, `home, no draft (${locale})`)

      // The method page has its own spec (method.spec.ts), with axe in both languages.
      await openMethod(page, locale)
      await expect(page).toHaveTitle(new RegExp(app.nav.methodTitle))
      await expectLanguage(page, locale)

      await page.goto('/#/nowhere')
      await expect(page.getByRole('heading', { level: 1, name: app.notFound.title })).toBeVisible()
      await expectLanguage(page, locale)
      await expect(page).toHaveTitle(new RegExp(app.notFound.title))
      await checkA11y(page, `not found (${locale})`)
    })

    test('every wizard section, opened out', async ({ page }) => {
      await openHome(page)
      await switchTo(page, locale)
      await startDiagnostic(page, locale)
      await expectLanguage(page, locale)
      await expect(page).toHaveTitle(new RegExp(app.wizard.title))

      await test.step('profile with the required-answer error shown', async () => {
        await page.getByRole('button', { name: app.wizard.next, exact: true }).click()
        await expect(page.getByRole('alert').filter({ hasText: app.wizard.errorSummary })).toBeFocused()
        await checkA11y(page, `profile section with an error (${locale})`)
        await questionTextbox(page, 'profile.name', locale).fill('Accessible')
      })

      for (const sectionId of sectionIds) {
        await test.step(`section ${sectionId}`, async () => {
          if (sectionId !== sectionIds[0]) await goToSection(page, sectionId, locale)
          const functionId = firstFunction(sectionId)
          if (functionId) {
            // A card down to its follow-ups and reason, with the other-tool form open and its error shown.
            const card = await answerFunction(
              page,
              functionId,
              {
                use: 'used',
                tools: toolIds(functionId).slice(0, 1),
                criticality: 'important',
                stance: 'deliberate',
                reason: 'Test',
              },
              locale,
            )
            const form = await openOtherToolForm(card, locale)
            await form.getByRole('button', { name: app.wizard.fn.otherTool.add, exact: true }).click()
            await expect(
              form.getByRole('textbox', { name: app.wizard.fn.otherTool.name, exact: true }),
            ).toBeFocused()
            await expect(form.getByText(app.wizard.fn.otherTool.nameRequired)).toBeVisible()
          }
          if (sectionId === 'values') await answerQuestion(page, 'value.privacy', '5', locale)
          if (sectionId === 'governance') await answerQuestion(page, 'gov.twoFactor', 'some', locale)
          await expectSaved(page, locale)
          await checkA11y(page, `section "${sectionTitle(locale, sectionId)}" (${locale})`)
        })
      }
    })

    test('results, then home with a draft in progress', async ({ page }) => {
      await startIn(page, locale)
      await goToSection(page, 'collaborate', locale)
      await answerFunction(
        page,
        'email',
        {
          use: 'used',
          tools: toolIds('email').slice(0, 1),
          criticality: 'vital',
          data: 'personal',
          exit: 'notChecked',
          stance: 'default',
        },
        locale,
      )
      await goToSection(page, sectionIds[sectionIds.length - 1]!, locale)
      await nextSection(page, locale)
      await expect(page).toHaveTitle(new RegExp(app.results.title))
      await checkA11y(page, `results (${locale})`)

      // A new page load: the language was remembered.
      await openHome(page, locale)
      await expectLanguage(page, locale)
      await expect(page.getByRole('heading', { level: 2, name: app.home.draftHeading })).toBeVisible()
      await checkA11y(page, `home, draft in progress (${locale})`)
    })
  })
}

test('the language follows the switch, in lang and title, and is remembered', async ({ page }) => {
  await openHome(page)
  await expectLanguage(page, 'fr')
  await expect(page).toHaveTitle(new RegExp(texts.fr.app.name))

  await switchTo(page, 'en')
  await expectLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: texts.en.app.home.heading })).toBeVisible()
  await expect(page).toHaveTitle(/Digital autonomy/)

  await page.reload()
  await expectLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: texts.en.app.home.heading })).toBeVisible()

  await switchTo(page, 'fr')
  await expectLanguage(page, 'fr')
  await expect(page).toHaveTitle(/Autonomie numérique/)
  await page.reload()
  await expectLanguage(page, 'fr')
  await expect(page.getByRole('heading', { level: 1, name: texts.fr.app.home.heading })).toBeVisible()
})
