/**
 * Messages load per language and per screen, so the first screen carries only the shell's and the
 * home's texts in the chosen language. Each route names the parts it shows (`meta.messages`); a
 * router guard loads them before the route resolves, and a language switch loads the new
 * language's parts before switching, so no screen ever shows a raw key.
 */
import type { Composer } from 'vue-i18n'
import type { Router } from 'vue-router'
import { DEFAULT_LOCALE, isAppLocale, type AppLocale } from './locales'
import type { AppI18n } from './index'

/**
 * The message parts, each one lazily loaded file per language: `app` is the shell and the home,
 * `wizard`, `results` and `compare` the rest of `app` (`app.wizard.*`, `app.results.*`,
 * `app.compare.*`), `q` the question
 * bank, `method` the method page.
 */
export const MESSAGE_PARTS = ['app', 'wizard', 'results', 'compare', 'q', 'method'] as const
export type MessagePart = (typeof MESSAGE_PARTS)[number]

/** What a part adds to the messages, under its full path (`{ app: {…} }`), merged into the rest. */
type PartMessages = Record<string, object>

// Literal import() calls, one per file, so Vite emits one chunk per language and part.
const LOADERS: Record<MessagePart, Record<AppLocale, () => Promise<PartMessages>>> = {
  app: {
    fr: () => import('./messages/app.fr').then((m) => ({ app: m.default })),
    en: () => import('./messages/app.en').then((m) => ({ app: m.default })),
  },
  wizard: {
    fr: () => import('./messages/app.wizard.fr').then((m) => ({ app: { wizard: m.default } })),
    en: () => import('./messages/app.wizard.en').then((m) => ({ app: { wizard: m.default } })),
  },
  results: {
    fr: () => import('./messages/app.results.fr').then((m) => ({ app: { results: m.default } })),
    en: () => import('./messages/app.results.en').then((m) => ({ app: { results: m.default } })),
  },
  compare: {
    fr: () => import('./messages/app.compare.fr').then((m) => ({ app: { compare: m.default } })),
    en: () => import('./messages/app.compare.en').then((m) => ({ app: { compare: m.default } })),
  },
  q: {
    fr: () => import('./messages/questionnaire.fr').then((m) => ({ q: m.default })),
    en: () => import('./messages/questionnaire.en').then((m) => ({ q: m.default })),
  },
  method: {
    fr: () => import('./messages/method.fr').then((m) => ({ method: m.default })),
    en: () => import('./messages/method.en').then((m) => ({ method: m.default })),
  },
}

/** The shell (header, footer, language switch) and the home: what every screen needs first. */
export const SHELL_PARTS: readonly MessagePart[] = ['app']

interface LoadState {
  /** Parts some screen has needed so far: a language switch loads all of them. */
  wanted: Set<MessagePart>
  /** `locale:part` pairs already merged (or on their way). */
  loaded: Map<string, Promise<void>>
}
const states = new WeakMap<Composer, LoadState>()

function stateOf(composer: Composer): LoadState {
  let state = states.get(composer)
  if (!state) {
    state = { wanted: new Set(), loaded: new Map() }
    states.set(composer, state)
  }
  return state
}

/** The instance's language, which only ever receives an AppLocale. */
export function currentLocale(composer: Composer): AppLocale {
  return isAppLocale(composer.locale.value) ? composer.locale.value : DEFAULT_LOCALE
}

/** Loads (once) the given parts of one language into the i18n instance. */
export function loadMessages(
  composer: Composer,
  locale: AppLocale,
  parts: readonly MessagePart[],
): Promise<void> {
  const state = stateOf(composer)
  return Promise.all(
    parts.map((part) => {
      state.wanted.add(part)
      const id = `${locale}:${part}`
      let loading = state.loaded.get(id)
      if (!loading) {
        loading = LOADERS[part][locale]().then((messages) => composer.mergeLocaleMessage(locale, messages))
        // A failed load (network) may be retried by the next navigation.
        loading.catch(() => state.loaded.delete(id))
        state.loaded.set(id, loading)
      }
      return loading
    }),
  ).then(() => undefined)
}

/** Switches language once every part already shown is loaded in it, so the switch shows no raw key. */
export async function switchLocale(composer: Composer, locale: AppLocale): Promise<void> {
  const { wanted } = stateOf(composer)
  let parts: MessagePart[]
  // A route may ask for a new part while this language loads: load until nothing is missing.
  do {
    parts = [...wanted]
    await loadMessages(composer, locale, parts)
  } while (wanted.size > parts.length)
  composer.locale.value = locale
}

/** Before a route resolves, loads the parts it shows in the current language. */
export function installMessageLoading(router: Router, i18n: AppI18n): void {
  const composer = i18n.global
  router.beforeResolve(async (to) => {
    const parts = to.meta.messages ?? SHELL_PARTS
    let locale: AppLocale
    // The language may change while loading: load for the new one too.
    do {
      locale = currentLocale(composer)
      await loadMessages(composer, locale, parts)
    } while (currentLocale(composer) !== locale)
  })
}
