/**
 * The profile section with the keyboard alone: Tab to the fields, arrows in a radio group, Enter on
 * "Suivant" to go on (Enter in a field or a group stays put).
 */
import { test, expect } from './fixtures'
import {
  expectSection,
  goToSection,
  openHome,
  questionIds,
  questionRadio,
  questionTextbox,
  sectionHeading,
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
  // Enter in a text field does not jump to the next part: only "Suivant" does.
  await page.keyboard.press('Enter')
  await expect(name).toBeFocused()
  await expect(sectionHeading(page, 'profile')).toBeVisible()

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
  // Nor does Enter in a radio group.
  await page.keyboard.press('Enter')
  await expect(foundation).toBeFocused()
  await expect(sectionHeading(page, 'profile')).toBeVisible()

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

test('the focused page title shows its ring to keyboard users only', async ({ page }) => {
  const outline = (sectionId: string) =>
    sectionHeading(page, sectionId).evaluate((el) => getComputedStyle(el).outlineStyle)
  await openHome(page)
  await startDiagnostic(page)
  await questionTextbox(page, 'profile.name').fill('Anneau')

  // With a mouse: "Suivant" clicked, the next title has the focus (it is announced) but no ring.
  await page.getByRole('button', { name: fr.wizard.next, exact: true }).click()
  await expectSection(page, 'collaborate')
  expect(await outline('collaborate')).toBe('none')

  // With a keyboard: Enter on "Précédent", the title has the focus and its ring.
  await page.getByRole('button', { name: fr.wizard.previous, exact: true }).focus()
  await page.keyboard.press('Enter')
  await expectSection(page, 'profile')
  expect(await outline('profile')).not.toBe('none')
})
