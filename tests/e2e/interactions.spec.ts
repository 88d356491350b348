/**
 * Measured targets of the wizard (issue 12), on the real page:
 * - the example "mid-size association in transition" (examples/, questionnaire version 1) answered
 *   in version 2 with the same tools and follow-ups takes at most 100 interactions (clicks, key
 *   choices, typed fields) from "start" to the results, and gives the same answers file;
 * - once answered, no part is taller than four screens at 1280 × 800;
 * - at 375 px, no page scrolls sideways and every control is a target of at least 44 × 44 px.
 * The page counts the interactions itself (trusted pointer presses, choice keys, fields typed in),
 * so the number does not depend on how the test drives it.
 */
import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import {
  DB_NAME,
  expectNoHorizontalScroll,
  expectResults,
  followUpOption,
  followUpRadio,
  functionCard,
  functionTools,
  goToSection,
  nextSection,
  openHome,
  openOtherToolForm,
  questionRadio,
  questionTextbox,
  radio,
  reasonField,
  startDiagnostic,
  texts,
  toolCheckbox,
  toolIds,
  useCheckbox,
} from './helpers'
import { questionnaireV2 as questionnaire } from '../../src/domain/questionnaire/bank-v2'
import { FOLLOW_UP_FIELDS, type FunctionQuestion } from '../../src/domain/questionnaire/types'
import type { Answer, Answers, FunctionAnswer, OtherTool } from '../../src/domain/assessment/types'

const fr = texts.fr.app
const example = JSON.parse(
  readFileSync(new URL('../../examples/mid-size-in-transition.json', import.meta.url), 'utf8'),
) as { assessment: { answers: Answers } }

const MAX_INTERACTIONS = 100
const SCREEN = { width: 1280, height: 800 }
const MAX_SCREENS = 4
const PHONE = { width: 375, height: 740 }
const TARGET = 44

interface Counts {
  clicks: number
  keys: number
  typed: number
}

/** Counts, in the page, what the reader does: presses, choice keys, and each field typed into. */
function countInteractions() {
  const counts = { clicks: 0, keys: 0, typed: 0 }
  Object.assign(window, { __interactions: counts })
  let typing: EventTarget | null = null
  const CHOICE_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' ', 'Enter']
  addEventListener('pointerdown', (e) => e.isTrusted && counts.clicks++, true)
  addEventListener('keydown', (e) => e.isTrusted && CHOICE_KEYS.includes(e.key) && counts.keys++, true)
  addEventListener('focusin', () => (typing = null), true)
  addEventListener(
    'input',
    (e) => {
      const el = e.target
      const field =
        el instanceof HTMLTextAreaElement ||
        (el instanceof HTMLInputElement && ['text', 'search'].includes(el.type))
      if (e.isTrusted && field && typing !== el) {
        typing = el
        counts.typed++
      }
    },
    true,
  )
}

async function counts(page: Page): Promise<Counts> {
  return page.evaluate(() => (window as unknown as { __interactions: Counts }).__interactions)
}

/** The answers of the draft being filled in, as stored on this device. */
async function storedAnswers(page: Page): Promise<Answers> {
  return page.evaluate(
    (dbName) =>
      new Promise<Answers>((resolve, reject) => {
        const open = indexedDB.open(dbName)
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'))
        open.onsuccess = () => {
          const tx = open.result.transaction(['assessments', 'meta'], 'readonly')
          const current = tx.objectStore('meta').get('currentId')
          current.onsuccess = () => {
            const record = tx.objectStore('assessments').get(current.result as string)
            record.onsuccess = () => {
              resolve((record.result as { assessment: { answers: Answers } }).assessment.answers)
              open.result.close()
            }
          }
          tx.onerror = () => reject(tx.error ?? new Error('transaction failed'))
        }
      }),
    DB_NAME,
  )
}

/** Describes an "other" tool in its form, as the example gives it. */
async function describeOther(tools: Locator, tool: OtherTool) {
  const form = await openOtherToolForm(tools)
  const other = fr.wizard.fn.otherTool
  await form.getByRole('textbox', { name: other.name, exact: true }).fill(tool.name)
  if (tool.vendor) await form.getByRole('textbox', { name: other.vendor, exact: true }).fill(tool.vendor)
  const facts = [
    ['jurisdiction', tool.jurisdiction, other.jurisdiction, other.jurisdictionOptions],
    ['licence', tool.licence, other.licence, other.licenceOptions],
    ['businessModel', tool.businessModel, other.businessModel, other.businessModelOptions],
    ['export', tool.export, other.export, other.exportOptions],
    ['hosting', tool.hosting, other.hosting, other.hostingOptions],
  ] as const
  // A fact left unanswered is "I don't know": the form says so, so nothing to click for it.
  for (const [, value, legend, options] of facts) {
    if (value === 'dontKnow') continue
    await radio(form, legend, (options as Record<string, string>)[value]!).click()
  }
  await form.getByRole('button', { name: other.add, exact: true }).click()
}

/**
 * A part of tools, as an efficient reader does it: the inventory, then per follow-up the rows that
 * differ from the most common answer one by one, and the most common answer for all the others
 * at once ("the same answer for several uses"); the reasons last.
 */
async function answerToolsPart(page: Page, part: readonly FunctionQuestion[], answers: Answers) {
  const given = part.flatMap((q) => {
    const a = answers[q.id]
    return a?.kind === 'function' ? [{ q, a }] : []
  })
  for (const { q, a } of given) {
    const tools = functionTools(page, q.functionId)
    if (a.use !== 'used') {
      await useCheckbox(page, q.functionId, a.use).check()
      continue
    }
    for (const tool of a.tools) {
      if (tool.kind === 'catalogue') await toolCheckbox(page, q.functionId, tool.toolId).check()
      else await describeOther(tools, tool)
    }
    if (a.toolUnknown)
      await tools.getByRole('checkbox', { name: fr.wizard.fn.toolUnknown, exact: true }).check()
  }

  const inUse = given.filter((g): g is { q: FunctionQuestion; a: FunctionAnswer } => g.a.use === 'used')
  const bulk = page.getByRole('region', { name: fr.wizard.fn.bulk, exact: true })
  for (const field of FOLLOW_UP_FIELDS.filter((f) => inUse.some(({ a }) => a[f] !== undefined))) {
    const values = inUse.map(({ a }) => a[field]).filter((v): v is NonNullable<typeof v> => v !== undefined)
    const common = mostCommon(values)
    const useBulk = inUse.length >= 2 && values.filter((v) => v === common).length >= 2
    for (const { q, a } of inUse) {
      const value = a[field]
      if (value === undefined || (useBulk && value === common)) continue
      await followUpRadio(functionCard(page, q.functionId), field, value).click()
    }
    if (useBulk)
      await bulk
        .getByRole('group', { name: fr.wizard.short[field].label, exact: true })
        .getByRole('button', { name: followUpOption(field, common), exact: true })
        .click()
  }
  for (const { q, a } of inUse) {
    if (a.reason) await reasonField(functionCard(page, q.functionId)).fill(a.reason)
  }
}

function mostCommon(values: readonly string[]): string {
  const tally = new Map<string, number>()
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1)
  return [...tally].sort((x, y) => y[1] - x[1])[0]![0]
}

async function answerQuestion(page: Page, questionId: string, answer: Answer) {
  if (answer.kind === 'text') await questionTextbox(page, questionId).fill(answer.value)
  else if (answer.kind === 'single') await questionRadio(page, questionId, answer.value).click()
  else if (answer.kind === 'scale') await questionRadio(page, questionId, String(answer.value)).click()
  else if (answer.kind === 'dontKnow') await questionRadio(page, questionId, 'dontKnow').click()
  else throw new Error(`${questionId}: ${answer.kind} is not asked in this part`)
}

/** An "other" tool's id is made when it is added: the rest must be as the example says. */
function withoutOtherIds(all: Answers): Answers {
  return Object.fromEntries(
    Object.entries(all).map(([id, a]) => [
      id,
      a.kind === 'function'
        ? { ...a, tools: a.tools.map((t) => (t.kind === 'other' ? { ...t, id: '' } : t)) }
        : a,
    ]),
  )
}

/** Goes from "start" to the results giving these answers; the interactions and each part's height. */
async function fillIn(page: Page, answers: Answers) {
  await page.addInitScript(countInteractions)
  await openHome(page)
  await startDiagnostic(page)
  const heights: Record<string, number> = {}
  for (const section of questionnaire.sections) {
    const functions = section.questions.filter((q): q is FunctionQuestion => q.kind === 'function')
    if (functions.length) await answerToolsPart(page, functions, answers)
    else
      for (const q of section.questions) {
        const answer = answers[q.id]
        if (answer) await answerQuestion(page, q.id, answer)
      }
    heights[section.id] = await page.evaluate(() => document.documentElement.scrollHeight)
    await page.screenshot({ path: `/tmp/h19/part-${section.id}.png`, fullPage: true })
    await nextSection(page)
  }
  await expectResults(page)
  const done = await counts(page)
  const total = done.clicks + done.keys + done.typed
  test
    .info()
    .annotations.push(
      { type: 'interactions', description: `${total} (${JSON.stringify(done)})` },
      { type: 'heights at 1280 × 800 (px)', description: JSON.stringify(heights) },
    )
  // Printed for the note: the numbers the targets are about.
  console.log(
    `${test.info().title}: ${total} interactions ${JSON.stringify(done)}; heights ${JSON.stringify(heights)}`,
  )
  return { total, heights }
}

/** The example answered in full in version 2: who holds the keys too (a team, for every tool). */
const withKeys: Answers = Object.fromEntries(
  Object.entries(example.assessment.answers).map(([id, a]) =>
    a.kind === 'function' && a.use === 'used' ? [id, { ...a, keys: 'team' }] : [id, a],
  ),
)

test.describe('at 1280 × 800', () => {
  test.use({ viewport: SCREEN })

  test('the mid-size example, with its version 1 follow-ups, takes at most 100 interactions and gives the same answers', async ({
    page,
  }) => {
    const { total } = await fillIn(page, example.assessment.answers)
    expect(total).toBeLessThanOrEqual(MAX_INTERACTIONS)
    // The same answers file as the example: same ids, same values, nothing added.
    expect(withoutOtherIds(await storedAnswers(page))).toEqual(withoutOtherIds(example.assessment.answers))
  })

  test('answered in full in version 2, no part is taller than four screens', async ({ page }) => {
    const { heights } = await fillIn(page, withKeys)
    for (const [id, height] of Object.entries(heights))
      expect.soft(height, `part ${id}`).toBeLessThanOrEqual(MAX_SCREENS * SCREEN.height)
    expect(withoutOtherIds(await storedAnswers(page))).toEqual(withoutOtherIds(withKeys))
  })
})

test.describe('at 375 px', () => {
  test.use({ viewport: PHONE })

  /** Controls smaller than 44 × 44 px (text links inside sentences are exempt, as WCAG allows). */
  async function smallTargets(page: Page): Promise<string[]> {
    return page.evaluate((min) => {
      const controls = document.querySelectorAll<HTMLElement>(
        'button, summary, a.button, nav a, label:has(input[type="radio"]), label:has(input[type="checkbox"]), input[type="text"], input[type="search"], textarea, select',
      )
      return [...controls]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
        .map(
          ({ el, box }) =>
            `${el.tagName} "${el.textContent?.trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        )
    }, TARGET)
  }

  async function expectFits(page: Page, where: string) {
    await expectNoHorizontalScroll(page, PHONE.width)
    expect(await smallTargets(page), where).toEqual([])
  }

  test('no page scrolls sideways, and every control is at least 44 px', async ({ page }) => {
    await openHome(page)
    await expectFits(page, 'home')
    await startDiagnostic(page)
    await questionTextbox(page, 'profile.name').fill('Petit écran')
    await expectFits(page, 'profile')
    for (const section of questionnaire.sections.slice(1)) {
      await goToSection(page, section.id)
      const functions = section.questions.filter((q): q is FunctionQuestion => q.kind === 'function')
      // Two functions in use show their rows and the shared answers; the disclosures opened.
      for (const q of functions.slice(0, 2))
        await toolCheckbox(page, q.functionId, toolIds(q.functionId)[0]!).check()
      if (functions.length) {
        await page.getByText(fr.wizard.fn.why, { exact: true }).click()
        await openOtherToolForm(functionTools(page, functions[0]!.functionId))
      }
      await expectFits(page, section.id)
    }
    await nextSection(page)
    await expectFits(page, 'results')
  })
})
