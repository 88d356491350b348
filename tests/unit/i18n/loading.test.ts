import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@/i18n'
import { installMessageLoading, loadMessages, switchLocale } from '@/i18n/loading'
import { messages } from '@/i18n/messages'

const Page = { render: () => null }

function loadedNamespaces(i18n: ReturnType<typeof createAppI18n>) {
  return {
    fr: Object.keys(i18n.global.getLocaleMessage('fr')).sort(),
    en: Object.keys(i18n.global.getLocaleMessage('en')).sort(),
  }
}

describe('loadMessages', () => {
  it('loads only the parts asked for, in the language asked for', async () => {
    const i18n = createAppI18n('fr')
    expect(loadedNamespaces(i18n)).toEqual({ fr: [], en: [] })
    await loadMessages(i18n.global, 'fr', ['app'])
    expect(loadedNamespaces(i18n)).toEqual({ fr: ['app'], en: [] })
    expect(i18n.global.t('app.home.start')).toBe(messages.fr.app.home.start)
    // The wizard's texts are a part of their own, which the home page does not load.
    expect(i18n.global.te('app.wizard.next')).toBe(false)
  })

  it('merges a part of `app` under its full path, keeping the rest of `app`', async () => {
    const i18n = createAppI18n('fr')
    await loadMessages(i18n.global, 'fr', ['app', 'wizard'])
    expect(i18n.global.t('app.wizard.next')).toBe(messages.fr.app.wizard.next)
    expect(i18n.global.t('app.home.start')).toBe(messages.fr.app.home.start)
  })
})

describe('switchLocale', () => {
  it('switches only once every part shown so far is loaded in the new language', async () => {
    const i18n = createAppI18n('fr')
    await loadMessages(i18n.global, 'fr', ['app', 'method'])
    const switching = switchLocale(i18n.global, 'en')
    // Still French while English loads: a raw key is never on screen.
    expect(i18n.global.locale.value).toBe('fr')
    await switching
    expect(i18n.global.locale.value).toBe('en')
    expect(loadedNamespaces(i18n).en).toEqual(['app', 'method'])
    expect(i18n.global.t('method.title')).toBe(messages.en.method.title)
  })
})

describe('installMessageLoading', () => {
  function setUp() {
    const i18n = createAppI18n('en')
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: Page, meta: { titleKey: 'app.home.title', messages: ['app'] } },
        { path: '/wizard', component: Page, meta: { titleKey: 'app.wizard.title', messages: ['app', 'q'] } },
      ],
    })
    installMessageLoading(router, i18n)
    return { i18n, router }
  }

  it('loads the parts of a route, in the current language, before the route resolves', async () => {
    const { i18n, router } = setUp()
    await router.push('/')
    expect(loadedNamespaces(i18n)).toEqual({ fr: [], en: ['app'] })
    await router.push('/wizard')
    expect(loadedNamespaces(i18n)).toEqual({ fr: [], en: ['app', 'q'] })
  })

  it('after a language switch, loads the next routes in the new language', async () => {
    const { i18n, router } = setUp()
    await router.push('/')
    await switchLocale(i18n.global, 'fr')
    await router.push('/wizard')
    expect(loadedNamespaces(i18n)).toEqual({ fr: ['app', 'q'], en: ['app'] })
  })
})
