/**
 * Standing guards every e2e test inherits:
 * - any request to a host other than 127.0.0.1 is aborted and fails the test;
 * - any Content-Security-Policy violation fails the test (the preview server sends the policy as
 *   a header too, vite.config.ts): a `securitypolicyviolation` event or Chromium's console report;
 * - `checkA11y` runs axe (WCAG 2.1 A and AA) and fails on any violation.
 */
import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

const OWN_ORIGIN = /^(http:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:)/

/** What a page reports of a violation, for the failure message. */
interface Violation {
  directive: string
  blocked: string
  source: string
}

export const test = base.extend<{ foreignRequests: string[]; cspViolations: string[] }>({
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = []
      await context.route('**/*', (route) => {
        const url = route.request().url()
        if (OWN_ORIGIN.test(url)) return route.continue()
        foreign.push(url)
        return route.abort('blockedbyclient')
      })
      context.on('request', (request) => {
        if (!OWN_ORIGIN.test(request.url()) && !foreign.includes(request.url())) foreign.push(request.url())
      })
      await use(foreign)
      expect(foreign, 'the app must not contact any host but 127.0.0.1').toEqual([])
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = []
      await context.exposeBinding('__reportCspViolation', (_source, v: Violation) => {
        violations.push(`${v.directive} blocked ${v.blocked || 'inline'} (${v.source})`)
      })
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (v: Violation) => void })
            .__reportCspViolation
          void report({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: `${event.sourceFile}:${event.lineNumber}`,
          })
        })
      })
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
      })
      await use(violations)
      expect(violations, 'the app must not break its Content-Security-Policy').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Runs axe with the WCAG 2.1 A/AA rules on the current page and expects no violation. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  )
  expect(summary, `axe violations on ${label}`).toEqual([])
}

/** Switches the app's language with its own button, the way a user does. */
export async function switchTo(page: Page, locale: 'fr' | 'en'): Promise<void> {
  const current = await page.locator('html').getAttribute('lang')
  if (current === locale) return
  await page
    .getByRole('button', { name: locale === 'en' ? 'Switch to English' : 'Passer en français' })
    .click()
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
}
