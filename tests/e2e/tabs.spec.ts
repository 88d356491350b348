/**
 * Two tabs on one device share one stored draft. Each saves the whole draft on every change, so
 * without coordination the tab with older answers would overwrite the newer ones: answers
 * given in one tab must show up in the other, and survive changes made there afterwards.
 */
import { test, expect } from './fixtures'
import {
  answerQuestion,
  expectSaved,
  goToSection,
  sectionLink,
  openHome,
  questionRadio,
  startDiagnostic,
  texts,
  sectionHeading,
} from './helpers'

const fr = texts.fr.app

test('answers given in another tab are taken in, not overwritten', async ({ context }) => {
  const first = await context.newPage()
  await openHome(first)
  await startDiagnostic(first)
  await expectSaved(first)

  const second = await context.newPage()
  await second.goto(first.url())
  await expect(sectionHeading(second, 'profile')).toBeVisible()

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
