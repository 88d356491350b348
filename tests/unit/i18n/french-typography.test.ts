/**
 * French typography of every French message: the typographic apostrophe (’), and a no-break space
 * before the high punctuation (narrow before ? ! ;, plain no-break before :). A plain space there
 * lets the browser wrap the sign alone onto the next line.
 */
import { describe, expect, it } from 'vitest'
import { messages } from '@/i18n/messages'
import { catalogueV1 } from '@/domain/catalogue/v1'
import { catalogueV2, routesV2 } from '@/domain/catalogue/v2'

/** Every French message with its dotted key. */
function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') return [[path, value]]
    return typeof value === 'object' && value !== null ? leaves(value, path) : []
  })
}

/** vue-i18n's literal interpolations ({'@'}) carry ASCII quotes by design. */
const LITERAL = /\{\s*'[^']*'\s*\}/g
const french = leaves(messages.fr).map(([key, message]) => [key, message.replace(LITERAL, '')] as const)

describe('French messages', () => {
  it('were all found', () => {
    expect(french.length).toBeGreaterThan(300)
  })

  it('use the typographic apostrophe, never the ASCII one', () => {
    expect(french.filter(([, m]) => m.includes("'")).map(([key]) => key)).toEqual([])
  })

  it('put a no-break space, never a plain one, before : ; ? and !', () => {
    expect(french.filter(([, m]) => /[ \t][:;?!]/.test(m)).map(([key]) => key)).toEqual([])
  })
})

/** The French texts of a catalogue or the routes: every string under a `fr` key, with its path. */
function frenchTexts(tree: unknown, path = ''): [string, string][] {
  if (Array.isArray(tree)) return tree.flatMap((value, i) => frenchTexts(value, `${path}[${i}]`))
  if (typeof tree !== 'object' || tree === null) return []
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]): [string, string][] =>
    key === 'fr' && typeof value === 'string'
      ? [[`${path}.fr`, value]]
      : frenchTexts(value, `${path}.${key}`),
  )
}

describe('French texts of the catalogues and the routes', () => {
  const texts = [
    ...frenchTexts(catalogueV1, 'v1'),
    ...frenchTexts(catalogueV2, 'v2'),
    ...frenchTexts(routesV2, 'routes'),
  ]

  it('were all found', () => {
    expect(texts.length).toBeGreaterThan(500)
  })

  // Tool and function names, notes and routes are shown beside the messages and in the report.
  it('use the typographic apostrophe, never the ASCII one', () => {
    expect(texts.filter(([, text]) => text.includes("'")).map(([path]) => path)).toEqual([])
  })
})
