/**
 * Tabs of the app on the same device share one stored draft. Each tab saves its whole draft on
 * every change, so a tab left open with older answers would overwrite newer ones made in
 * another tab. After each save (or discard) a tab says so on this channel; the others reload
 * the stored draft before their next change.
 */
const CHANNEL = 'autonomie-numerique.draft'

type Message = { kind: 'draftChanged'; from: string }

// Identifies this tab, so it ignores its own messages.
const tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

let channel: BroadcastChannel | null | undefined

function open(): BroadcastChannel | null {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null
  return channel
}

/** Tells the other tabs that the stored draft changed. */
export function announceDraftChanged(): void {
  const message: Message = { kind: 'draftChanged', from: tabId }
  open()?.postMessage(message)
}

/** Calls `listener` when another tab changed the stored draft; returns a function that stops listening. */
export function onDraftChangedElsewhere(listener: () => void): () => void {
  const ch = open()
  if (!ch) return () => undefined
  const handle = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<Message> | null
    if (data?.kind === 'draftChanged' && data.from !== tabId) listener()
  }
  ch.addEventListener('message', handle)
  return () => ch.removeEventListener('message', handle)
}
