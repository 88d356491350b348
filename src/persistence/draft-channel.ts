/**
 * Tabs of the app on the same device share the stored assessments. After each save (or
 * discard) a tab says which assessment changed on this channel; a tab showing that one reads
 * it back and puts its own unsaved changes on top (drafts.ts merges saves per question).
 */
const CHANNEL = 'autonomie-numerique.draft'

type Message = { kind: 'draftChanged'; from: string; id?: string }

// Identifies this tab, so it ignores its own messages.
const tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

let channel: BroadcastChannel | null | undefined

function open(): BroadcastChannel | null {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null
  return channel
}

/** Tells the other tabs that a stored assessment changed (`id`), or which one is current (no id). */
export function announceDraftChanged(id?: string): void {
  const message: Message =
    id === undefined ? { kind: 'draftChanged', from: tabId } : { kind: 'draftChanged', from: tabId, id }
  open()?.postMessage(message)
}

/**
 * Calls `listener` with the changed assessment's id (undefined: the current draft itself may have
 * changed) when another tab changed storage; returns a function that stops listening.
 */
export function onDraftChangedElsewhere(listener: (id: string | undefined) => void): () => void {
  const ch = open()
  if (!ch) return () => undefined
  const handle = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<Message> | null
    if (data?.kind === 'draftChanged' && data.from !== tabId)
      listener(typeof data.id === 'string' ? data.id : undefined)
  }
  ch.addEventListener('message', handle)
  return () => ch.removeEventListener('message', handle)
}
