import { describe, expect, it } from 'vitest'
import OtherToolForm from '@/components/question/OtherToolForm.vue'
import { mountWithApp } from '../support/mount'

describe('OtherToolForm', () => {
  it('gives the described tool the id from its id source, and keeps the name and vendor as typed (trimmed)', async () => {
    const wrapper = mountWithApp(OtherToolForm, { props: { newId: () => 'other-fixed' } })
    const [name, vendor] = wrapper.findAll('input[type="text"]')
    await name!.setValue('  Pad du coin ')
    await vendor!.setValue('ACME Corp')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Ajouter cet outil')!
      .trigger('click')
    expect(wrapper.emitted('add')).toEqual([
      [
        {
          kind: 'other',
          id: 'other-fixed',
          name: 'Pad du coin',
          vendor: 'ACME Corp',
          jurisdiction: 'dontKnow',
          licence: 'dontKnow',
          businessModel: 'dontKnow',
          export: 'dontKnow',
          hosting: 'dontKnow',
        },
      ],
    ])
  })
  it('limits the name and the vendor to 200 characters, the length the import accepts, and counts them', async () => {
    const wrapper = mountWithApp(OtherToolForm)
    const fields = wrapper.findAll('input[type="text"]')
    expect(fields.map((f) => f.attributes('maxlength'))).toEqual(['200', '200'])
    await fields[1]!.setValue('ACME Corp')
    const counter = wrapper.get(`#${fields[1]!.attributes('aria-describedby')}`)
    expect(counter.text()).toBe('9 / 200 caractères')
  })
})
