/**
 * The headers a host should send (docs/security.md) come with every page of `npm run preview`, the
 * built page's own policy allows no inline style, and a file full of long unbroken words does not
 * widen the results on a phone. (Every test also fails on any CSP violation: fixtures.ts.)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { test, expect } from './fixtures'
import { expectNoHorizontalScroll, expectResults, openHome, texts } from './helpers'

test('the server sends the security headers, and the page’s policy forbids inline styles', async ({
  page,
}) => {
  const response = await page.goto('./')
  const headers = response?.headers() ?? {}
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toContain("style-src 'self';")
  expect(meta).toContain("base-uri 'none'")
  expect(meta).toContain("object-src 'none'")
  expect(meta).not.toContain('unsafe-inline')
})

test('long unbroken words in a file never widen the results at 375 px', async ({ page }, testInfo) => {
  const file = JSON.parse(
    readFileSync(resolve(process.cwd(), 'examples', 'volunteer-run-self-hosted.json'), 'utf8'),
  ) as { assessment: { answers: Record<string, { value?: string; reason?: string }> } }
  const word = 'Sansaucuneespacenitiretcenomdépasselalargeurdutéléphone'
  const { answers } = file.assessment
  if (answers['profile.name']) answers['profile.name'].value = word.repeat(3)
  if (answers['fn.email']) answers['fn.email'].reason = word.repeat(20)
  const path = testInfo.outputPath('long-words.json')
  writeFileSync(path, JSON.stringify(file))

  await page.setViewportSize({ width: 375, height: 740 })
  await openHome(page)
  await page.getByLabel(texts.fr.app.import.label).setInputFiles(path)
  await expectResults(page)
  await expect(page.getByText(word.slice(0, 20)).first()).toBeVisible()
  await expectNoHorizontalScroll(page, 375)
})
