export const LOCALES = ['fr', 'en'] as const
export type AppLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'fr'

export function isAppLocale(value: unknown): value is AppLocale {
  return LOCALES.some((locale) => locale === value)
}

const STORAGE_KEY = 'autonomie.locale'

/** The remembered choice, else the browser's language when it is English, else French. */
export function initialLocale(stored: string | null, browserLanguages: readonly string[]): AppLocale {
  if (isAppLocale(stored)) return stored
  const first = browserLanguages[0]?.toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : DEFAULT_LOCALE
}

/** Reads the remembered locale; localStorage can throw (disabled storage), which must not break start-up. */
export function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

export function storeLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Not remembered this time; the app works on.
  }
}
