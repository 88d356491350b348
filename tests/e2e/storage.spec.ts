/**
 * A stored draft the app cannot read (corrupt, or written by a newer version) must not brick it:
 * the home page says so, a new diagnostic can be started, and the record is kept in quarantine.
 * A draft left by the first release (database version 1) survives the update.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import {
  DB_NAME,
  expectSaved,
  openHome,
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

test('an unreadable draft left by the first release is set aside on update, and the app says so', async ({
  page,
}) => {
  const record = { schemaVersion: 1, savedAt: 'hier', assessment: goodRecord.assessment }
  await createVersion1Database(page, record)

  await openHome(page)
  await expect(page.getByRole('alert')).toContainText(fr.home.unreadable)
  expect(await readAll(page, 'quarantine')).toEqual([
    expect.objectContaining({ origin: 'drafts/current', record }),
  ])
  expect(await readAll(page, 'assessments')).toEqual([])
})
