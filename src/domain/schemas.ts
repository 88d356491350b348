/**
 * Field schemas shared by every reader of untrusted data (catalogue, assessment file, stored
 * draft), so a date or a list value means the same thing everywhere. Messages are short English
 * phrases: they end up in `ReadProblem.detail`.
 */
import * as v from 'valibot'
import type { ReadProblem } from './read-problem'

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false
  const time = Date.parse(`${date}T00:00:00Z`)
  // Date.parse refuses month 13 but rolls 02-30 over to March: compare the date back.
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date)
}

// Full timestamp only: date, time to the second, optional fraction, and Z or an offset.
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/

/** Whether text is a full ISO 8601 timestamp such as 2026-11-30T10:15:00.000Z or …T10:15:00+01:00. */
export function isIsoTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text)
  return match !== null && isCalendarDate(match[1] ?? '')
}

export const STRING = v.string('expected a string')

/** A string with something in it besides spaces. */
export const NON_EMPTY = v.pipe(
  STRING,
  v.check((text) => text.trim() !== '', 'expected a non-empty string'),
)

export const BOOLEAN = v.boolean('expected true or false')

/** YYYY-MM-DD, a real calendar date. */
export const CALENDAR_DATE = v.pipe(STRING, v.check(isCalendarDate, 'expected an ISO date (YYYY-MM-DD)'))

/** A full ISO 8601 timestamp (see isIsoTimestamp). */
export const TIMESTAMP_SCHEMA = v.pipe(
  STRING,
  v.check(isIsoTimestamp, 'expected an ISO 8601 timestamp such as 2026-11-30T10:15:00.000Z'),
)

/** One of a constant list, with the list in the message. */
export function oneOf<const T extends readonly [string, ...string[]]>(options: T) {
  return v.picklist(options, `expected one of ${options.join(', ')}`)
}

// valibot takes an array for an object or a record; a list where a record belongs is a wrong file.
const PLAIN_OBJECT = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  'expected an object',
)

/** An object (not null, not an array); unknown keys are dropped. */
export function object<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(PLAIN_OBJECT, variantOption(entries))
}

/** A record (not null, not an array) of string keys to values of one schema. */
export function recordOf<const S extends v.GenericSchema>(value: S) {
  return v.pipe(PLAIN_OBJECT, v.record(STRING, value, 'expected an object'))
}

/**
 * An object schema bare of the array guard, as v.variant wants its options (it checks objects
 * itself). valibot reports a missing key with the object's message: say what the key expects.
 */
export function variantOption<const E extends v.ObjectEntries>(entries: E) {
  return v.object(entries, (issue) => {
    const key = issue.input === undefined ? issue.path?.at(-1)?.key : undefined
    if (typeof key !== 'string') return 'expected an object'
    const entry: unknown = entries[key]
    const message =
      typeof entry === 'object' && entry !== null && 'message' in entry ? entry.message : undefined
    return typeof message === 'string' ? message : 'missing'
  })
}

/** A list of items. */
export function list<const S extends v.GenericSchema>(item: S) {
  return v.array(item, 'expected a list')
}

/**
 * Keys that name a JavaScript object's internals. JSON.parse makes them ordinary own keys, which
 * valibot's records then drop without a word; no field of any format this app reads has them.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** Whether a forbidden key is anywhere in the value (a stack, not recursion: see forbiddenKeyProblems). */
function hasForbiddenKey(value: unknown): boolean {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) if (typeof child === 'object') stack.push(child)
      continue
    }
    for (const key in node) {
      if (FORBIDDEN_KEYS.has(key)) return true
      const child: unknown = (node as Record<string, unknown>)[key]
      if (typeof child === 'object') stack.push(child)
    }
  }
  return false
}

/**
 * A `forbiddenKey` problem for each forbidden key anywhere in untrusted data, at its dotted path.
 * Walked with a stack rather than recursion: a hostile file may nest thousands of levels deep.
 * Paths are built only when there is something to report (a quick walk first): every file and
 * stored record goes through here.
 */
export function forbiddenKeyProblems(value: unknown, root: string): ReadProblem[] {
  if (!hasForbiddenKey(value)) return []
  const problems: ReadProblem[] = []
  const stack: [unknown, string][] = [[value, root]]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, path] = item
    if (typeof node !== 'object' || node === null) continue
    if (Array.isArray(node)) {
      node.forEach((child: unknown, i) => stack.push([child, `${path}[${i}]`]))
      continue
    }
    for (const [key, child] of Object.entries(node)) {
      const at = path === '' ? key : `${path}.${key}`
      if (FORBIDDEN_KEYS.has(key))
        problems.push({ kind: 'forbiddenKey', path: at, detail: `the key "${key}" is not allowed` })
      else stack.push([child, at])
    }
  }
  return problems
}
