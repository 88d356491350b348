/**
 * The app's only way to translate. vue-i18n 11's `t` accepts any string (its overloads take
 * `Key extends string`), so a typo in a key would pass the type-check and show a raw key; this
 * layer narrows `t` to the keys of the French messages and keeps keys built at run time apart.
 */
import { useI18n, type Composer, type NamedValue } from 'vue-i18n'
import type { MessageKey } from './schema'

/** Translates a key of the messages, with named values; a number picks the plural form. */
export interface TypedTranslate {
  (key: MessageKey, named?: NamedValue): string
  (key: MessageKey, count: number, named?: NamedValue): string
}

/** Translates a key built at run time from data (`question.labelKey`, `q.${id}.label`): unchecked by
 *  the compiler, so the question bank's and catalogue's keys are checked by a unit test instead. */
export type DynamicTranslate = (key: string, named?: NamedValue) => string

/**
 * Messages without values, by composer, language and key, once their language holds them: vue-i18n
 * builds a message context on every call, and a list of 200 assessments asks for the same few
 * labels a thousand times (npm run bench, history200Ms). A message never changes once loaded.
 */
const plainTexts = new WeakMap<Composer, Map<string, string>>()

/** The typed functions over one i18n composer. */
export function translator(composer: Composer) {
  const cache = plainTexts.get(composer) ?? new Map<string, string>()
  plainTexts.set(composer, cache)

  function translate(key: string, countOrNamed?: number | NamedValue, named: NamedValue = {}): string {
    if (typeof countOrNamed === 'number') return composer.t(key, named, countOrNamed)
    if (countOrNamed !== undefined) return composer.t(key, countOrNamed)
    // Reading the locale keeps a component that shows the text following a change of language.
    const lang = composer.locale.value
    const id = `${lang}\u0000${key}`
    const known = cache.get(id)
    if (known !== undefined) return known
    const text = composer.t(key, {})
    // Kept only from the language's own messages: not the fallback's, nor the key while the
    // message's part is still loading.
    if (composer.te(key, lang)) cache.set(id, text)
    return text
  }
  const t: TypedTranslate = translate
  const tDynamic: DynamicTranslate = (key, named) => translate(key, named)
  return { t, tDynamic, locale: composer.locale }
}

/** In a component: `const { t, tDynamic, locale } = useT()`, in place of vue-i18n's `useI18n()`. */
export function useT() {
  return translator(useI18n({ useScope: 'global' }))
}
