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
