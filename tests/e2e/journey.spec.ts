/**
 * A whole diagnostic in French, as a volunteer would fill it in: profile, tools of each group,
 * values, governance, results; with a reload half-way that must lose nothing.
 */
import { test, expect } from './fixtures'
import {
  answerFunction,
  answerQuestion,
  expectResults,
  expectSaved,
  expectSection,
  followUpRadio,
  format,
  functionCard,
  nextSection,
  numberPattern,
  openHome,
  questionRadio,
  questionTextbox,
  reasonField,
  sectionIds,
  sectionLink,
  startDiagnostic,
  texts,
  openRow,
  rowToggle,
  toolCheckbox,
  useCheckbox,
} from './helpers'

const fr = texts.fr.app
const NAME = 'Les Amis du Jardin partagé'
const REASON = 'Nos bénévoles connaissent déjà Google Drive'

test('a diagnostic from start to results, surviving a reload', async ({ page }) => {
  await openHome(page)
  await startDiagnostic(page)

  // Progress: part 1 of m, nothing answered yet.
  const m = sectionIds.length
  await expect(page.getByText(format(fr.wizard.sectionOf, { n: 1, m }))).toBeVisible()
  await expect(page.getByText(format(fr.wizard.answered, { percent: 0 }))).toBeVisible()

  // The name is required: "Suivant" with it empty shows the error and moves focus to the summary.
  await page.getByRole('button', { name: fr.wizard.next, exact: true }).click()
  const summary = page.getByRole('alert').filter({ hasText: fr.wizard.errorSummary })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: texts.fr.q.profile.name.label })).toBeVisible()
  const name = questionTextbox(page, 'profile.name')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(name).toHaveAccessibleDescription(new RegExp(fr.wizard.required))
  await expect(page.getByRole('heading', { level: 1, name: texts.fr.q.section.profile.title })).toBeVisible()

  // The summary's link leads to the field; typing a name clears the error.
  await summary.getByRole('link', { name: texts.fr.q.profile.name.label }).click()
  await expect(name).toBeFocused()
  await name.fill(NAME)
  await expect(summary).toBeHidden()
  await expect(name).not.toHaveAttribute('aria-invalid', 'true')
  await answerQuestion(page, 'profile.kind', 'association')
  await expectSaved(page)
  await expect(page.getByText(format(fr.wizard.answered, { percent: 0 }))).toBeHidden()
  await expect(page.getByText(numberPattern(fr.wizard.answered))).toBeVisible()

  // The section list marks the profile as in progress (its other questions are still open).
  await expect(sectionLink(page, 'profile')).toContainText(fr.wizard.state.inProgress)
  await expect(sectionLink(page, 'profile')).toHaveAttribute('aria-current', 'step')
  await expect(sectionLink(page, 'collaborate')).toContainText(fr.wizard.state.notStarted)

  // Collaborer.
  await nextSection(page)
  await expect(page.getByText(format(fr.wizard.sectionOf, { n: 2, m }))).toBeVisible()
  await expect(sectionLink(page, 'collaborate')).toHaveAttribute('aria-current', 'step')

  await answerFunction(page, 'email', {
    use: 'used',
    tools: ['gmail'],
    criticality: 'vital',
    keys: 'onePerson',
    data: 'personal',
    exit: 'notChecked',
    stance: 'default',
  })
  // Complete, the row folded to a one-line summary, a button that opens it again.
  const emailToggle = rowToggle(functionCard(page, 'email'))
  await expect(emailToggle).toHaveAttribute('aria-expanded', 'false')
  await expect(emailToggle).toContainText(fr.wizard.short.criticality.vital)
  await emailToggle.click()
  await expect(emailToggle).toHaveAttribute('aria-expanded', 'true')
  // The reason is asked only for a deliberate choice.
  await expect(reasonField(functionCard(page, 'email'))).toHaveCount(0)
  await answerFunction(page, 'files', {
    use: 'used',
    tools: ['google-drive'],
    criticality: 'important',
    data: 'internal',
    exit: 'exportPossible',
    stance: 'deliberate',
    reason: REASON,
  })
  await answerFunction(page, 'office', { use: 'unused' })
  // A function not used asks nothing more.
  await expect(functionCard(page, 'office')).toHaveCount(0)
  await expectSaved(page)
  await expect(sectionLink(page, 'collaborate')).toContainText(fr.wizard.state.inProgress)

  // Reload in the middle: every answer is read back from this device.
  await page.reload()
  await expectSaved(page)
  const email = functionCard(page, 'email')
  await expect(toolCheckbox(page, 'email', 'gmail')).toBeChecked()
  // Complete, it comes back folded.
  await expect(rowToggle(email)).toHaveAttribute('aria-expanded', 'false')
  await openRow(email)
  await expect(followUpRadio(email, 'criticality', 'vital')).toBeChecked()
  await expect(followUpRadio(email, 'keys', 'onePerson')).toBeChecked()
  await expect(followUpRadio(email, 'data', 'personal')).toBeChecked()
  await expect(followUpRadio(email, 'exit', 'notChecked')).toBeChecked()
  await expect(followUpRadio(email, 'stance', 'default')).toBeChecked()
  const files = functionCard(page, 'files')
  await expect(toolCheckbox(page, 'files', 'google-drive')).toBeChecked()
  await expect(toolCheckbox(page, 'files', 'dropbox')).not.toBeChecked()
  await expect(followUpRadio(files, 'criticality', 'important')).toBeChecked()
  await expect(followUpRadio(files, 'data', 'internal')).toBeChecked()
  await expect(followUpRadio(files, 'exit', 'exportPossible')).toBeChecked()
  await expect(followUpRadio(files, 'stance', 'deliberate')).toBeChecked()
  await expect(reasonField(files)).toHaveValue(REASON)
  await expect(useCheckbox(page, 'office', 'unused')).toBeChecked()
  await expect(useCheckbox(page, 'calendar', 'unused')).not.toBeChecked()
  await expect(functionCard(page, 'calendar')).toHaveCount(0)
  // …and the profile too.
  await sectionLink(page, 'profile').click()
  await expectSection(page, 'profile')
  await expect(questionTextbox(page, 'profile.name')).toHaveValue(NAME)
  await expect(questionRadio(page, 'profile.kind', 'association')).toBeChecked()
  await nextSection(page)

  // Communiquer en interne: team chat and video.
  await nextSection(page)
  await expect(page.getByText(format(fr.wizard.sectionOf, { n: 3, m }))).toBeVisible()
  await answerFunction(page, 'team_chat', {
    use: 'used',
    tools: ['slack'],
    criticality: 'important',
    data: 'internal',
    exit: 'notChecked',
    stance: 'default',
  })
  await answerFunction(page, 'video', {
    use: 'used',
    tools: ['zoom'],
    criticality: 'important',
    data: 'internal',
    exit: 'dontKnow',
    stance: 'default',
  })

  // Communiquer vers l’extérieur: social networks.
  await nextSection(page)
  await answerFunction(page, 'social', {
    use: 'used',
    tools: ['facebook'],
    criticality: 'vital',
    data: 'public',
    exit: 'notChecked',
    stance: 'deliberate',
    reason: 'Notre public est sur Facebook',
  })

  // Faire tourner la structure: nothing answered, on to the values.
  await nextSection(page)
  await nextSection(page)
  await answerQuestion(page, 'value.privacy', '5')
  await answerQuestion(page, 'value.sovereignty', '4')
  await answerQuestion(page, 'value.sobriety', '1')

  // Gouvernance et pratiques; the 2FA method is only asked once 2FA is on somewhere.
  await nextSection(page)
  await expect(page.getByText(format(fr.wizard.sectionOf, { n: m, m }))).toBeVisible()
  await answerQuestion(page, 'gov.strategy', 'partial')
  await expect(questionRadio(page, 'gov.twoFactorMethod', 'appOrKey')).toHaveCount(0)
  await answerQuestion(page, 'gov.twoFactor', 'some')
  await answerQuestion(page, 'gov.twoFactorMethod', 'appOrKey')
  await answerQuestion(page, 'gov.backups', 'untested')
  await expectSaved(page)
  await expect(sectionLink(page, 'governance')).toContainText(fr.wizard.state.inProgress)
  await expect(sectionLink(page, 'runOrganisation')).toContainText(fr.wizard.state.notStarted)

  // "Voir les résultats" on the last section.
  await nextSection(page)
  await expectResults(page)
  const index = page.getByRole('region', { name: fr.results.cards.dependencyIndex.title, exact: true })
  await expect(index).toContainText(new RegExp(`\\d+\\s*${fr.results.outOf100}`))
  await expect(page.getByText(numberPattern(fr.results.completeness))).toBeVisible()
})
