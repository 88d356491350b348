/**
 * A stored draft the app cannot read (corrupt, or written by a newer version) must not brick it:
 * the home page says so, a new diagnostic can be started, and the record is kept in quarantine.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { expectSaved, openHome, startDiagnostic, texts } from './helpers'

const DB_NAME = 'autonomie-numerique'
const fr = texts.fr.app

/** Puts a record in an object store of the app's database (which the first visit created). */
async function writeRecord(page: Page, store: string, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    ({ dbName, store, key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(store, 'readwrite')
          tx.objectStore(store).put(value, key)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { dbName: DB_NAME, store, key, value },
  )
}

/** Every record of an object store of the app's database. */
async function readAll(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    ({ dbName, store }) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(dbName)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const request = db.transaction(store, 'readonly').objectStore(store).getAll()
          request.onsuccess = () => {
            db.close()
            resolve(request.result as unknown[])
          }
          request.onerror = () => reject(request.error)
        }
      }),
    { dbName: DB_NAME, store },
  )
}

const unreadableDrafts = [
  { label: 'a corrupt draft', record: { schemaVersion: 1, assessment: { answers: 'broken' } } },
  {
    label: 'a draft from a future schema version',
    record: { schemaVersion: 99, savedAt: '2031-01-01T00:00:00.000Z', assessment: { answers: {} } },
  },
]

for (const { label, record } of unreadableDrafts) {
  test(`${label} is set aside, not erased, and the app carries on`, async ({ page }) => {
    await openHome(page) // creates the database
    await writeRecord(page, 'drafts', 'current', record)

    await page.reload()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(fr.home.unreadable)
    await expect(alert.getByText(fr.home.unreadableDetails)).toBeVisible()

    // The bad record is in quarantine, exactly as it was.
    await expect.poll(() => readAll(page, 'quarantine')).toContainEqual(expect.objectContaining({ record }))
    expect(await readAll(page, 'drafts')).toEqual([])

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
    expect(quarantine[0]).toEqual(expect.objectContaining({ origin: 'drafts/current', record }))
  })
}
