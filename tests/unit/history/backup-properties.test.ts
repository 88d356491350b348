/**
 * Import's promises over random and mutated files (fast-check, over fake IndexedDB): a file is
 * either imported exactly or refused with at least one problem of a known kind; reading never
 * throws; and the records already on the device are never altered, whatever the file holds
 * (entries under their ids come in as copies).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planImport, readImportText, serialiseBackupFile, toBackupFile } from '@/domain/history/backup'
import { READ_PROBLEM_KINDS } from '@/domain/read-problem'
import {
  existingFor,
  listAssessments,
  putAssessment,
  recordOfImport,
  storeImport,
} from '@/persistence/assessments'
import { toRecord, type AssessmentRecord } from '@/persistence/records'
import { rawAll, resetDatabase } from '../../support/database'
import { exampleAssessment } from '../../support/examples'

const saved = new Date('2026-06-01T10:00:00.000Z')
const now = new Date('2026-11-30T09:00:00.000Z')

// On the device before each import: one finished assessment and one draft.
const onDevice: AssessmentRecord[] = [
  toRecord(exampleAssessment('volunteer-run-self-hosted.json'), 'finished', saved),
  toRecord(exampleAssessment('mid-size-in-transition.json'), 'draft', saved),
]
// The backup mutated: the first entry identical to the device's, the second under the draft's id
// but different, the third new (version 1).
const backup = toBackupFile(
  [
    onDevice[0]!,
    { ...onDevice[1]!, name: 'Changed', assessment: { ...onDevice[1]!.assessment, title: 'Changed' } },
    toRecord(exampleAssessment('small-association-dominant.json'), 'finished', saved),
  ],
  now,
)

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

function pathsOf(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path]
  const children = Array.isArray(value)
    ? value.flatMap((item, i) => pathsOf(item, [...path, i]))
    : Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))
  return [path, ...children]
}

/** A copy of `root` with the value at `path` replaced (or removed when `replacement` is undefined). */
function mutate(root: Json, path: Path, replacement: Json | undefined): Json {
  const copy = structuredClone(root)
  if (path.length === 0) return replacement ?? null
  let parent: Json = copy
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key]!
  const last = path[path.length - 1]!
  if (Array.isArray(parent) && typeof last === 'number') {
    if (replacement === undefined) parent.splice(last, 1)
    else parent[last] = replacement
  } else {
    const target = parent as Record<string, Json>
    if (replacement === undefined) delete target[last]
    else target[last] = replacement
  }
  return copy
}

const backupJson = JSON.parse(serialiseBackupFile(backup)) as Json
const allPaths = pathsOf(backupJson)

const nearValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<Json>(null, '', 'x', -1, 0, 1.5, 6, true, [], {}, 'dontKnow', '2026-02-30T10:00:00Z'),
  fc.jsonValue() as fc.Arbitrary<Json>,
)

const mutatedBackup: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.nat({ max: allPaths.length - 1 }), nearValue), { minLength: 1, maxLength: 3 })
  .map((changes) => {
    let json = backupJson
    for (const [index, value] of changes) {
      const paths = pathsOf(json)
      json = mutate(json, paths[index % paths.length]!, value)
    }
    return JSON.stringify(json)
  })

const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  {
    weight: 1,
    arbitrary: fc.jsonValue().map((value) =>
      JSON.stringify({
        format: 'autonomie-numerique.backup',
        formatVersion: 1,
        exportedAt: now.toISOString(),
        assessments: [value],
      }),
    ),
  },
  { weight: 6, arbitrary: mutatedBackup },
)

async function importOnce(text: string) {
  await resetDatabase()
  for (const record of onDevice) await putAssessment(record)
  const before = await rawAll('assessments')
  const read = await readImportText(text)
  if (!read.ok) {
    expect(read.problems.length).toBeGreaterThan(0)
    for (const problem of read.problems) expect(READ_PROBLEM_KINDS).toContain(problem.kind)
    expect(await rawAll('assessments')).toStrictEqual(before)
    return
  }
  const existing = await existingFor(read.entries)
  const plan = planImport(
    read.entries,
    new Map([...existing].map(([id, found]) => [id, found.existing])),
    'copies',
    (a) => ({ ...a, id: `copy-${a.id}`, title: 'Copie' }),
  )
  const records = plan.store.map((e) => recordOfImport(e, now))
  await storeImport(records)
  const after = await rawAll('assessments')
  // Nothing on the device altered: every record is still there as it was…
  for (const record of before) expect(after).toContainEqual(record)
  // …and every entry of the file is on the device exactly, under its id or as a copy.
  expect(after).toHaveLength(before.length + records.length)
  for (const record of records) expect(after).toContainEqual(JSON.parse(JSON.stringify(record)))
  expect(plan.store.length + plan.identical).toBe(read.entries.length)
  // …and reads back through storage's reader (none set aside in quarantine).
  expect(await listAssessments()).toHaveLength(after.length)
}

describe('importing random and mutated files', () => {
  it('the unmutated backup imports: one identical entry skipped, one copy, one new', async () => {
    const text = serialiseBackupFile(backup)
    await importOnce(text)
    expect(await rawAll('assessments')).toHaveLength(4)
  })

  it('either imports exactly or refuses with a message, never throws, never alters what is on the device', async () => {
    await fc.assert(fc.asyncProperty(anyText, importOnce), { numRuns: 150 })
    await resetDatabase()
  }, 120_000)
})
