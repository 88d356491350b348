/** The profile section with the keyboard alone: Tab to the fields, arrows in a radio group, Enter to go on. */
import { test, expect } from './fixtures'
import {
  expectSection,
  goToSection,
  openHome,
  questionIds,
  questionRadio,
  questionTextbox,
  startDiagnostic,
  texts,
} from './helpers'

const fr = texts.fr.app

test('the profile section can be filled in and submitted with the keyboard only', async ({ page }) => {
  await openHome(page)
  await startDiagnostic(page) // the section heading has the focus

  // Tab from the heading reaches the name field first.
  const name = questionTextbox(page, 'profile.name')
  await page.keyboard.press('Tab')
  await expect(name).toBeFocused()
  await page.keyboard.type('Collectif du clavier')
  await expect(name).toHaveValue('Collectif du clavier')

  // Next Tab stop: the first radio of "Quel type de structure ?", nothing chosen yet.
  const association = questionRadio(page, 'profile.kind', 'association')
  const foundation = questionRadio(page, 'profile.kind', 'foundation')
  await page.keyboard.press('Tab')
  await expect(association).toBeFocused()
  await expect(association).not.toBeChecked()

  // Arrow keys move the choice within the group.
  await page.keyboard.press('ArrowDown')
  await expect(foundation).toBeFocused()
  await expect(foundation).toBeChecked()
  await page.keyboard.press('ArrowDown')
  await expect(questionRadio(page, 'profile.kind', 'cooperative')).toBeChecked()
  await expect(foundation).not.toBeChecked()
  await page.keyboard.press('ArrowUp')
  await expect(foundation).toBeChecked()

  // A radio group is one Tab stop: the next Tab leaves "type" for the next question.
  await page.keyboard.press('Tab')
  await expect(questionRadio(page, 'profile.staff', 'none')).toBeFocused()
  await expect(foundation).toBeChecked()

  // Tab on (one stop per remaining group) to "Suivant", then Enter.
  const next = page.getByRole('button', { name: fr.wizard.next, exact: true })
  const profile = questionIds('profile')
  expect(profile.slice(0, 3)).toEqual(['profile.name', 'profile.kind', 'profile.staff'])
  const remainingGroups = profile.length - 3 // all single choices, one Tab stop each
  for (let i = 0; i <= remainingGroups; i++) await page.keyboard.press('Tab')
  await expect(next).toBeFocused()
  await page.keyboard.press('Enter')
  await expectSection(page, 'collaborate')

  // The answers typed and chosen by keyboard were kept.
  await goToSection(page, 'profile')
  await expect(questionTextbox(page, 'profile.name')).toHaveValue('Collectif du clavier')
  await expect(questionRadio(page, 'profile.kind', 'foundation')).toBeChecked()
})
