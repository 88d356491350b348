import { DONT_KNOW, type DontKnow } from '@/domain/assessment/types'

/** Translates a message key (vue-i18n's `t`). */
type Translate = (key: string) => string

/**
 * Radio options for a closed question: each value labelled from `${prefix}.${value}`, then
 * "I don't know", which every closed question accepts.
 */
export function optionsWithDontKnow<V extends string>(
  values: readonly V[],
  prefix: string,
  t: Translate,
): { value: V | DontKnow; label: string }[] {
  return [
    ...values.map((value) => ({ value: value as V | DontKnow, label: t(`${prefix}.${value}`) })),
    { value: DONT_KNOW, label: t('app.wizard.dontKnow') },
  ]
}
