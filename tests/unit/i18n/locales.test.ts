// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_LOCALE, initialLocale, readStoredLocale, storeLocale } from '@/i18n/locales'

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('initialLocale', () => {
  it('prefers the stored choice over the browser language', () => {
    expect(initialLocale('fr', ['en-US'])).toBe('fr')
    expect(initialLocale('en', ['fr-FR'])).toBe('en')
    expect(initialLocale('en', [])).toBe('en')
  })

  it('uses English for an English browser', () => {
    expect(initialLocale(null, ['en'])).toBe('en')
    expect(initialLocale(null, ['en-GB', 'fr'])).toBe('en')
    expect(initialLocale(null, ['EN-us'])).toBe('en')
  })

  it('uses French for any other browser language', () => {
    expect(initialLocale(null, ['fr-FR'])).toBe('fr')
    expect(initialLocale(null, ['de-DE', 'en'])).toBe('fr')
    expect(initialLocale(null, ['es'])).toBe('fr')
  })

  it('uses French when the browser gives no language', () => {
    expect(initialLocale(null, [])).toBe('fr')
    expect(DEFAULT_LOCALE).toBe('fr')
  })

  it('ignores a stored value that is not a known locale', () => {
    expect(initialLocale('de', ['en-US'])).toBe('en')
    expect(initialLocale('', ['fr'])).toBe('fr')
  })
})

describe('readStoredLocale / storeLocale', () => {
  it('reads back what was stored', () => {
    expect(readStoredLocale()).toBeNull()
    storeLocale('en')
    expect(readStoredLocale()).toBe('en')
  })

  it('returns null when localStorage throws', () => {
    storeLocale('en')
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(readStoredLocale()).toBeNull()
  })

  it('returns null when localStorage itself cannot be reached', () => {
    storeLocale('en')
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(readStoredLocale()).toBeNull()
  })

  it('does not throw when storing fails', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(() => storeLocale('fr')).not.toThrow()
  })
})
