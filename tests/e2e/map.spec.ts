/**
 * The dependency map in Chromium, from an example organisation opened through the home page:
 * every node drawn, explorable by keyboard, a vendor chosen tells what would be lost, the PNG
 * download, the list view at 375 px, and axe clean in both languages.
 */
import type { Page, TestInfo } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { test, expect, checkA11y, switchTo } from './fixtures'
import { format, functionName, openHome, texts, type Locale } from './helpers'

const EXAMPLE = 'examples/mid-size-in-transition.json'
// The example's map (worked out from its answers): 10 functions in use with a known tool, 11
// tools, 6 outside vendors plus the organisation itself (Paheko and Jitsi Meet are self-hosted).
const COUNTS = { functions: 10, tools: 11, vendors: 7 }

async function openExample(page: Page, locale: Locale): Promise<void> {
  await openHome(page)
  await switchTo(page, locale)
  await page.getByLabel(texts[locale].app.import.label).setInputFiles(EXAMPLE)
  await expect(
    page.getByRole('heading', { level: 2, name: texts[locale].app.results.map.title }),
  ).toBeVisible()
}

/** A picture of the map section, kept with the test's results (CI artefact) to be looked at. */
async function saveShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(name)
  await page.locator('section[aria-labelledby="map-title"]').screenshot({ path })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

/** The sentence's fixed start, before its first placeholder. */
function opening(template: string): string {
  return template.slice(0, template.indexOf('{'))
}

for (const locale of ['fr', 'en'] as const) {
  const map = texts[locale].app.results.map

  test(`the map draws every node and is explored by keyboard (${locale})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await openExample(page, locale)
    const graph = page.getByRole('group', { name: format(map.graphLabel, COUNTS) })
    await expect(graph).toBeVisible()
    await expect(graph.getByRole('button')).toHaveCount(COUNTS.functions + COUNTS.tools + COUNTS.vendors)
    await saveShot(page, testInfo, `map-${locale}-1280.png`)

    // From the first node, Tab walks the map in reading order until Microsoft.
    const microsoft = graph.getByRole('button', { name: /^Microsoft\./ })
    await graph.getByRole('button').first().focus()
    for (let i = 0; i < 30 && !(await microsoft.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await expect(microsoft).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(microsoft).toHaveAttribute('aria-pressed', 'true')
    const said = page.getByText(opening(map.lose))
    await expect(said).toBeVisible()
    await expect(said).toContainText(functionName('email', locale))
    await expect(said).toContainText(functionName('office', locale))
    await checkA11y(page, `the map with a vendor chosen (${locale})`)

    await page.getByText(map.table.show).click()
    // A row per function and tool (the social networks have two tools), under one header row.
    await expect(page.getByRole('table', { name: map.table.caption }).getByRole('row')).toHaveCount(12)
    await checkA11y(page, `the map's table (${locale})`)

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: map.download }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`${map.fileName}.png`)
    const bytes = await readFile(await file.path())
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    expect(bytes.length).toBeGreaterThan(20_000)
  })

  test(`at 375 px the map is a list of vendors (${locale})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 375, height: 800 })
    await openExample(page, locale)
    await expect(page.getByRole('group', { name: format(map.graphLabel, COUNTS) })).toBeHidden()
    const microsoft = page.getByRole('button', { name: /^Microsoft/ })
    await expect(microsoft).toBeVisible()
    await saveShot(page, testInfo, `map-${locale}-375.png`)
    await microsoft.press('Enter')
    await expect(page.getByText(opening(map.lose))).toBeVisible()
    await page.getByText(map.table.show).click()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    // The map's own section: the details tables below it are another part of the page's work.
    const results = await new AxeBuilder({ page })
      .include('section[aria-labelledby="map-title"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
}
