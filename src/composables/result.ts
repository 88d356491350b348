/**
 * The Result of the assessment on screen, computed once per change and shared with the view's
 * components (score cards, findings, tables, and the coming map, plan and report).
 */
import { computed, inject, provide } from 'vue'
import type { ComputedRef, InjectionKey, Ref } from 'vue'
import type { Assessment } from '@/domain/assessment/types'
import type { Content } from '@/domain/registry'
import { scoreAssessment } from '@/domain/scoring'
import type { Result } from '@/domain/scoring/types'

const RESULT: InjectionKey<ComputedRef<Result | null>> = Symbol('result')

/** Scores the assessment with its own content and provides the Result; null until both are there. */
export function provideResult(
  content: Readonly<Ref<Content | null>>,
  assessment: Readonly<Ref<Assessment | null>>,
): ComputedRef<Result | null> {
  const result = computed(() =>
    content.value && assessment.value ? scoreAssessment(content.value, assessment.value) : null,
  )
  provide(RESULT, result)
  return result
}

/** The Result provided by the view; components calling this are rendered only once it exists. */
export function useResult(): ComputedRef<Result> {
  const result = inject(RESULT, null)
  if (!result) throw new Error('useResult() needs a view that called provideResult()')
  return computed(() => {
    if (!result.value) throw new Error('useResult() read before the result was computed')
    return result.value
  })
}
