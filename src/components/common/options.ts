import { DONT_KNOW, type DontKnow } from '@/domain/assessment/types'

/** Translates a message key (vue-i18n's `t`). */
type Translate = (key: string) => string

interface Labelled<V> {
  value: V
  label: string
}

/** Labelled options followed by "I don't know", which every closed question accepts. */
export function withDontKnow<V extends string>(
  options: readonly Labelled<V>[],
  t: Translate,
): Labelled<V | DontKnow>[] {
  return [...options, { value: DONT_KNOW, label: t('app.wizard.dontKnow') }]
}

/** Radio options for a closed question: each value labelled from `${prefix}.${value}`, then "I don't know". */
export function optionsWithDontKnow<V extends string>(
  values: readonly V[],
  prefix: string,
  t: Translate,
): Labelled<V | DontKnow>[] {
  return withDontKnow(
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) })),
    t,
  )
}
