import { describe, expect, it } from 'vitest'
import fr from '@/i18n/messages/method.fr'
import en from '@/i18n/messages/method.en'

type Leaf = [key: string, message: string]

/** Every message of a nested messages object, with its dotted key. */
function leaves(messages: object, prefix = ''): Leaf[] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]): Leaf[] => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') return [[path, value]]
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return leaves(value, path)
    throw new Error(`${path} is neither a message nor a group of messages`)
  })
}

/** Named placeholders ({name}), sorted and without duplicates. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)].map((m) => m[1] ?? ''))].sort()
}

const frLeaves = leaves(fr)
const enLeaves = leaves(en)
const enByKey = new Map(enLeaves)

describe('method messages, French and English', () => {
  it('are really there (the walk found them)', () => {
    expect(frLeaves.length).toBeGreaterThan(100)
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
      .filter(
        ([key, message]) => placeholders(enByKey.get(key) ?? '').join() !== placeholders(message).join(),
      )
      .map(([key]) => key)
    expect(mismatches).toEqual([])
  })

  it.each([
    ['fr', frLeaves],
    ['en', enLeaves],
  ] as const)('%s has no bare vue-i18n special character', (_locale, all) => {
    const offending = all
      .filter(
        ([, message]) => /[@|$]/.test(message) || /[{}]/.test(message.replace(/\{\s*[A-Za-z_]\w*\s*\}/g, '')),
      )
      .map(([key]) => key)
    expect(offending).toEqual([])
  })

  it('name the five levels of the path, each with a description', () => {
    for (const level of ['1', '2', '3', '4', '5'] as const) {
      expect(fr.levels[level]).toBeTruthy()
      expect(en.levels[level]).toBeTruthy()
      expect(fr.levelDescriptions[level]).toBeTruthy()
      expect(en.levelDescriptions[level]).toBeTruthy()
    }
    expect(fr.levels['1']).toBe('Dépendance forte')
    expect(en.levels['5']).toBe('Autonomy and contribution to the commons')
  })
})
