import { describe, expect, it } from 'vitest'
import { messages } from '@/i18n/messages'

type Leaf = [key: string, message: string]

/** Every message of a nested messages object, with its dotted key; non-string leaves are reported as errors. */
function leaves(tree: object, prefix = ''): Leaf[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]): Leaf[] => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') return [[path, value]]
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return leaves(value, path)
    throw new Error(`${path} is neither a message nor a group of messages`)
  })
}

/** Literal interpolations such as {'@'} are how vue-i18n escapes special characters. */
const LITERAL = /\{\s*'[^']*'\s*\}/g
const PLACEHOLDER = /\{\s*([A-Za-z_]\w*)\s*\}/g

/** Named placeholders ({name}), sorted and without duplicates. */
function placeholders(message: string): string[] {
  const names = [...message.replace(LITERAL, '').matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')
  return [...new Set(names)].sort()
}

describe('the placeholder helper', () => {
  it('finds named placeholders and ignores literal interpolations', () => {
    expect(placeholders("{percent} % · {date}, {'@'} {percent}")).toEqual(['date', 'percent'])
    expect(placeholders('plain')).toEqual([])
  })
})

// Every namespace the app mounts: screens (app), question bank (q), method page (method).
const NAMESPACES = Object.keys(messages.fr) as (keyof typeof messages.fr)[]

describe.each(NAMESPACES)('%s messages, French and English', (namespace) => {
  const frLeaves = leaves(messages.fr[namespace])
  const enLeaves = leaves(messages.en[namespace])
  const enByKey = new Map(enLeaves)
  const both = [
    ['fr', frLeaves],
    ['en', enLeaves],
  ] as const

  it('are really there (the walk found them)', () => {
    expect(frLeaves.length).toBeGreaterThan(20)
  })

  it('have exactly the same keys, at every depth', () => {
    expect(enLeaves.map(([key]) => key).sort()).toEqual(frLeaves.map(([key]) => key).sort())
  })

  it.each(both)('%s has no empty message', (_locale, all) => {
    expect(all.filter(([, message]) => message.trim() === '').map(([key]) => key)).toEqual([])
  })

  it('use the same placeholders for each key', () => {
    const mismatches = frLeaves
      .filter(
        ([key, message]) => placeholders(enByKey.get(key) ?? '').join() !== placeholders(message).join(),
      )
      .map(([key]) => key)
    expect(mismatches).toEqual([])
  })

  it.each(both)('%s has no bare vue-i18n special character (@, $)', (_locale, all) => {
    const offending = all
      .filter(([, message]) => /[@$]/.test(message.replace(LITERAL, '')))
      .map(([key]) => key)
    expect(offending).toEqual([])
  })

  it.each(both)('%s uses | only between plural forms, none of them empty', (_locale, all) => {
    const offending = all
      .filter(([, message]) =>
        message
          .replace(LITERAL, '')
          .split('|')
          .some((form) => form.trim() === ''),
      )
      .map(([key]) => key)
    expect(offending).toEqual([])
  })

  it.each(both)('%s has balanced braces (no broken placeholder)', (_locale, all) => {
    const offending = all
      .filter(([, message]) => /[{}]/.test(message.replace(LITERAL, '').replace(PLACEHOLDER, '')))
      .map(([key]) => key)
    expect(offending).toEqual([])
  })
})

describe('messages the screens rely on', () => {
  it('have their placeholders', () => {
    expect(placeholders(messages.fr.app.home.draftSummary)).toEqual(['date', 'percent'])
    expect(placeholders(messages.en.app.wizard.sectionOf)).toEqual(['m', 'n'])
  })

  it('name the five levels of the path, each with a description', () => {
    for (const level of ['1', '2', '3', '4', '5'] as const) {
      for (const locale of ['fr', 'en'] as const) {
        expect(messages[locale].method.levels[level]).toBeTruthy()
        expect(messages[locale].method.levelDescriptions[level]).toBeTruthy()
      }
    }
    expect(messages.fr.method.levels['1']).toBe('Dépendance forte')
    expect(messages.en.method.levels['5']).toBe('Autonomy and contribution to the commons')
  })
})
