import { createI18n, type PluralizationRule } from 'vue-i18n'
import { DEFAULT_LOCALE, type AppLocale } from './locales'
import type { MessageSchema, SameKeys } from './schema'

export type { MessageKey, MessageSchema } from './schema'

/**
 * French plural for two forms (`singulier | pluriel`): 0 and 1 take the singular ("0 outil
 * vérifié"), unlike English ("0 checked tools"), which vue-i18n's default rule already follows.
 */
export const frenchPlural: PluralizationRule = (choice, choicesLength) => {
  const n = Math.abs(choice)
  if (choicesLength === 2) return n < 2 ? 0 : 1
  // Three forms (zero | one | many), as vue-i18n reads them in any language.
  return Math.min(n, 2)
}

/** Messages given up front, per locale: none in the app (they load per screen), all of them in tests. */
export type InitialMessages = Partial<Record<AppLocale, SameKeys<MessageSchema>>>

/**
 * The i18n instance; French is the fallback so a missing English key never shows a raw key.
 * The app starts it empty and loads messages per language and per route (./loading.ts).
 */
export function createAppI18n(locale: AppLocale, messages: InitialMessages = {}) {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    pluralRules: { fr: frenchPlural },
    missingWarn: false,
    fallbackWarn: false,
  })
  // Merged rather than passed as `messages`, so the instance keeps one type whatever it starts with:
  // the compile-time check of keys is done by ./translate.ts, not by vue-i18n's generics.
  for (const [lang, tree] of Object.entries(messages)) i18n.global.mergeLocaleMessage(lang, tree)
  return i18n
}

export type AppI18n = ReturnType<typeof createAppI18n>
