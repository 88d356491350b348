/**
 * Messages load per language and per screen: the home page asks only for the shell's messages in
 * the chosen language, each screen brings its own before it shows, and no screen, title or
 * accessible name ever shows a raw key, including right after a language switch.
 */
import type { Page } from '@playwright/test'
import { test, expect, switchTo } from './fixtures'
import { openHome, openMethod, startDiagnostic, type Locale } from './helpers'

/** A message key as vue-i18n shows it when its message is missing: `app.wizard.next`. */
const RAW_KEY = /\b(?:app|q|method)\.[A-Za-z][\w-]*(?:\.[\w-]+)*/

/** The message files a page has asked for, as `part.locale` (`app.fr`, `questionnaire.en`…). */
function recordMessageFiles(page: Page): Set<string> {
  const files = new Set<string>()
  page.on('request', (request) => {
    const match =
      /\/assets\/((?:app(?:\.wizard|\.results)?|questionnaire|method)\.(?:fr|en))-[\w-]+\.js$/.exec(
        request.url(),
      )
    if (match) files.add(match[1]!)
  })
  return files
}

/** Every text a user or a screen reader gets: visible text, the title, accessible names. */
async function expectNoRawKey(page: Page, where: string): Promise<void> {
  const texts = await page.evaluate(() => [
    document.title,
    document.body.innerText,
    ...[...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? ''),
  ])
  expect(
    texts.filter((t) => RAW_KEY.test(t)).map((t) => RAW_KEY.exec(t)?.[0]),
    `raw keys on ${where}`,
  ).toEqual([])
}

const OTHER: Record<Locale, Locale> = { fr: 'en', en: 'fr' }

for (const locale of ['fr', 'en'] as const) {
  test.describe(`messages, browser in ${locale}`, () => {
    test.use({ locale: locale === 'fr' ? 'fr-FR' : 'en-GB' })

    test('each screen loads its own messages, in its language only, and shows no raw key', async ({
      page,
    }) => {
      const files = recordMessageFiles(page)
      await openHome(page, locale)
      await expectNoRawKey(page, 'home')
      expect([...files].sort()).toEqual([`app.${locale}`])

      await startDiagnostic(page, locale)
      await expectNoRawKey(page, 'wizard')
      expect([...files].sort()).toEqual([`app.${locale}`, `app.wizard.${locale}`, `questionnaire.${locale}`])

      await openMethod(page, locale)
      await expectNoRawKey(page, 'method')
      expect([...files].sort()).toEqual(
        [`app.${locale}`, `app.wizard.${locale}`, `method.${locale}`, `questionnaire.${locale}`].sort(),
      )

      // The switch loads the other language's messages for everything shown so far, then switches.
      const other = OTHER[locale]
      await switchTo(page, other)
      await expectNoRawKey(page, `method, switched to ${other}`)
      expect([...files].filter((f) => f.endsWith(`.${other}`)).sort()).toEqual(
        [`app.${other}`, `app.wizard.${other}`, `method.${other}`, `questionnaire.${other}`].sort(),
      )
    })
  })
}
