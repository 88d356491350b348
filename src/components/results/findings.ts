/**
 * The findings of a Result as sentences in the reader's language, shared by the first screen (top
 * contradictions) and the findings section, so both word a finding the same way.
 */
import { computed, type ComputedRef } from 'vue'
import { useT } from '@/i18n/translate'
import { useContent } from '@/composables/content'
import type { Locale } from '@/domain/catalogue/types'
import type { Result } from '@/domain/scoring/types'
import { contradictionSentences, singlePointSentences } from './wording'

/** Contradictions (largest gap first) and single points of failure, worded. */
export function useFindings(result: () => Result): {
  contradictions: ComputedRef<string[]>
  singlePoints: ComputedRef<string[]>
} {
  const { t, tDynamic, locale } = useT()
  const { catalogue } = useContent()
  const words = () => ({ t, tDynamic, lang: locale.value as Locale })
  return {
    contradictions: computed(() => contradictionSentences(result(), words())),
    singlePoints: computed(() => singlePointSentences(result(), catalogue, words())),
  }
}
