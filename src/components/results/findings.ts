/**
 * The findings of a Result as sentences in the reader's language, shared by the first screen (top
 * contradictions) and the findings section, so both word a finding the same way.
 */
import { computed, type ComputedRef } from 'vue'
import { useT } from '@/i18n/translate'
import { useContent } from '@/composables/content'
import type { Locale } from '@/domain/catalogue/types'
import type { Result } from '@/domain/scoring/types'
import { functionName, roundScore, toolName, vendorName } from '@/domain/results/labels'

/** Contradictions (largest gap first) and single points of failure, worded. */
export function useFindings(result: () => Result): {
  contradictions: ComputedRef<string[]>
  singlePoints: ComputedRef<string[]>
} {
  const { t, locale } = useT()
  const { catalogue } = useContent()

  const contradictions = computed(() =>
    result().contradictions.flatMap((value) => {
      const score = result().values.find((v) => v.value === value)
      if (!score || score.rating === null || score.practice === null) return []
      return [
        t('app.results.findings.contradiction', {
          value: t(`q.value.${value}.label`),
          rating: score.rating,
          practice: roundScore(score.practice),
        }),
      ]
    }),
  )

  const singlePoints = computed(() =>
    result().singlePointsOfFailure.map((point) => {
      if (point.kind === 'person') {
        return t(`app.results.findings.person.${point.keys}`, {
          function: functionName(catalogue, point.functionId, locale.value as Locale),
        })
      }
      const vendor = vendorName(result(), point.vendorId)
      if (point.kind === 'login') {
        return t('app.results.findings.login', {
          vendor,
          tool: toolName(result(), point.toolId, locale.value as Locale),
        })
      }
      const names = point.functionIds.map((id) => functionName(catalogue, id, locale.value as Locale))
      return t('app.results.findings.vital', names.length, { vendor, functions: names.join(', ') })
    }),
  )
  return { contradictions, singlePoints }
}
