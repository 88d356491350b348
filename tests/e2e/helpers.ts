/**
 * The repeated steps of the end-to-end suite, one way of doing each thing. Every name is built
 * from the app's own message files and data (never retyped), and every element is found by its
 * role and accessible name, the way assistive technologies find it.
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { messages } from '../../src/i18n/messages'
import { readFileSync } from 'node:fs'
import { parseCatalogue } from '../../src/domain/catalogue/parse'
import type { FunctionId } from '../../src/domain/catalogue/types'
import type { FunctionAnswer } from '../../src/domain/assessment/types'
import { FOLLOW_UP_FIELDS, type FollowUpField } from '../../src/domain/questionnaire/types'
import { questionnaireV2 as questionnaire } from '../../src/domain/questionnaire/bank-v2'

export type Locale = 'fr' | 'en'

// Node's ESM loader wants an import attribute for JSON, which the app's catalogue module does not
// carry (Vite needs none): read the same file and check it with the same parser. New diagnostics
// start on the latest version (questionnaire and catalogue version 2), so the journeys use it.
const catalogue = parseCatalogue(
  JSON.parse(readFileSync(new URL('../../src/domain/catalogue/v2/catalogue.json', import.meta.url), 'utf8')),
)

function findFunction(functionId: FunctionId) {
  return catalogue.functions.find((fn) => fn.id === functionId)
}

/** The screen texts (`app`), question texts (`q`) and method texts of each language, as the app mounts them. */
export const texts = messages

/** The ids of the questionnaire's sections, in order. */
export const sectionIds: readonly string[] = questionnaire.sections.map((s) => s.id)

/** The ids of a section's questions, in order. */
export function questionIds(sectionId: string): readonly string[] {
  const section = questionnaire.sections.find((s) => s.id === sectionId)
  if (!section) throw new Error(`no section ${sectionId}`)
  return section.questions.map((q) => q.id)
}

/** The function asked first in a section, if the section is about tools. */
export function firstFunction(sectionId: string): FunctionId | undefined {
  const first = questionnaire.sections.find((s) => s.id === sectionId)?.questions[0]
  return first?.kind === 'function' ? first.functionId : undefined
}

/** The text of an i18n key such as `q.profile.name.label` (the keys the question bank stores). */
export function text(locale: Locale, key: string): string {
  let node: unknown = texts[locale]
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node))
      throw new Error(`no ${locale} text for ${key}`)
    node = (node as Record<string, unknown>)[part]
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a text`)
  return node
}

/** Fills the `{name}` placeholders of a message. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

/** A pattern matching a message whose placeholders may hold any whole number. */
export function numberPattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(escaped.replace(/\\\{\w+\\\}/g, '\\d+'))
}

export function sectionTitle(locale: Locale, sectionId: string): string {
  return text(locale, `q.section.${sectionId}.title`)
}

function questionLabel(locale: Locale, questionId: string): string {
  return text(locale, `q.${questionId}.label`)
}

// ---------------------------------------------------------------------------------------------
// Pages

/** Opens the home page and waits until the stored draft (if any) and the list of assessments have been read. */
export async function openHome(page: Page, locale: Locale = 'fr'): Promise<void> {
  await page.goto('/')
  const home = texts[locale].app.home
  await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible()
  await expect(
    page
      .getByRole('button', { name: home.start })
      .or(page.getByRole('heading', { level: 2, name: home.draftHeading })),
  ).toBeVisible()
  // The list of assessments is read (and any unreadable record set aside) once "Files" shows.
  await expect(page.getByRole('region', { name: home.files.heading })).toBeVisible()
}

/** Opens "Méthode de calcul" from the main navigation. */
export async function openMethod(page: Page, locale: Locale = 'fr'): Promise<void> {
  const app = texts[locale].app
  await page
    .getByRole('navigation', { name: app.nav.label })
    .getByRole('link', { name: app.nav.method, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: texts[locale].method.heading })).toBeFocused()
}

/** From the home page without a draft, starts a diagnostic and lands on the first section. */
export async function startDiagnostic(page: Page, locale: Locale = 'fr'): Promise<void> {
  await page.getByRole('button', { name: texts[locale].app.home.start }).click()
  await expectSection(page, sectionIds[0]!, locale)
}

/** The main heading of a wizard section. */
export function sectionHeading(page: Page, sectionId: string, locale: Locale = 'fr'): Locator {
  return page.getByRole('heading', { level: 1, name: sectionTitle(locale, sectionId), exact: true })
}

/** Expects the given section to be shown, its heading focused (it is announced as a new page). */
export async function expectSection(page: Page, sectionId: string, locale: Locale = 'fr'): Promise<void> {
  await expect(sectionHeading(page, sectionId, locale)).toBeFocused()
}

/** The list of sections ("Parties du diagnostic"). */
export function sectionNav(page: Page, locale: Locale = 'fr'): Locator {
  return page.getByRole('navigation', { name: texts[locale].app.wizard.sections })
}

/** The link to a section in the section list. */
export function sectionLink(page: Page, sectionId: string, locale: Locale = 'fr'): Locator {
  return sectionNav(page, locale).getByRole('link', { name: sectionTitle(locale, sectionId) })
}

/** Jumps to a section with the section list (opening it first on a phone, where it is folded). */
export async function goToSection(page: Page, sectionId: string, locale: Locale = 'fr'): Promise<void> {
  const link = sectionLink(page, sectionId, locale)
  if (!(await link.isVisible()))
    await sectionNav(page, locale).getByText(texts[locale].app.wizard.sections, { exact: true }).click()
  await link.click()
  await expectSection(page, sectionId, locale)
}

/** Presses "Suivant" and expects the next section (or the results after the last one). */
export async function nextSection(page: Page, locale: Locale = 'fr'): Promise<void> {
  const current = await currentSectionId(page, locale)
  const i = sectionIds.indexOf(current)
  const last = i === sectionIds.length - 1
  const wizard = texts[locale].app.wizard
  await page.getByRole('button', { name: last ? wizard.finish : wizard.next, exact: true }).click()
  if (last) await expectResults(page, locale)
  else await expectSection(page, sectionIds[i + 1]!, locale)
}

/** The id of the section whose heading is shown. */
async function currentSectionId(page: Page, locale: Locale): Promise<string> {
  const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? ''
  const id = sectionIds.find((s) => sectionTitle(locale, s) === title)
  if (!id) throw new Error(`not on a wizard section: "${title}"`)
  return id
}

/** Expects the results page. */
export async function expectResults(page: Page, locale: Locale = 'fr'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: texts[locale].app.results.heading })).toBeFocused()
}

/** Expects the quiet "saved on this device" status once the last change is stored. */
export async function expectSaved(page: Page, locale: Locale = 'fr'): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: texts[locale].app.wizard.saved })).toBeVisible()
}

// ---------------------------------------------------------------------------------------------
// Questions

/** A radio button of a labelled radio group (a fieldset named by its legend). */
export function radio(scope: Page | Locator, legend: string, option: string): Locator {
  return scope
    .getByRole('radiogroup', { name: legend, exact: true })
    .getByRole('radio', { name: option, exact: true })
}

/** The radio of a single-choice or 1–5 scale question of the bank, by question id and option value. */
export function questionRadio(page: Page, questionId: string, value: string, locale: Locale = 'fr'): Locator {
  const question = questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === questionId)
  if (!question) throw new Error(`no question ${questionId}`)
  let option: string
  if (value === 'dontKnow') option = texts[locale].app.wizard.dontKnow
  else if (question.kind === 'single') option = text(locale, `q.${questionId}.options.${value}`)
  else if (question.kind === 'scale')
    option =
      value === '1'
        ? `1 · ${text(locale, question.minLabelKey)}`
        : value === '5'
          ? `5 · ${text(locale, question.maxLabelKey)}`
          : value
  else throw new Error(`${questionId} is not a radio question`)
  return radio(page, questionLabel(locale, questionId), option)
}

/** Answers a single-choice or scale question and checks the choice took. */
export async function answerQuestion(
  page: Page,
  questionId: string,
  value: string,
  locale: Locale = 'fr',
): Promise<void> {
  const option = questionRadio(page, questionId, value, locale)
  await option.check()
  await expect(option).toBeChecked()
}

/** The text field of a text question of the bank. */
export function questionTextbox(page: Page, questionId: string, locale: Locale = 'fr'): Locator {
  return page.getByRole('textbox', { name: questionLabel(locale, questionId) })
}

// ---------------------------------------------------------------------------------------------
// Functions ("Messagerie électronique"…): a line of the inventory (a group of ticks named by the
// function), then, once a tool is ticked, a row of follow-ups (a region named by the function)

type FollowUpAnswers = { [F in FollowUpField]?: NonNullable<FunctionAnswer[F]> }

export interface FunctionCardAnswer extends FollowUpAnswers {
  use: 'used' | 'unused' | 'dontKnow'
  /** Catalogue tool ids to tick. */
  tools?: readonly string[]
  /** Ticks "a tool, I don't know which". */
  toolUnknown?: boolean
  /** Typed into "Pour quelle raison ?" (shown for a deliberate stance). */
  reason?: string
}

/** The name of a catalogue function as its inventory line and follow-up row show it. */
export function functionName(functionId: FunctionId, locale: Locale = 'fr'): string {
  const fn = findFunction(functionId)
  if (!fn) throw new Error(`no function ${functionId}`)
  return fn.name[locale]
}

/** The name of a catalogue tool as its tick shows it. */
export function toolName(functionId: FunctionId, toolId: string, locale: Locale = 'fr'): string {
  const tool = findFunction(functionId)?.tools.find((t) => t.id === toolId)
  if (!tool) throw new Error(`no tool ${toolId} for ${functionId}`)
  return tool.name[locale]
}

/** The catalogue ids of a function's tools, in the catalogue's order. */
export function toolIds(functionId: FunctionId): readonly string[] {
  return findFunction(functionId)?.tools.map((t) => t.id) ?? []
}

/** A function's line of the inventory: a group of ticks named by the function. */
export function functionTools(page: Page, functionId: FunctionId, locale: Locale = 'fr'): Locator {
  return page.getByRole('group', { name: functionName(functionId, locale), exact: true })
}

/** A function's row of follow-ups (shown once a tool is ticked): a region named by the function. */
export function functionCard(page: Page, functionId: FunctionId, locale: Locale = 'fr'): Locator {
  return page.getByRole('region', { name: functionName(functionId, locale), exact: true })
}

/** The "Non utilisé" or "Je ne sais pas" tick of a function's inventory line. */
export function useCheckbox(
  page: Page,
  functionId: FunctionId,
  use: 'unused' | 'dontKnow',
  locale: Locale = 'fr',
): Locator {
  const fn = texts[locale].app.wizard.fn
  return functionTools(page, functionId, locale).getByRole('checkbox', {
    name: use === 'unused' ? fn.notUsed : fn.useUnknown,
    exact: true,
  })
}

/** A tool's tick in a function's inventory line. */
export function toolCheckbox(
  page: Page,
  functionId: FunctionId,
  toolId: string,
  locale: Locale = 'fr',
): Locator {
  return functionTools(page, functionId, locale).getByRole('checkbox', {
    name: toolName(functionId, toolId, locale),
    exact: true,
  })
}

/** The short text of a follow-up's option, as its segment shows it. */
export function followUpOption(followUp: FollowUpField, value: string, locale: Locale = 'fr'): string {
  return value === 'dontKnow'
    ? texts[locale].app.wizard.dontKnow
    : text(locale, `app.wizard.short.${followUp}.${value}`)
}

/** The radio of one of the follow-ups of a row (the row must be open). */
export function followUpRadio(
  card: Locator,
  followUp: FollowUpField,
  value: string,
  locale: Locale = 'fr',
): Locator {
  return radio(
    card,
    text(locale, `app.wizard.short.${followUp}.label`),
    followUpOption(followUp, value, locale),
  )
}

/** The button of a complete row, which folds it to its summary and opens it again. */
export function rowToggle(card: Locator): Locator {
  return card.getByRole('heading', { level: 3 }).getByRole('button')
}

/** Opens a row folded to its summary (a complete row starts folded when its part is shown). */
export async function openRow(card: Locator): Promise<void> {
  const toggle = rowToggle(card)
  if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
  await expect(card.getByRole('radiogroup').first()).toBeVisible()
}

/** The "Pour quelle raison ?" field of a row. */
export function reasonField(card: Locator, locale: Locale = 'fr'): Locator {
  return card.getByRole('textbox', { name: texts[locale].q.followUp.reason.label, exact: true })
}

/**
 * Answers a function as a reader would: ticks in the inventory, then one click per follow-up in
 * its row, then the reason. A row that becomes complete (and asks no reason) folds to its summary.
 * Returns the function's inventory line.
 */
export async function answerFunction(
  page: Page,
  functionId: FunctionId,
  answer: FunctionCardAnswer,
  locale: Locale = 'fr',
): Promise<Locator> {
  const tools = functionTools(page, functionId, locale)
  if (answer.use !== 'used') {
    await useCheckbox(page, functionId, answer.use, locale).check()
    await expect(useCheckbox(page, functionId, answer.use, locale)).toBeChecked()
    return tools
  }
  for (const toolId of answer.tools ?? []) {
    await toolCheckbox(page, functionId, toolId, locale).check()
    await expect(toolCheckbox(page, functionId, toolId, locale)).toBeChecked()
  }
  if (answer.toolUnknown) {
    const unknown = tools.getByRole('checkbox', {
      name: texts[locale].app.wizard.fn.toolUnknown,
      exact: true,
    })
    await unknown.check()
    await expect(unknown).toBeChecked()
  }
  const card = functionCard(page, functionId, locale)
  const given = FOLLOW_UP_FIELDS.filter((f) => answer[f] !== undefined)
  if (given.length) await openRow(card)
  for (const followUp of given) await followUpRadio(card, followUp, answer[followUp]!, locale).click()
  if (answer.reason !== undefined) {
    await reasonField(card, locale).fill(answer.reason)
    await expect(reasonField(card, locale)).toHaveValue(answer.reason)
  }
  // Each choice took: shown checked in the open row, or in the summary of a row that folded.
  const toggle = rowToggle(card)
  if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) === 'false') {
    for (const followUp of given)
      await expect(toggle).toContainText(followUpOption(followUp, answer[followUp]!, locale))
  } else {
    for (const followUp of given)
      await expect(followUpRadio(card, followUp, answer[followUp]!, locale)).toBeChecked()
  }
  return tools
}

/** Opens the "Autre outil…" form of a function's inventory line and returns it. */
export async function openOtherToolForm(tools: Locator, locale: Locale = 'fr'): Promise<Locator> {
  const fn = texts[locale].app.wizard.fn
  const toggle = tools.getByRole('button', { name: fn.other, exact: true })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const form = tools.getByRole('group', { name: fn.otherTool.legend, exact: true })
  await expect(form).toBeVisible()
  return form
}

// ---------------------------------------------------------------------------------------------
// Layout

/** Whether the page scrolls sideways at its current viewport. */
export async function expectNoHorizontalScroll(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scrollWidth, 'the page must not scroll sideways').toBeLessThanOrEqual(width)
}

// ---------------------------------------------------------------------------------------------
// Storage

/** The app's IndexedDB database name. */
export const DB_NAME = 'autonomie-numerique'

/** Puts a raw record in `assessments` and names it the current draft, bypassing the app's writer. */
export async function writeCurrent(page: Page, record: { id: string }): Promise<void> {
  await page.evaluate(
    ({ dbName, record }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName)
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'))
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['assessments', 'meta'], 'readwrite')
          tx.objectStore('assessments').put(record)
          tx.objectStore('meta').put(record.id, 'currentId')
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error ?? new Error('transaction failed'))
        }
      }),
    { dbName: DB_NAME, record },
  )
}

/** Puts raw records in `assessments` (the stored history), bypassing the app's writer; the current draft is unchanged. */
export async function putRecords(page: Page, records: readonly { id: string }[]): Promise<void> {
  await page.evaluate(
    ({ dbName, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName)
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'))
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['assessments'], 'readwrite')
          for (const record of records) tx.objectStore('assessments').put(record)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error ?? new Error('transaction failed'))
        }
      }),
    { dbName: DB_NAME, records },
  )
}
