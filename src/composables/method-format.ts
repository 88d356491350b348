/**
 * Formatting for the method page: numbers and dates in the reader's locale (0,25 in French), and
 * weighted sums written from WEIGHTS. A composable, since it follows the chosen language; the
 * method's own data (risk symbols, governance questions, answer tables) is pure, in
 * src/domain/method/format.ts.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

export function useMethodFormat() {
  const { locale } = useI18n()
  // Three decimals cover every weight (0.925); results elsewhere are rounded, not here.
  const numbers = computed(() => new Intl.NumberFormat(locale.value, { maximumFractionDigits: 3 }))
  // Catalogue dates are plain ISO days: read and print them in UTC so no time zone shifts the day.
  const dates = computed(() => new Intl.DateTimeFormat(locale.value, { dateStyle: 'long', timeZone: 'UTC' }))

  function num(value: number): string {
    return numbers.value.format(value)
  }

  function date(iso: string): string {
    const parsed = new Date(`${iso}T00:00:00Z`)
    return Number.isNaN(parsed.getTime()) ? iso : dates.value.format(parsed)
  }

  /** "0,6 × b + 0,4 × j" from [weight, symbol] pairs. */
  function weightedSum(terms: readonly (readonly [number, string])[]): string {
    return terms.map(([weight, symbol]) => `${num(weight)} × ${symbol}`).join(' + ')
  }

  return { num, date, weightedSum }
}

/** Symbols of the five risks and the hosting risk, as written in the formulas. */
