import { describe, expect, it } from 'vitest'
import fr from '@/i18n/messages/app.fr'
import en from '@/i18n/messages/app.en'

type Leaf = [key: string, message: string]

/** Every message of a nested messages object, with its dotted key; non-string leaves are reported as errors. */
function leaves(messages: object, prefix = ''): Leaf[] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]): Leaf[] => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') return [[path, value]]
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return leaves(value, path)
    throw new Error(`${path} is neither a message nor a group of messages`)
  })
}

/** Literal interpolations such as {'@'} are how vue-i18n escapes special characters. */
const LITERAL = /\{\s*'[^']*'\s*\}/g

/** Named placeholders ({name}), sorted and without duplicates. */
function placeholders(message: string): string[] {
  const names = [...message.replace(LITERAL, '').matchAll(/\{\s*([A-Za-z_][\w]*)\s*\}/g)].map(
    (m) => m[1] ?? '',
  )
  return [...new Set(names)].sort()
}

const frLeaves = leaves(fr)
const enLeaves = leaves(en)
const enByKey = new Map(enLeaves)

describe('the placeholder helper', () => {
  it('finds named placeholders and ignores literal interpolations', () => {
    expect(placeholders("{percent} % · {date}, {'@'} {percent}")).toEqual(['date', 'percent'])
    expect(placeholders('plain')).toEqual([])
  })
})

describe('app messages, French and English', () => {
  it('have a reasonable number of messages (the walk found them)', () => {
    expect(frLeaves.length).toBeGreaterThan(20)
  })

  it('have exactly the same keys, at every depth', () => {
    expect(enLeaves.map(([key]) => key).sort()).toEqual(frLeaves.map(([key]) => key).sort())
  })

  it.each([
    ['fr', frLeaves],
    ['en', enLeaves],
  ] as const)('%s has no empty message', (_locale, all) => {
    expect(all.filter(([, message]) => message.trim() === '').map(([key]) => key)).toEqual([])
  })

  it('use the same placeholders for each key', () => {
    const mismatches = frLeaves
      .filter(([key, message]) => {
        const other = enByKey.get(key)
        return other !== undefined && placeholders(other).join() !== placeholders(message).join()
      })
      .map(([key]) => key)
    expect(mismatches).toEqual([])
  })

  it('really have placeholders where the screens need them', () => {
    expect(placeholders(new Map(frLeaves).get('home.draftSummary') ?? '')).toEqual(['date', 'percent'])
    expect(placeholders(enByKey.get('wizard.sectionOf') ?? '')).toEqual(['m', 'n'])
  })

  it.each([
    ['fr', frLeaves],
    ['en', enLeaves],
  ] as const)('%s has no bare vue-i18n special character (@, |, $)', (_locale, all) => {
    const offending = all
      .filter(([, message]) => /[@|$]/.test(message.replace(LITERAL, '')))
      .map(([key]) => key)
    expect(offending).toEqual([])
  })

  it.each([
    ['fr', frLeaves],
    ['en', enLeaves],
  ] as const)('%s has balanced braces (no broken placeholder)', (_locale, all) => {
    const offending = all
      .filter(([, message]) =>
        /[{}]/.test(message.replace(LITERAL, '').replace(/\{\s*[A-Za-z_]\w*\s*\}/g, '')),
      )
      .map(([key]) => key)
    expect(offending).toEqual([])
  })
})
