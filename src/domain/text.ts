/** Text helpers shared by the domain and the screens. */

/**
 * Lower case without accents, so "evenement" finds "Événement", "ACME Corp" and "acme corp" are
 * one vendor, and names make plain file names.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}
