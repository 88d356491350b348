import { ref } from 'vue'

/** What can be done with one assessment of the history list (the page carries it out). */
export type ItemAction =
  | { kind: 'rename' }
  | { kind: 'duplicate' }
  | { kind: 'nextYear' }
  | { kind: 'download' }
  | { kind: 'delete' }

/** Another assessment of the same organisation, offered for comparison. */
export interface Comparable {
  id: string
  name: string
  /** ISO date of its last save. */
  updatedAt: string
}

/**
 * Both cards (the draft in progress and an item of the list): "rename" opens the card's own form,
 * every other action goes up to the page; saving the form closes it and sends the new title up.
 */
export function useRenaming(onAction: (action: ItemAction) => void, onRename: (title: string) => void) {
  const renaming = ref(false)
  function act(action: ItemAction) {
    if (action.kind === 'rename') renaming.value = true
    else onAction(action)
  }
  function save(title: string) {
    renaming.value = false
    onRename(title)
  }
  return { renaming, act, save }
}
