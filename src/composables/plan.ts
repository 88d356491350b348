/**
 * The action plan of the assessment on screen, built once per change of its Result and shared with
 * the view's components (first actions, full plan, deliberate choices), as provideResult does for
 * the Result.
 */
import { computed, inject, provide } from 'vue'
import type { ComputedRef, InjectionKey, Ref } from 'vue'
import type { Assessment } from '@/domain/assessment/types'
import type { Content } from '@/domain/registry'
import { buildPlan, type Plan } from '@/domain/advice'
import type { Result } from '@/domain/scoring/types'

const PLAN: InjectionKey<ComputedRef<Plan | null>> = Symbol('plan')

/** Builds the plan from the Result, the content's catalogue and routes, and the answers; null until all are there. */
export function providePlan(
  content: Readonly<Ref<Content | null>>,
  result: Readonly<Ref<Result | null>>,
  assessment: Readonly<Ref<Assessment | null>>,
): ComputedRef<Plan | null> {
  const plan = computed(() =>
    content.value && result.value && assessment.value
      ? buildPlan(result.value, content.value.catalogue, content.value.routes, assessment.value.answers)
      : null,
  )
  provide(PLAN, plan)
  return plan
}

/** The plan provided by the view; components calling this are rendered only once it exists. */
export function usePlan(): ComputedRef<Plan> {
  const plan = inject(PLAN, null)
  if (!plan) throw new Error('usePlan() needs a view that called providePlan()')
  return computed(() => {
    if (!plan.value) throw new Error('usePlan() read before the plan was built')
    return plan.value
  })
}
