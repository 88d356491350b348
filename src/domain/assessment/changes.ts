/**
 * Edits made in one tab, merged onto what another tab saved. Two tabs of the app share one
 * stored assessment; each remembers which questions, plan actions and other fields it changed
 * since its last save, and only those are written over the stored copy. So answers to different
 * questions are all kept, and for one question the later save wins. Pure: no storage here.
 */
import type { ActionKey, Assessment } from './types'

/** Top-level fields besides answers and actions that a tab may set (e.g. a title). */
export type MergedField = Exclude<
  keyof Assessment,
  'id' | 'questionnaireId' | 'questionnaireVersion' | 'createdAt' | 'updatedAt' | 'answers' | 'actions'
>

/** What one tab changed since its last save. `whole`: the assessment was replaced (new, imported, migrated). */
export interface LocalChanges {
  whole: boolean
  answers: ReadonlySet<string>
  actions: ReadonlySet<ActionKey>
  fields: ReadonlySet<MergedField>
}

/** No change at all. */
export const NO_CHANGES: LocalChanges = {
  whole: false,
  answers: new Set(),
  actions: new Set(),
  fields: new Set(),
}

/** Whether anything is in the set of changes. */
export function hasChanges(changes: LocalChanges): boolean {
  return changes.whole || changes.answers.size > 0 || changes.actions.size > 0 || changes.fields.size > 0
}

/** Both sets of changes together. */
export function unionChanges(a: LocalChanges, b: LocalChanges): LocalChanges {
  return {
    whole: a.whole || b.whole,
    answers: new Set([...a.answers, ...b.answers]),
    actions: new Set([...a.actions, ...b.actions]),
    fields: new Set([...a.fields, ...b.fields]),
  }
}

/** Copies `key` from `from` into `into` (or removes it when `from` has none). */
function copyEntry<V>(into: Record<string, V>, from: Readonly<Record<string, V>> | undefined, key: string) {
  const value = from?.[key]
  if (value === undefined) delete into[key]
  else into[key] = value
}

/**
 * The stored assessment with this tab's changes applied on top: each changed answer, action mark
 * and field taken from `local` (removed where `local` removed it), everything else as stored.
 * A whole replacement, or a stored copy of another assessment, gives `local` itself.
 */
export function applyChanges(stored: Assessment, local: Assessment, changes: LocalChanges): Assessment {
  if (changes.whole || stored.id !== local.id || stored.questionnaireVersion !== local.questionnaireVersion)
    return local
  const answers = { ...stored.answers }
  for (const id of changes.answers) copyEntry(answers, local.answers, id)
  const actions: Record<ActionKey, NonNullable<Assessment['actions']>[string]> = { ...stored.actions }
  for (const key of changes.actions) copyEntry(actions, local.actions, key)
  const merged: Assessment = {
    ...stored,
    answers,
    actions,
    updatedAt:
      Date.parse(stored.updatedAt) > Date.parse(local.updatedAt) ? stored.updatedAt : local.updatedAt,
  }
  for (const field of changes.fields) {
    if (field === 'confirmed') {
      // Confirmations only grow (see history/next-year.ts): each tab's are kept.
      const union = [...new Set([...(stored.confirmed ?? []), ...(local.confirmed ?? [])])]
      if (union.length) merged.confirmed = union
      continue
    }
    const value = local[field]
    if (value === undefined) delete merged[field]
    else Object.assign(merged, { [field]: value })
  }
  // As withActionStatus does: no empty object, so "never marked" reads one way.
  if (!Object.keys(actions).length) delete merged.actions
  return merged
}

/** JSON with object keys sorted, so two equal values built in different key orders compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** Whether two versions of an assessment show the same thing: answers, action marks and other fields (not the saving date). */
export function sameContent(a: Assessment, b: Assessment): boolean {
  return canonical({ ...a, updatedAt: '' }) === canonical({ ...b, updatedAt: '' })
}
