import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import AppDialog from '@/components/common/AppDialog.vue'

// jsdom has <dialog> but not showModal: record the call instead.
const showModal = vi.fn()
beforeEach(() => {
  HTMLDialogElement.prototype.showModal = showModal
})
afterEach(() => {
  showModal.mockReset()
})

function mountDialog() {
  return mount(AppDialog, {
    props: { title: 'Commencer un nouveau diagnostic ?' },
    slots: {
      default: '<p>Celui en cours reste dans la liste.</p>',
      actions: '<button type="button">Commencer</button>',
    },
    attachTo: document.body,
  })
}

describe('AppDialog', () => {
  it('opens as a modal, named by its title and described by its body', () => {
    const wrapper = mountDialog()
    const dialog = wrapper.get('dialog')
    expect(showModal).toHaveBeenCalledOnce()
    const title = document.getElementById(dialog.attributes('aria-labelledby') ?? '')
    const body = document.getElementById(dialog.attributes('aria-describedby') ?? '')
    expect(title?.tagName).toBe('H2')
    expect(title?.textContent).toBe('Commencer un nouveau diagnostic ?')
    expect(body?.textContent).toBe('Celui en cours reste dans la liste.')
    expect(dialog.get('.actions button').text()).toBe('Commencer')
    wrapper.unmount()
  })

  it('says cancel on Escape (the dialog’s cancel event) and stays open until the page closes it', () => {
    const wrapper = mountDialog()
    const cancel = new Event('cancel', { cancelable: true })
    wrapper.get('dialog').element.dispatchEvent(cancel)
    expect(wrapper.emitted('cancel')).toHaveLength(1)
    // Prevented: the browser would otherwise close it behind the page's back.
    expect(cancel.defaultPrevented).toBe(true)
    wrapper.unmount()
  })
})
