/**
 * The comparison's wording (sentences.ts) bound to the current language, for the compare page's parts.
 */
import { useT } from '@/i18n/translate'
import type { Locale } from '@/domain/catalogue/types'
import type { Words } from '@/components/results/wording'
import * as sentences from './sentences'

/** The wording helpers in the current language. */
export function useCompareWords() {
  const { t, tDynamic, locale } = useT()
  const lang = () => locale.value as Locale
  const words = (): Words => ({ t, tDynamic, lang: lang() })
  // Each helper takes exactly one argument (so that `.map(point)` passes no index for the words) and
  // reads the language when called, so a language switch rewords the page.
  const one =
    <A, R>(f: (arg: A, words: Words) => R) =>
    (arg: A): R =>
      f(arg, words())

  return {
    t,
    tDynamic,
    lang,
    local: one(sentences.localName),
    list: one(sentences.nameList),
    numberName: one(sentences.numberName),
    change: one(sentences.numberChangeText),
    levelValue: one(sentences.levelValue),
    levelChange: one(sentences.levelChangeText),
    functionChange: one(sentences.functionChangeText),
    functionDependency: one(sentences.functionDependencyText),
    point: one(sentences.singlePointText),
    contradiction: one(sentences.contradictionText),
    action: one(sentences.actionText),
    evidence: one(sentences.evidenceText),
    mark: one(sentences.markText),
  }
}
