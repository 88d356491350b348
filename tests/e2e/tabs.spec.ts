/**
 * Two tabs on one device share the stored assessments. Each tab saves only what it changed, read
 * and merged with the stored record in one transaction: answers given at the same moment in two
 * tabs are all kept, and text being typed in one tab is never rewritten by the other.
 */
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import {
  answerQuestion,
  expectSaved,
  goToSection,
  sectionLink,
  openHome,
  questionRadio,
  questionTextbox,
  startDiagnostic,
  texts,
  sectionHeading,
} from './helpers'
import { questionnaireV2 } from '../../src/domain/questionnaire/bank-v2'

const fr = texts.fr.app

/** The single-choice questions of the first section, with their option values. */
const radios = (questionnaireV2.sections[0]?.questions ?? []).flatMap((q) =>
  q.kind === 'single' ? [{ id: q.id, values: q.options.map((o) => o.value) }] : [],
)

/** Two tabs on the first section of one new diagnostic. */
async function twoTabs(page: Page): Promise<[Page, Page]> {
  await openHome(page)
  await startDiagnostic(page)
  await expectSaved(page)
  const second = await page.context().newPage()
  await second.goto(page.url())
  await expect(sectionHeading(second, 'profile')).toBeVisible()
  return [page, second]
}

/**
 * Clicks `target` at the wall-clock time `at` (ms): both tabs run on this machine's clock, so two
 * clicks scheduled for the same instant land within a few milliseconds of each other.
 */
function clickAt(target: Locator, at: number): Promise<void> {
  return target.evaluate(
    (element, at) =>
      new Promise<void>((resolve) =>
        setTimeout(
          () => {
            ;(element as HTMLElement).click()
            resolve()
          },
          Math.max(0, at - Date.now()),
        ),
      ),
    at,
  )
}

/** The tab's last change is stored (its status says saved, or updated with another tab's answers). */
async function expectStored(tab: Page): Promise<void> {
  await expect(
    tab
      .getByRole('status')
      .filter({ hasText: new RegExp(`${fr.wizard.saved}|${fr.wizard.updatedElsewhere}`) }),
  ).toBeVisible()
}

test('answers given in another tab are taken in, not overwritten', async ({ page }) => {
  const [first, second] = await twoTabs(page)

  // An answer in the second tab appears in the first, which says where it came from.
  await answerQuestion(second, 'profile.kind', 'cooperative')
  await expectSaved(second)
  await expect(questionRadio(first, 'profile.kind', 'cooperative')).toBeChecked()
  await expect(first.getByRole('status').filter({ hasText: fr.wizard.updatedElsewhere })).toBeVisible()

  // A later answer in the first tab keeps the second tab's answer instead of overwriting it.
  await answerQuestion(first, 'profile.budget', 'under10k')
  await expectSaved(first)
  await expect(questionRadio(second, 'profile.budget', 'under10k')).toBeChecked()
  await second.reload()
  await expect(questionRadio(second, 'profile.kind', 'cooperative')).toBeChecked()
  await expect(questionRadio(second, 'profile.budget', 'under10k')).toBeChecked()

  // Still consistent after moving on in either tab.
  await goToSection(first, 'values')
  await answerQuestion(first, 'value.privacy', '5')
  await expectSaved(first)
  await sectionLink(second, 'values').click()
  await expect(sectionHeading(second, 'values')).toBeVisible()
  await expect(questionRadio(second, 'value.privacy', '5')).toBeChecked()
})

test('clicks in both tabs at the same moment keep both answers, every time', async ({ page }) => {
  const [first, second] = await twoTabs(page)
  const expected = new Map<string, string>()
  const rounds = 8
  for (let round = 0; round < rounds; round++) {
    // Each round answers two different questions, one per tab, and changes earlier answers.
    const a = radios[(2 * round) % radios.length]!
    const b = radios[(2 * round + 1) % radios.length]!
    const valueA = a.values[round % a.values.length]!
    const valueB = b.values[(round + 1) % b.values.length]!
    const at = Date.now() + 150
    await Promise.all([
      clickAt(questionRadio(first, a.id, valueA), at),
      clickAt(questionRadio(second, b.id, valueB), at),
    ])
    expected.set(a.id, valueA)
    expected.set(b.id, valueB)
    for (const tab of [first, second]) {
      await expect(questionRadio(tab, a.id, valueA)).toBeChecked()
      await expect(questionRadio(tab, b.id, valueB)).toBeChecked()
    }
  }
  await expectStored(first)
  await expectStored(second)
  for (const tab of [first, second]) {
    await tab.reload()
    for (const [id, value] of expected) await expect(questionRadio(tab, id, value)).toBeChecked()
  }
})

test('typing in one tab while the other answers keeps every answer and every typed character', async ({
  page,
}) => {
  const [first, second] = await twoTabs(page)
  const name = 'Les Amis du Quartier de la Gare'
  const answered = radios.slice(0, 6).map((q, i) => ({ id: q.id, value: q.values[i % q.values.length]! }))

  const field = questionTextbox(first, 'profile.name')
  await field.click()
  await Promise.all([
    field.pressSequentially(name, { delay: 40 }),
    (async () => {
      for (const { id, value } of answered) await answerQuestion(second, id, value)
    })(),
  ])

  await expect(field).toHaveValue(name)
  await field.blur()
  await expectStored(first)
  await expectStored(second)
  for (const tab of [first, second]) {
    await expect(questionTextbox(tab, 'profile.name')).toHaveValue(name)
    for (const { id, value } of answered) await expect(questionRadio(tab, id, value)).toBeChecked()
  }
  for (const tab of [first, second]) {
    await tab.reload()
    await expect(questionTextbox(tab, 'profile.name')).toHaveValue(name)
    for (const { id, value } of answered) await expect(questionRadio(tab, id, value)).toBeChecked()
  }
})
