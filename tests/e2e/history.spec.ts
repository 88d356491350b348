/**
 * Every assessment on the device: two finished assessments of one organisation, a year apart and
 * with different tools, are listed with their level; one is renamed, one duplicated, the copy
 * deleted and brought back; the whole history leaves as a backup, the browser's storage is
 * cleared, and the backup brings every assessment back identical. Axe in French and English on
 * the home page with a list.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { checkA11y, expect, switchTo, test } from './fixtures'
import { DB_NAME, functionCard, functionName, goToSection, openHome, texts } from './helpers'

const example = JSON.parse(readFileSync('examples/volunteer-run-self-hosted.json', 'utf8')) as {
  assessment: { answers: Record<string, unknown>; questionnaireId: string; questionnaireVersion: number }
}
const ORGANISATION = 'Les Jardins partagés du Plateau (example)'

/** The example answered on `createdAt`, its email on `emailTool`, stored as a finished record. */
function finishedRecord(id: string, createdAt: string, emailTool: string) {
  const email = example.assessment.answers['fn.email'] as Record<string, unknown>
  const assessment = {
    ...example.assessment,
    id,
    createdAt,
    updatedAt: createdAt,
    answers: {
      ...example.assessment.answers,
      'fn.email': { ...email, tools: [{ kind: 'catalogue', toolId: emailTool }] },
    },
  }
  return {
    schemaVersion: 2,
    id,
    name: ORGANISATION,
    status: 'finished',
    createdAt,
    updatedAt: createdAt,
    questionnaireId: assessment.questionnaireId,
    questionnaireVersion: assessment.questionnaireVersion,
    assessment,
  }
}

const LAST_YEAR = finishedRecord('history-2025', '2025-11-20T10:00:00.000Z', 'gmail')
const THIS_YEAR = finishedRecord('history-2026', '2026-11-20T10:00:00.000Z', 'self-hosted-mail')

function idb<T>(page: Page, action: 'put' | 'getAll' | 'delete', records: unknown[] = []): Promise<T> {
  return page.evaluate(
    ({ dbName, action, records }) =>
      new Promise<T>((resolve, reject) => {
        if (action === 'delete') {
          const request = indexedDB.deleteDatabase(dbName)
          request.onsuccess = () => resolve(undefined as T)
          request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'))
          return
        }
        const open = indexedDB.open(dbName)
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'))
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('assessments', action === 'put' ? 'readwrite' : 'readonly')
          const store = tx.objectStore('assessments')
          let result: unknown
          if (action === 'put') for (const record of records) store.put(record)
          else {
            const all = store.getAll()
            all.onsuccess = () => (result = all.result)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(result as T)
          }
          tx.onerror = () => reject(tx.error ?? new Error('transaction failed'))
        }
      }),
    { dbName: DB_NAME, action, records },
  )
}

const byId = (records: { id: string }[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1))

/** One assessment of the list, found by its name. */
function item(page: Page, name: string) {
  return page.getByRole('article', { name, exact: true })
}

async function moreActions(page: Page, name: string) {
  const history = texts.fr.app.home.history
  await item(page, name).getByText(history.more).click()
  return item(page, name)
}

test('two assessments a year apart: listed, renamed, duplicated, deleted and restored, backed up and imported back identical', async ({
  page,
}) => {
  const history = texts.fr.app.home.history
  await openHome(page)
  await idb(page, 'put', [LAST_YEAR, THIS_YEAR])
  await openHome(page)

  // Both are listed, each finished, with its level once scored.
  const list = page.getByRole('region', { name: history.heading })
  await expect(list.getByRole('article')).toHaveCount(2)
  await expect(page.getByRole('article', { name: ORGANISATION })).toHaveCount(2)
  await expect(list.getByText(/^Niveau \d sur 5/)).toHaveCount(2)

  // Rename last year's.
  const first = list.getByRole('article').nth(1)
  await first.getByText(history.more).click()
  await first.getByRole('button', { name: history.rename }).click()
  await first.getByRole('textbox', { name: history.renameLabel }).fill('Diagnostic 2025')
  await first.getByRole('button', { name: history.save }).click()
  await expect(item(page, 'Diagnostic 2025')).toBeVisible()
  await expect(item(page, 'Diagnostic 2025').getByText(`Organisation\u00a0: ${ORGANISATION}`)).toBeVisible()

  // Duplicate it, then delete the copy and bring it back.
  await (await moreActions(page, 'Diagnostic 2025')).getByRole('button', { name: history.duplicate }).click()
  const copyName = 'Diagnostic 2025 (copie)'
  await expect(item(page, copyName)).toBeVisible()
  await (await moreActions(page, copyName)).getByRole('button', { name: history.delete }).click()
  await expect(item(page, copyName)).toHaveCount(0)
  const status = page.getByRole('status').filter({ hasText: copyName })
  await expect(status).toContainText(copyName)
  await expect(page.getByRole('button', { name: history.undo })).toBeFocused()
  await page.getByRole('button', { name: history.undo }).click()
  await expect(item(page, copyName)).toBeVisible()
  await expect(list.getByRole('article')).toHaveCount(3)

  // The whole history as a backup.
  const stored = byId(await idb<{ id: string }[]>(page, 'getAll'))
  expect(stored).toHaveLength(3)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: texts.fr.app.home.files.backup }).click(),
  ])
  // Named in the page's language, and dated.
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^${texts.fr.app.home.files.backupFileName}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
  )
  const backupPath = test.info().outputPath('backup.json')
  await download.saveAs(backupPath)
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; assessments: unknown[] }
  expect(backup.format).toBe('autonomie-numerique.backup')
  expect(backup.assessments).toHaveLength(3)

  // The browser's storage cleared: nothing is left.
  await idb(page, 'delete')
  await openHome(page)
  await expect(page.getByRole('button', { name: texts.fr.app.home.start })).toBeVisible()
  await expect(page.getByRole('region', { name: history.heading })).toHaveCount(0)

  // The backup brings every assessment back, identical.
  await page.getByLabel(texts.fr.app.import.label).setInputFiles(backupPath)
  await expect(page.getByRole('status').filter({ hasText: '3 diagnostics importés.' })).toBeVisible()
  await expect(list.getByRole('article')).toHaveCount(3)
  expect(byId(await idb<{ id: string }[]>(page, 'getAll'))).toStrictEqual(stored)

  // The same backup again: nothing changes, and the app says they were already there.
  await page.getByLabel(texts.fr.app.import.label).setInputFiles(backupPath)
  await expect(page.getByRole('status')).toContainText('3 étaient déjà sur cet appareil à l’identique.')
  expect(byId(await idb<{ id: string }[]>(page, 'getAll'))).toStrictEqual(stored)
})

test('an assessment in the file that differs from one on the device is never replaced silently', async ({
  page,
}) => {
  const conflict = texts.fr.app.import.conflict
  await openHome(page)
  await idb(page, 'put', [THIS_YEAR])
  const changed = { ...THIS_YEAR.assessment, title: 'Autre version' }
  const path = test.info().outputPath('one.json')
  writeFileSync(
    path,
    JSON.stringify({
      format: 'autonomie-numerique.assessment',
      formatVersion: 1,
      exportedAt: '2026-11-30T09:00:00.000Z',
      assessment: changed,
    }),
  )
  await openHome(page)
  await page.getByLabel(texts.fr.app.import.label).setInputFiles(path)
  const dialog = page.getByRole('dialog', { name: conflict.title })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('listitem')).toHaveText([ORGANISATION])

  // "Import nothing" leaves the device as it was.
  await dialog.getByRole('button', { name: conflict.cancel }).click()
  expect(await idb(page, 'getAll')).toStrictEqual([THIS_YEAR])

  // "Keep both": the file's comes in as a copy, the one on the device untouched.
  await page.getByLabel(texts.fr.app.import.label).setInputFiles(path)
  await dialog.getByRole('button', { name: conflict.copies }).click()
  await expect(page).toHaveURL(/#\/resultats/)
  const all = await idb<{ id: string; name: string }[]>(page, 'getAll')
  expect(all).toHaveLength(2)
  expect(all).toContainEqual(THIS_YEAR)
  expect(all.find((r) => r.id !== THIS_YEAR.id)?.name).toBe('Autre version (copie importée)')
})

test('a long history: the last of 40 assessments, laid out only once seen, is reached by keyboard and opens', async ({
  page,
}) => {
  const history = texts.fr.app.home.history
  const records = Array.from({ length: 40 }, (_, i) => {
    const day = `2026-01-${String((i % 28) + 1).padStart(2, '0')}T${String(10 + Math.floor(i / 28)).padStart(2, '0')}:00:00.000Z`
    return { ...finishedRecord(`long-${i}`, day, 'gmail'), name: `Diagnostic ${i + 1}` }
  })
  await openHome(page)
  await idb(page, 'put', records)
  await openHome(page)
  const list = page.getByRole('region', { name: history.heading })
  await expect(list.getByRole('article')).toHaveCount(40)
  await checkA11y(page, 'home with a history of 40')
  // The oldest is last; every one is named for assistive technology, seen on screen or not.
  const oldest = item(page, 'Diagnostic 1')
  await expect(oldest).toHaveCount(1)
  // Tabbing down to it brings it into view, with its level once scored.
  const results = oldest.getByRole('button', { name: history.results })
  await results.focus()
  await expect(results).toBeFocused()
  await expect(results).toBeInViewport()
  await expect(oldest.getByText(/^Niveau \d sur 5/)).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/resultats/)
})

test('a diagnostic saved as finished is listed under its dated name; next year’s starts from it', async ({
  page,
}) => {
  const history = texts.fr.app.home.history
  await openHome(page)
  await page.getByLabel(texts.fr.app.import.label).setInputFiles('examples/volunteer-run-self-hosted.json')
  await expect(page.getByRole('heading', { level: 1, name: texts.fr.app.results.heading })).toBeVisible()
  await page.getByRole('button', { name: 'Enregistrer comme terminé\u00a0: Diagnostic 2026' }).click()

  // Back home: no diagnostic in progress, the finished one listed with its level.
  await expect(page.getByRole('button', { name: texts.fr.app.home.start })).toBeVisible()
  const finished = item(page, 'Diagnostic 2026')
  await expect(finished.getByText(history.finished, { exact: true })).toBeVisible()
  await expect(finished.getByText(/^Niveau \d sur 5/)).toBeVisible()

  // Next year's: a draft with the same tools, the dated facts to answer again.
  await finished.getByText(history.more).click()
  await finished.getByRole('button', { name: history.nextYear }).click()
  await expect(page).toHaveURL(/#\/diagnostic/)
  await openHome(page)
  await expect(page.getByRole('heading', { level: 2, name: texts.fr.app.home.draftHeading })).toBeVisible()
  const records = await idb<{ status: string; assessment: { basedOn?: { id: string }; answers: object } }[]>(
    page,
    'getAll',
  )
  const next = records.find((r) => r.status === 'draft')
  expect(next?.assessment.basedOn?.id).toBe('example-volunteer-run-self-hosted')
  expect(next?.assessment.answers).toHaveProperty(['fn.email'])
  expect(next?.assessment.answers).not.toHaveProperty(['profile.staff'])
})

test('next year’s draft asks to confirm what was carried over: one row, then the whole part, kept after a reload', async ({
  page,
}) => {
  const history = texts.fr.app.home.history
  const carried = texts.fr.app.wizard.fn.carried
  await openHome(page)
  await page.getByLabel(texts.fr.app.import.label).setInputFiles('examples/volunteer-run-self-hosted.json')
  await page.getByRole('button', { name: 'Enregistrer comme terminé\u00a0: Diagnostic 2026' }).click()
  const finished = item(page, 'Diagnostic 2026')
  await finished.getByText(history.more).click()
  await finished.getByRole('button', { name: history.nextYear }).click()
  await expect(page).toHaveURL(/#\/diagnostic/)

  await goToSection(page, 'collaborate')
  // The example was created on 28 November 2026.
  await expect(page.getByText(carried.notice.replace('{date}', '28 novembre 2026'))).toBeVisible()
  const email = functionCard(page, 'email')
  const files = functionCard(page, 'files')
  await expect(email.getByText(carried.toConfirm, { exact: true })).toBeVisible()
  await expect(files.getByText(carried.toConfirm, { exact: true })).toBeVisible()
  await checkA11y(page, 'tools part of next year’s draft, to confirm')

  // One row: "Still true" for email only.
  await email
    .getByRole('button', { name: carried.stillTrueFor.replace('{name}', functionName('email', 'fr')) })
    .click()
  await expect(email.getByText(carried.toConfirm, { exact: true })).toHaveCount(0)
  await expect(files.getByText(carried.toConfirm, { exact: true })).toBeVisible()

  // A function not in use (projects, knowledge, forms) is confirmed on its line of the inventory;
  // the reader stays on its tick.
  const inventory = page.getByRole('region', { name: texts.fr.app.wizard.fn.inventory, exact: true })
  await expect(inventory.getByText(carried.toConfirm, { exact: true })).toHaveCount(3)
  const projects = functionName('projects', 'fr')
  await inventory.getByRole('button', { name: carried.stillTrueFor.replace('{name}', projects) }).click()
  await expect(inventory.getByText(carried.toConfirm, { exact: true })).toHaveCount(2)
  await expect(
    inventory
      .getByRole('group', { name: projects, exact: true })
      .getByRole('checkbox', { name: texts.fr.app.wizard.fn.notUsed, exact: true }),
  ).toBeFocused()

  // Then the rest of the part at once.
  await page.getByRole('button', { name: carried.confirmAll }).click()
  const allConfirmed = page.getByText(carried.allConfirmed.replace('{date}', '28 novembre 2026'))
  await expect(allConfirmed).toBeFocused()
  await expect(page.getByText(carried.toConfirm, { exact: true })).toHaveCount(0)

  // Saved with the assessment: still confirmed after a reload, and in the stored record.
  await page.reload()
  await expect(allConfirmed).toBeVisible()
  await expect(page.getByText(carried.toConfirm, { exact: true })).toHaveCount(0)
  const records = await idb<{ status: string; assessment: { confirmed?: string[] } }[]>(page, 'getAll')
  const next = records.find((r) => r.status === 'draft')
  expect(next?.assessment.confirmed).toEqual(expect.arrayContaining(['fn.email', 'fn.files', 'fn.office']))
  expect(next?.assessment.confirmed?.slice(0, 2)).toEqual(['fn.email', 'fn.projects'])

  // The next tools part still has everything to confirm.
  await goToSection(page, 'communicateInside')
  await expect(page.getByRole('button', { name: carried.confirmAll })).toBeVisible()
})

for (const locale of ['fr', 'en'] as const) {
  test(`the home page with a list of assessments passes axe (${locale})`, async ({ page }) => {
    await openHome(page)
    await idb(page, 'put', [LAST_YEAR, THIS_YEAR])
    await openHome(page)
    await switchTo(page, locale)
    const history = texts[locale].app.home.history
    await expect(page.getByRole('region', { name: history.heading }).getByRole('article')).toHaveCount(2)
    await page.getByRole('region', { name: history.heading }).getByText(history.more).first().click()
    await checkA11y(page, `home with a list (${locale})`)
  })
}
