/**
 * The characters the report's font must hold: every character of the texts it prints from the app
 * (messages, catalogues, routes), plus whole ranges for what respondents type (names, reasons, notes)
 * so that a free-text answer in a Latin-script language prints too. Used by scripts/subset-font.ts
 * and by the test that checks the committed font against the messages; never by the app itself.
 */
import { messages } from '../../i18n/messages'
import catalogueV1 from '../../domain/catalogue/v1/catalogue.json'
import catalogueV2 from '../../domain/catalogue/v2/catalogue.json'
import routesV2 from '../../domain/catalogue/v2/routes.json'

/** Code point ranges always kept, inclusive. */
export const ALWAYS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x17f], // Latin-1 and Latin Extended-A (é, œ, ß, ł…), with the no-break space
  [0x2010, 0x2027], // dashes, quotes ’ “ ”, bullet, ellipsis
  [0x202f, 0x203a], // narrow no-break space, ‰, ‹ ›
  [0x20ac, 0x20ac], // €
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
  [0x22c5, 0x22c5], // ⋅, the inclusive-writing dot
  [0x2713, 0x2713], // ✓
]

/** The set of characters to keep, as one string: the corpus's own characters and the ranges above. */
export function reportCharacters(corpus: string): string {
  const set = new Set<string>()
  for (const char of corpus) if (char >= ' ') set.add(char)
  for (const [from, to] of ALWAYS) for (let c = from; c <= to; c++) set.add(String.fromCodePoint(c))
  return [...set].sort().join('')
}

/** Every string under a tree of messages or catalogue data. */
function strings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree]
  if (Array.isArray(tree)) return tree.flatMap(strings)
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(strings)
  return []
}

/** The texts the report prints from the app, as one string: both languages' messages, catalogues v1 and v2, the routes. */
export function reportCorpus(): string {
  return [messages, catalogueV1, catalogueV2, routesV2].flatMap(strings).join('')
}
