import { describe, expect, it, vi } from 'vitest'
import { useRenaming } from '@/components/home/actions'

describe('useRenaming (both home cards)', () => {
  it('opens the card’s own form on "rename" and sends every other action up', () => {
    const onAction = vi.fn()
    const onRename = vi.fn()
    const { renaming, act } = useRenaming(onAction, onRename)
    act({ kind: 'rename' })
    expect(renaming.value).toBe(true)
    expect(onAction).not.toHaveBeenCalled()
    act({ kind: 'duplicate' })
    expect(onAction).toHaveBeenCalledWith({ kind: 'duplicate' })
    expect(onRename).not.toHaveBeenCalled()
  })

  it('closes the form once saved and sends the new title up', () => {
    const onRename = vi.fn()
    const { renaming, act, save } = useRenaming(vi.fn(), onRename)
    act({ kind: 'rename' })
    save('Bilan 2026')
    expect(renaming.value).toBe(false)
    expect(onRename).toHaveBeenCalledWith('Bilan 2026')
  })
})
