/**
 * A stored draft the app cannot read (corrupt, written by a newer version, or one the import
 * would refuse) must not brick it: the home page says so, a new diagnostic can be started, and
 * the record is kept in quarantine. A draft left by the first release (database version 1)
 * survives the update. A save that fails is said on every page, with the answers to download.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import {
  DB_NAME,
  answerQuestion,
  expectSaved,
  format,
  openHome,
  openMethod,
  questionRadio,
  startDiagnostic,
  texts,
  writeCurrent,
} from './helpers'

const fr = texts.fr.app

/**
 * Creates the database as the first release left it (version 1: `drafts`, `quarantine`) with
 * `record` under `drafts/current`. Run from a page of the app's origin that does not start the
 * app (its icon), so the app opens it only afterwards, as after an update.
 */
async function createVersion1Database(page: Page, record: unknown): Promise<void> {
  await page.goto('favicon.svg')
  await page.evaluate(
    ({ dbName, record }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName, 1)
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'))
        open.onupgradeneeded = () => {
          open.result.createObjectStore('drafts')
          open.result.createObjectStore('quarantine', { autoIncrement: true })
        }
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('drafts', 'readwrite')
          tx.objectStore('drafts').put(record, 'current')
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

/** Every record of an object store of the app's database. */
async function readAll(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    ({ dbName, store }) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(dbName)
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'))
        open.onsuccess = () => {
          const db = open.result
          const request = db.transaction(store, 'readonly').objectStore(store).getAll()
          request.onsuccess = () => {
            db.close()
            resolve(request.result as unknown[])
          }
          request.onerror = () => reject(request.error ?? new Error('request failed'))
        }
      }),
    { dbName: DB_NAME, store },
  )
}

/** A stored draft as the app writes it, to be spoiled one field at a time. */
const goodRecord = {
  schemaVersion: 2,
  id: 'stored-1',
  name: 'Les Amis',
  status: 'draft',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:41:13.000Z',
  questionnaireId: 'autonomie-numerique',
  questionnaireVersion: 1,
  assessment: {
    id: 'stored-1',
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 1,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:41:12.000Z',
    answers: { 'profile.name': { kind: 'text', value: 'Les Amis' } },
  },
}

const unreadableDrafts = [
  {
    label: 'a corrupt draft',
    record: { ...goodRecord, assessment: { ...goodRecord.assessment, answers: 'broken' } },
  },
  {
    label: 'a draft from a future schema version',
    record: { ...goodRecord, schemaVersion: 99, updatedAt: '2031-01-01T00:00:00.000Z' },
  },
  { label: 'a draft whose saving date is not a date', record: { ...goodRecord, updatedAt: 'not a date' } },
  {
    // `new Date` reads it; the import's strict ISO 8601 rule does not.
    label: 'a draft whose saving date is not a strict ISO timestamp',
    record: { ...goodRecord, updatedAt: '2026-03-02 09:41' },
  },
  {
    label: 'a draft citing a tool the catalogue does not know',
    record: {
      ...goodRecord,
      assessment: {
        ...goodRecord.assessment,
        answers: {
          'fn.email': {
            kind: 'function',
            use: 'used',
            tools: [{ kind: 'catalogue', toolId: 'no-such-tool' }],
          },
        },
      },
    },
  },
  {
    label: 'a draft of a questionnaire version this app does not know',
    record: {
      ...goodRecord,
      questionnaireVersion: 7,
      assessment: { ...goodRecord.assessment, questionnaireVersion: 7 },
    },
  },
  {
    label: 'a draft with an answer of the wrong kind',
    record: {
      ...goodRecord,
      assessment: { ...goodRecord.assessment, answers: { 'profile.name': { kind: 'single', value: 'x' } } },
    },
  },
]

for (const { label, record } of unreadableDrafts) {
  test(`${label} is set aside, not erased, and the app carries on`, async ({ page }) => {
    await openHome(page) // creates the database
    await writeCurrent(page, record)

    await page.reload()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(fr.home.unreadable)
    await expect(alert.getByText(fr.home.unreadableDetails)).toBeVisible()

    // The bad record is in quarantine, exactly as it was.
    await expect.poll(() => readAll(page, 'quarantine')).toContainEqual(expect.objectContaining({ record }))
    expect(await readAll(page, 'assessments')).toEqual([])

    // A new diagnostic can be started and is saved.
    await startDiagnostic(page)
    await page.getByRole('textbox', { name: texts.fr.q.profile.name.label }).fill('Nouveau départ')
    await expectSaved(page)
    await expect(page.getByRole('alert')).toHaveCount(0)

    // After a reload the new draft is read normally and the quarantined record is still there.
    await openHome(page)
    await expect(page.getByRole('heading', { level: 2, name: fr.home.draftHeading })).toBeVisible()
    await expect(page.getByText('Nouveau départ')).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    const quarantine = await readAll(page, 'quarantine')
    expect(quarantine).toHaveLength(1)
    expect(quarantine[0]).toEqual(expect.objectContaining({ origin: 'assessments/stored-1', record }))
  })
}

test('a draft left by the first release (database version 1) is still there after the update', async ({
  page,
}) => {
  await createVersion1Database(page, {
    schemaVersion: 1,
    savedAt: '2026-03-02T09:41:13.000Z',
    assessment: {
      ...goodRecord.assessment,
      answers: {
        'profile.name': { kind: 'text', value: 'Les Amis du Quartier' },
        'profile.kind': { kind: 'single', value: 'cooperative' },
      },
    },
  })

  await openHome(page)
  await expect(page.getByRole('heading', { level: 2, name: fr.home.draftHeading })).toBeVisible()
  await expect(page.getByText('Les Amis du Quartier')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.getByRole('link', { name: fr.home.continue }).click()
  await expect(questionRadio(page, 'profile.kind', 'cooperative')).toBeChecked()
})

for (const savedAt of ['not a date', 'hier', '2026-03-02']) {
  test(`a first-release draft saved at "${savedAt}" is set aside on update, and the app says so`, async ({
    page,
  }) => {
    const record = { schemaVersion: 1, savedAt, assessment: goodRecord.assessment }
    await createVersion1Database(page, record)

    await openHome(page)
    await expect(page.getByRole('alert')).toContainText(fr.home.unreadable)
    expect(await readAll(page, 'quarantine')).toEqual([
      expect.objectContaining({ origin: 'drafts/current', record }),
    ])
    expect(await readAll(page, 'assessments')).toEqual([])
    // The home page is usable: a diagnostic can be started.
    await startDiagnostic(page)
  })
}

/**
 * Makes every IndexedDB write throw QuotaExceededError while `window.failWrites` is true, as a
 * full disk or private browsing does (set before the app loads, so it patches the real thing).
 */
async function simulateFullStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const flag = window as unknown as { failWrites?: boolean }
    for (const method of ['put', 'add'] as const) {
      // Called below with the store as `this`, exactly as the replaced method would be.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (flag.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      }
    }
  })
}

function failWrites(page: Page, fail: boolean): Promise<void> {
  return page.evaluate((fail) => {
    ;(window as unknown as { failWrites?: boolean }).failWrites = fail
  }, fail)
}

const EXAMPLE = fileURLToPath(new URL('../../examples/mid-size-in-transition.json', import.meta.url))

test('a save that fails is said on every page, with the answers to download, until a save succeeds', async ({
  page,
}) => {
  await simulateFullStorage(page)
  await openHome(page)
  await startDiagnostic(page)
  await answerQuestion(page, 'profile.kind', 'cooperative')
  await expectSaved(page)

  await failWrites(page, true)
  await answerQuestion(page, 'profile.budget', 'under10k')
  const notice = page.getByRole('alert').filter({ hasText: fr.saveProblem.heading })
  await expect(notice).toContainText(fr.saveProblem.quota)
  const download = notice.getByRole('button', { name: fr.saveProblem.download })
  await expect(download).toBeVisible()
  // Announced once: the wizard only marks "not saved", in no alert of its own.
  await expect(page.getByRole('alert')).toHaveCount(1)
  await expect(page.getByText(fr.wizard.notSaved)).toBeVisible()

  await openMethod(page)
  await expect(notice).toBeVisible()

  await page.getByRole('navigation', { name: fr.nav.label }).getByRole('link', { name: fr.nav.home }).click()
  await expect(notice).toBeVisible()
  // No "last saved" date under answers that are not saved.
  const card = page.getByRole('region', { name: fr.home.draftHeading })
  await expect(card).toContainText(format(fr.home.draftNotSaved, { percent: '' }).split('·')[1]!.trim())
  await expect(card).not.toContainText(
    format(fr.home.draftSummary, { percent: '', date: '' }).split('·')[1]!.trim(),
  )

  await card.getByRole('link', { name: fr.home.seeResults }).click()
  await expect(page.getByRole('heading', { level: 1, name: texts.fr.app.results.heading })).toBeVisible()
  await expect(notice).toBeVisible()
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()])
  const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    assessment: { answers: Record<string, unknown> }
  }
  expect(saved.assessment.answers['profile.budget']).toEqual({ kind: 'single', value: 'under10k' })

  // Space freed: trying again saves the answers, and the notice goes.
  await failWrites(page, false)
  await notice.getByRole('button', { name: fr.saveProblem.retry }).click()
  await expect(notice).toHaveCount(0)
  await page.reload()
  await openHome(page)
  await page.getByRole('link', { name: fr.home.continue }).click()
  await expect(questionRadio(page, 'profile.budget', 'under10k')).toBeChecked()
})

test('an import whose save failed says so and stays on screen', async ({ page }) => {
  await simulateFullStorage(page)
  await openHome(page)
  await failWrites(page, true)
  await page.getByLabel(fr.import.label).setInputFiles(EXAMPLE)

  const notice = page.getByRole('alert').filter({ hasText: fr.saveProblem.importHeading })
  await expect(notice).toContainText(fr.saveProblem.importKeep)
  await expect(notice.getByRole('button', { name: fr.saveProblem.download })).toBeVisible()
  // Still on the home page, with the file's assessment on screen.
  await expect(page.getByRole('heading', { level: 1, name: fr.home.heading })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: fr.home.draftHeading })).toBeVisible()
  expect(await readAll(page, 'assessments')).toEqual([])
})
