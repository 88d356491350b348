/**
 * The method page: no axe violation in either language (with a catalogue function unfolded),
 * reachable from the header, and ?section=<id> brings that heading into view with focus.
 */
import { test, expect, checkA11y, switchTo } from './fixtures'
import { texts } from './helpers'

const methodFr = texts.fr.method
const methodEn = texts.en.method

for (const locale of ['fr', 'en'] as const) {
  test(`the method page passes axe, with a catalogue function open (${locale})`, async ({ page }) => {
    const { app, method } = texts[locale]
    await page.goto('/')
    await switchTo(page, locale)
    await page
      .getByRole('navigation', { name: app.nav.label })
      .getByRole('link', { name: app.nav.method })
      .click()
    await expect(page).toHaveURL(/#\/methode$/)
    await expect(page.getByRole('heading', { level: 1, name: method.heading })).toBeVisible()
    await expect(page).toHaveTitle(new RegExp(app.nav.methodTitle))
    await checkA11y(page, `method page (${locale})`)

    const email = page.locator('details[data-function="email"]')
    await email.locator('summary').click()
    await expect(email.locator('[data-tool]').first()).toBeVisible()
    await checkA11y(page, `method page, email tools open (${locale})`)
  })
}

test('?section=concentration brings the concentration heading into view and focuses it', async ({ page }) => {
  await page.goto('/#/methode?section=concentration')
  const heading = page.locator('h2#concentration')
  await expect(heading).toHaveText(methodFr.concentration.heading)
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
})

for (const [id, heading] of [
  ['fragility', methodFr.fragility.heading],
  ['plan', methodFr.plan.heading],
] as const) {
  test(`?section=${id} brings a method v2 section into view and focuses it`, async ({ page }) => {
    await page.goto(`/#/methode?section=${id}`)
    const h2 = page.locator(`h2#${id}`)
    await expect(h2).toHaveText(heading)
    await expect(h2).toBeFocused()
    await expect(h2).toBeInViewport()
  })
}

test('the table of contents moves to a section', async ({ page }) => {
  await page.goto('/#/methode')
  await switchTo(page, 'en')
  await page
    .getByRole('navigation', { name: methodEn.toc })
    .getByRole('link', { name: methodEn.path.heading })
    .click()
  await expect(page).toHaveURL(/section=path/)
  await expect(page.locator('h2#path')).toBeFocused()
  await expect(page.locator('h2#path')).toBeInViewport()
})

test('the method page fits a 375 px wide phone: only the levels table scrolls, inside its own region', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/#/methode')
  await expect(page.locator('h2#catalogue')).toBeVisible()
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }))
  expect(widths.page).toBeLessThanOrEqual(widths.viewport)
  await expect(page.getByRole('region', { name: methodFr.path.caption })).toBeVisible()
  await checkA11y(page, 'method page at 375 px')
})
