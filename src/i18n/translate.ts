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

/** The typed functions over one i18n composer. */
export function translator(composer: Composer) {
  function translate(key: string, countOrNamed?: number | NamedValue, named: NamedValue = {}): string {
    if (typeof countOrNamed === 'number') return composer.t(key, named, countOrNamed)
    return composer.t(key, countOrNamed ?? {})
  }
  const t: TypedTranslate = translate
  const tDynamic: DynamicTranslate = (key, named) => translate(key, named)
  return { t, tDynamic, locale: composer.locale }
}

/** In a component: `const { t, tDynamic, locale } = useT()`, in place of vue-i18n's `useI18n()`. */
export function useT() {
  return translator(useI18n({ useScope: 'global' }))
}
