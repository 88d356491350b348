/**
 * Property-based: example files mutated thousands of ways (a value replaced by any JSON, a key
 * removed or added — `__proto__` among them —, a list item repeated, characters of the text
 * changed) are either read exactly (exported again, they read back the same) or refused with
 * typed problems. Reading never throws, never touches Object.prototype, and a refused file leaves
 * the draft in storage as it was.
 */
import 'fake-indexeddb/auto'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { serialiseAssessmentFile, toAssessmentFile } from '@/domain/assessment/file'
import { readAssessmentText } from '@/domain/assessment/read'
import { READ_PROBLEM_KINDS } from '@/domain/read-problem'
import { loadDraft, saveDraft } from '@/persistence/drafts'

const DIR = resolve(process.cwd(), 'examples')
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => readFileSync(resolve(DIR, f), 'utf8'))
const EXPORTED_AT = new Date('2026-11-30T10:15:00.000Z')
const KINDS: readonly string[] = READ_PROBLEM_KINDS

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every place in a JSON value, as the path of keys and indexes from the root (the root is []). */
function places(value: Json, path: (string | number)[] = [], into: (string | number)[][] = []) {
  into.push(path)
  if (Array.isArray(value)) value.forEach((child, i) => places(child, [...path, i], into))
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) places(child, [...path, key], into)
  return into
}

/** Sets an own property, even `__proto__` (a plain assignment would change the prototype instead). */
function setOwn(target: Record<string, Json>, key: string, value: Json) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

const OPERATIONS = ['replace', 'delete', 'addKey', 'repeat'] as const
const KEYS = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'kind', 'tools', 'value', 'reason', 'name'),
  fc.string({ maxLength: 8 }),
)

/** A structural change to an example file. */
const jsonMutation = fc
  .record({
    text: fc.constantFrom(...EXAMPLES),
    at: fc.nat(),
    operation: fc.constantFrom(...OPERATIONS),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    key: KEYS,
  })
  .map(({ text, at, operation, value, key }) => {
    const root = JSON.parse(text) as Json
    const all = places(root)
    const path = all[at % all.length] ?? []
    if (path.length === 0) return JSON.stringify(operation === 'replace' ? value : root)
    const parent = path
      .slice(0, -1)
      .reduce<Json>((node, k) => (node as Record<string, Json>)[k] ?? null, root)
    const last = path[path.length - 1] ?? ''
    if (Array.isArray(parent) && typeof last === 'number') {
      if (operation === 'replace') parent[last] = value
      else if (operation === 'delete') parent.splice(last, 1)
      else parent.splice(last, 0, parent[last] ?? null)
    } else if (typeof parent === 'object' && parent !== null && !Array.isArray(parent)) {
      const record = parent as Record<string, Json>
      if (operation === 'replace') setOwn(record, String(last), value)
      else if (operation === 'delete') delete record[String(last)]
      else setOwn(record, key, operation === 'repeat' ? (record[String(last)] ?? null) : value)
    }
    return JSON.stringify(root)
  })

/** Characters removed, inserted or replaced somewhere in an example's text. */
const textMutation = fc
  .record({
    text: fc.constantFrom(...EXAMPLES),
    at: fc.nat(),
    removed: fc.nat({ max: 4 }),
    inserted: fc.string({ maxLength: 4, unit: 'binary' }),
  })
  .map(({ text, at, removed, inserted }) => {
    const i = at % (text.length + 1)
    return text.slice(0, i) + inserted + text.slice(i + removed)
  })

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()

/** The property itself: read exactly, or refused with typed problems; nothing thrown, nothing polluted. */
async function readsExactlyOrRefuses(text: string): Promise<boolean> {
  const read = await readAssessmentText(text)
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  if (!read.ok) {
    expect(read.problems.length).toBeGreaterThan(0)
    for (const problem of read.problems) expect(KINDS).toContain(problem.kind)
    return false
  }
  const exported = serialiseAssessmentFile(toAssessmentFile(read.assessment, EXPORTED_AT))
  const again = await readAssessmentText(exported)
  expect(again.ok && again.assessment).toEqual(read.assessment)
  return true
}

describe('mutated example files', () => {
  // Thousands of cases, yet seconds: on failure fast-check prints the seed and path to replay it.
  const runs = 2500

  it('are read exactly or refused with typed problems, and the stored draft is left as it was', async () => {
    const draft = await readAssessmentText(EXAMPLES[0] ?? '')
    if (!draft.ok) throw new Error('the first example should read')
    await saveDraft(draft.assessment, EXPORTED_AT)
    const stored = await loadDraft()

    let accepted = 0
    let refused = 0
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonMutation, textMutation), async (text) => {
        if (await readsExactlyOrRefuses(text)) accepted++
        else refused++
      }),
      { numRuns: runs },
    )
    // Both outcomes are exercised, or the property proves little.
    expect(accepted).toBeGreaterThan(runs / 20)
    expect(refused).toBeGreaterThan(runs / 20)
    expect(await loadDraft()).toEqual(stored)
  }, 60_000)

  it('include the hostile cases the issue found', async () => {
    const base = EXAMPLES[0] ?? ''
    const proto = base.replace('"answers": {', '"answers": { "__proto__": { "polluted": true },')
    const huge = base.replace('"answers": {', `"answers": { "x": "${'y'.repeat(6_000_000)}",`)
    expect(await readsExactlyOrRefuses(proto)).toBe(false)
    expect(await readsExactlyOrRefuses(`\uFEFF${base}`)).toBe(true)
    expect(await readsExactlyOrRefuses(huge)).toBe(false)
  })
})
