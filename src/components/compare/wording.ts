/**
 * The comparison in the reader's words, shared by the compare page's parts (and ready for any other
 * screen that shows a Comparison): a number's change, a tool list, a single point of failure.
 */
import type { MessageKey } from '@/i18n'
import { useT } from '@/i18n/translate'
import type { Locale, Localized } from '@/domain/catalogue/types'
import type { NumberChange, SinglePointRef, ToolRef } from '@/domain/history/compare'
import type { KeyNumber } from '@/domain/results/summary'

const CHANGE_KEYS = {
  down: { better: 'app.compare.numbers.down.better', worse: 'app.compare.numbers.down.worse' },
  up: { better: 'app.compare.numbers.up.better', worse: 'app.compare.numbers.up.worse' },
} as const satisfies Record<'up' | 'down', Record<'better' | 'worse', MessageKey>>

/** The wording helpers in the current language. */
export function useCompareWords() {
  const { t, tDynamic, locale } = useT()
  const lang = () => locale.value as Locale

  const local = (text: Localized) => text[lang()]
  const list = (names: readonly Localized[]) => names.map(local).join(t('app.compare.tools.and'))
  const tools = (refs: readonly ToolRef[]) => list(refs.map((r) => r.label))
  const numberName = (key: KeyNumber) => t(`app.results.cards.${key}.title`)

  /** "Down 12 points: an improvement", "No change", "Not comparable…". */
  function change(n: Pick<NumberChange, 'change' | 'movement' | 'verdict'>): string {
    if (n.change === null || n.movement === 'unknown') return t('app.compare.numbers.unknown')
    if (n.movement === 'same' || n.verdict === 'same') return t('app.compare.numbers.same')
    const points = Math.abs(n.change)
    return t(CHANGE_KEYS[n.movement][n.verdict === 'worse' ? 'worse' : 'better'], points, { points })
  }

  /** A single point of failure as one line. */
  function point(p: SinglePointRef): string {
    switch (p.point.kind) {
      case 'vitalFunctions':
        return t('app.compare.points.vital', { vendor: p.vendor ?? '', functions: list(p.functions) })
      case 'login':
        return t('app.compare.points.login', { vendor: p.vendor ?? '', tool: p.tool ? local(p.tool) : '' })
      case 'person':
        return t(`app.compare.points.${p.point.keys}`, {
          function: p.functions[0] ? local(p.functions[0]) : '',
        })
    }
  }

  return { t, tDynamic, lang, local, list, tools, numberName, change, point }
}
