import { describe, expect, it } from 'vitest'
import { createAppI18n, frenchPlural } from '@/i18n'
import { messages } from '@/i18n/messages'
import { translator } from '@/i18n/translate'
import type { AppLocale } from '@/i18n/locales'

function translatorFor(locale: AppLocale) {
  return translator(createAppI18n(locale, messages).global)
}

describe('typed keys', () => {
  it('translates a key of the French messages', () => {
    expect(translatorFor('fr').t('app.wizard.next')).toBe(messages.fr.app.wizard.next)
    expect(translatorFor('en').t('app.wizard.next')).toBe(messages.en.app.wizard.next)
  })

  it('rejects a mistyped key at compile time (vue-tsc checks this file)', () => {
    const { t, tDynamic } = translatorFor('fr')
    // vue-i18n's own `t` takes any string, which is why the app goes through `useT()`:
    expect(createAppI18n('fr').global.t('app.wizard.nxet')).toBe('app.wizard.nxet')
    // @ts-expect-error: no such key. If this line ever compiles, keys are no longer checked.
    expect(t('app.wizard.nxet')).toBe('app.wizard.nxet')
    // @ts-expect-error: a namespace is not a message.
    expect(typeof t('app.wizard')).toBe('string')
    // Keys built from data go through the escape hatch, which takes any string.
    const id = 'next'
    expect(tDynamic(`app.wizard.${id}`)).toBe(messages.fr.app.wizard.next)
  })
})

describe('plurals', () => {
  const checked = (locale: AppLocale, n: number) =>
    translatorFor(locale).t('method.catalogue.checked', n, { count: String(n) })

  it('treat 0 and 1 as singular in French', () => {
    expect(checked('fr', 0)).toBe('0 outil a des faits vérifiés dans une source citée.')
    expect(checked('fr', 1)).toBe('1 outil a des faits vérifiés dans une source citée.')
    expect(checked('fr', 3)).toBe('3 outils ont des faits vérifiés dans une source citée.')
  })

  it('treat only 1 as singular in English', () => {
    expect(checked('en', 0)).toBe('0 tools have facts checked in a cited source.')
    expect(checked('en', 1)).toBe('1 tool has facts checked in a cited source.')
    expect(checked('en', 3)).toBe('3 tools have facts checked in a cited source.')
  })

  it('fill {count} with the number itself when no formatted count is given', () => {
    expect(translatorFor('fr').t('method.catalogue.summaryTools', 0)).toBe('0 outil')
    expect(translatorFor('fr').t('method.catalogue.summaryTools', 12)).toBe('12 outils')
    expect(translatorFor('en').t('method.catalogue.summaryTools', 0)).toBe('0 tools')
    expect(translatorFor('en').t('method.catalogue.summaryTools', 1)).toBe('1 tool')
  })

  it('keep the formatted number when one is given', () => {
    const { t } = translatorFor('fr')
    expect(t('method.catalogue.summaryTools', 1200, { count: '1\u202f200' })).toBe('1\u202f200 outils')
  })

  it('French rule: singular below 2 with two forms, zero/one/many with three', () => {
    expect([0, 1, 1.5, 2, 10, -1].map((n) => frenchPlural(n, 2))).toEqual([0, 0, 0, 1, 1, 0])
    expect([0, 1, 2, 7].map((n) => frenchPlural(n, 3))).toEqual([0, 1, 2, 2])
  })
})

describe('messages without values, kept once translated', () => {
  it('follow a change of language', () => {
    const composer = createAppI18n('fr', messages).global
    const { t } = translator(composer)
    expect(t('app.wizard.next')).toBe(messages.fr.app.wizard.next)
    composer.locale.value = 'en'
    expect(t('app.wizard.next')).toBe(messages.en.app.wizard.next)
    composer.locale.value = 'fr'
    expect(t('app.wizard.next')).toBe(messages.fr.app.wizard.next)
  })

  it('are not kept from the fallback language, nor as the key, while their part is loading', () => {
    // English starts with French messages only, as the app does while English parts load.
    const composer = createAppI18n('en', { fr: messages.fr }).global
    const { t } = translator(composer)
    expect(t('app.wizard.next')).toBe(messages.fr.app.wizard.next)
    expect(translator(createAppI18n('en').global).t('app.wizard.next')).toBe('app.wizard.next')
    composer.mergeLocaleMessage('en', messages.en)
    // Another translator over the same composer shares what was kept.
    expect(t('app.wizard.next')).toBe(messages.en.app.wizard.next)
    expect(translator(composer).t('app.wizard.next')).toBe(messages.en.app.wizard.next)
  })

  it('still fill in values when some are given', () => {
    const { t } = translatorFor('en')
    expect(t('method.catalogue.summaryTools', 1)).toBe('1 tool')
    expect(t('app.home.history.level', { level: 3 })).toContain('3')
    expect(t('app.home.history.level', { level: 4 })).toContain('4')
  })
})
