/** On a small phone (375×740): no sideways scrolling, and the section list is still at hand. */
import { test, expect, switchTo } from './fixtures'
import {
  answerFunction,
  expectNoHorizontalScroll,
  expectResults,
  format,
  goToSection,
  openHome,
  openOtherToolForm,
  questionTextbox,
  sectionIds,
  sectionLink,
  sectionNav,
  startDiagnostic,
  texts,
} from './helpers'

const WIDTH = 375
const fr = texts.fr.app

test.use({ viewport: { width: WIDTH, height: 740 } })

test('the header holds on one line, in French and in English', async ({ page }) => {
  await openHome(page)
  for (const locale of ['fr', 'en'] as const) {
    if (locale === 'en') await switchTo(page, 'en')
    const header = page.getByRole('banner')
    const name = header.getByRole('link', { name: texts[locale].app.name, exact: true })
    const language = header.getByRole('button', { name: texts[locale].app.language.switchToLabel })
    const method = header.getByRole('link', { name: texts[locale].app.nav.method, exact: true })
    // One line: the name, the method link and the language button share a row (same middle).
    const middles = await Promise.all(
      [name, method, language].map(async (el) => {
        const box = await el.boundingBox()
        if (!box) throw new Error(`${locale}: a header item is not shown`)
        return box.y + box.height / 2
      }),
    )
    expect(Math.max(...middles) - Math.min(...middles), locale).toBeLessThan(4)
    await expectNoHorizontalScroll(page, WIDTH)
  }
})

test('home, a wizard section and the results fit a 375 px wide screen', async ({ page }) => {
  await openHome(page)
  await expectNoHorizontalScroll(page, WIDTH)

  await startDiagnostic(page)
  await expectNoHorizontalScroll(page, WIDTH)
  await questionTextbox(page, 'profile.name').fill('Petit écran')

  // On a phone the section list is folded, so the questions come first; it opens and closes.
  const nav = sectionNav(page)
  await expect(nav).toBeVisible()
  const disclosure = nav.getByText(fr.wizard.sections, { exact: true })
  await expect(sectionLink(page, 'collaborate')).toBeHidden()
  await disclosure.click()
  await expect(sectionLink(page, 'collaborate')).toBeVisible()
  await disclosure.click()
  await expect(sectionLink(page, 'collaborate')).toBeHidden()
  await disclosure.click()

  // The section list's toggle says how many parts are done.
  await expect(
    nav.getByText(format(fr.wizard.sectionsDone, { done: 0, total: sectionIds.length })),
  ).toBeVisible()

  // The longest screen: a function opened down to its follow-ups and the other-tool form.
  await goToSection(page, 'collaborate')
  // Once a part is chosen, the list folds away so the questions come first.
  await expect(sectionLink(page, 'profile')).toBeHidden()
  // Previous and Next stay under the thumb, at the bottom of the screen, wherever the reader is.
  const next = page.getByRole('button', { name: fr.wizard.next, exact: true })
  await expect(next).toBeInViewport()
  const box = await next.boundingBox()
  expect(box && box.y + box.height).toBeGreaterThan(740 - 80)
  const card = await answerFunction(page, 'email', {
    use: 'used',
    tools: ['gmail'],
    criticality: 'vital',
    data: 'personal',
    exit: 'notChecked',
    stance: 'deliberate',
    reason: 'Un texte un peu long pour voir si le champ tient dans la largeur de l’écran',
  })
  await openOtherToolForm(card)
  await expectNoHorizontalScroll(page, WIDTH)

  await goToSection(page, 'governance')
  await page.getByRole('button', { name: fr.wizard.finish, exact: true }).click()
  await expectResults(page)
  await expectNoHorizontalScroll(page, WIDTH)
})
