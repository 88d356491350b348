/**
 * Nothing leaves the device: every view is walked while the fixture fails the test on any request
 * to another host, and the browser's own resource log shows nothing loaded from elsewhere.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import {
  answerFunction,
  expectResults,
  firstFunction,
  nextSection,
  openHome,
  openMethod,
  openOtherToolForm,
  questionTextbox,
  sectionIds,
  startDiagnostic,
  texts,
  toolIds,
} from './helpers'

/** Origins of every resource the page has loaded so far (scripts, styles, fonts, images…). */
async function resourceOrigins(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name, location.href).origin),
  )
}

test('walking every view contacts no other host', async ({ page }) => {
  const origins = new Set<string>()
  const collect = async () => (await resourceOrigins(page)).forEach((origin) => origins.add(origin))

  await openHome(page)
  await collect()
  await startDiagnostic(page)
  await questionTextbox(page, 'profile.name').fill('Hors ligne')
  for (const sectionId of sectionIds) {
    const functionId = firstFunction(sectionId)
    if (functionId) {
      const card = await answerFunction(page, functionId, {
        use: 'used',
        tools: toolIds(functionId).slice(0, 1),
      })
      await openOtherToolForm(card)
    }
    await collect()
    await nextSection(page)
  }
  await expectResults(page)
  await collect()

  await openHome(page)
  await expect(page.getByRole('heading', { level: 2, name: texts.fr.app.home.draftHeading })).toBeVisible()
  await collect()
  await openMethod(page)
  await collect()
  await page.goto('/#/nowhere')
  await expect(page.getByRole('heading', { level: 1, name: texts.fr.app.notFound.title })).toBeVisible()
  await collect()

  // The app did load resources (its lazy views at least), all from its own origin.
  expect(origins.size).toBeGreaterThan(0)
  expect([...origins]).toEqual([new URL(page.url()).origin])
  expect(new URL(page.url()).hostname).toBe('127.0.0.1')
})
