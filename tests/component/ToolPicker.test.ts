import { describe, expect, it } from 'vitest'
import ToolPicker from '@/components/question/ToolPicker.vue'
import type { ToolChoice } from '@/domain/assessment/types'
import { mountWithApp } from '../support/mount'

function mountPicker(tools: ToolChoice[] = [], toolUnknown = false) {
  return mountWithApp(ToolPicker, {
    props: { functionId: 'email', legend: 'Quel service de courriel ?', tools, toolUnknown },
  })
}

function lastUpdate(wrapper: ReturnType<typeof mountPicker>) {
  const all = wrapper.emitted('update') ?? []
  return all[all.length - 1]
}

function checkboxLabels(wrapper: ReturnType<typeof mountPicker>): string[] {
  return wrapper
    .findAll('label')
    .filter((l) => l.find('input[type="checkbox"]').exists())
    .map((l) => l.text())
}

describe('ToolPicker', () => {
  it('lists the catalogue’s tools for the function and emits the chosen ones', async () => {
    const wrapper = mountPicker()
    expect(checkboxLabels(wrapper)).toContain('Gmail / Google Workspace')
    expect(checkboxLabels(wrapper)).toContain('Proton Mail')
    const gmail = wrapper.findAll('label').find((l) => l.text() === 'Gmail / Google Workspace')!
    await gmail.get('input').setValue(true)
    expect(lastUpdate(wrapper)).toEqual([[{ kind: 'catalogue', toolId: 'gmail' }], false])
  })

  it('filters by name ignoring case and accents, but always keeps chosen tools visible', async () => {
    const wrapper = mountPicker([{ kind: 'catalogue', toolId: 'gmail' }])
    await wrapper.get('input[type="search"]').setValue('PROTON')
    expect(checkboxLabels(wrapper).filter((l) => l !== 'Je ne sais pas quel outil')).toEqual([
      'Gmail / Google Workspace',
      'Proton Mail',
    ])
  })

  it('says when nothing matches', async () => {
    const wrapper = mountPicker()
    await wrapper.get('input[type="search"]').setValue('zzzz')
    expect(wrapper.text()).toContain('Aucun outil ne correspond')
  })

  it('adds a described "other" tool, with unanswered facts as "I don’t know"', async () => {
    const wrapper = mountPicker()
    const open = wrapper.findAll('button').find((b) => b.text() === 'Un autre outil, absent de la liste')!
    expect(open.attributes('aria-expanded')).toBe('false')
    await open.trigger('click')
    expect(open.attributes('aria-expanded')).toBe('true')
    const add = () => wrapper.findAll('button').find((b) => b.text() === 'Ajouter cet outil')!
    await add().trigger('click')
    expect(wrapper.text()).toContain('Donnez au moins le nom de l’outil.')
    expect(wrapper.emitted('update')).toBeUndefined()

    const inputs = wrapper.findAll('input[type="text"]')
    await inputs[0]!.setValue('Mailo')
    await inputs[1]!.setValue('Mailo SAS')
    const eu = wrapper.findAll('label').find((l) => l.text().startsWith('Union européenne'))!
    await eu.get('input').setValue(true)
    await add().trigger('click')
    expect(lastUpdate(wrapper)).toEqual([
      [
        {
          kind: 'other',
          id: expect.stringMatching(/^other-.+/),
          name: 'Mailo',
          vendor: 'Mailo SAS',
          jurisdiction: 'eu-or-adequate',
          licence: 'dontKnow',
          businessModel: 'dontKnow',
          export: 'dontKnow',
          hosting: 'dontKnow',
        },
      ],
      false,
    ])
  })

  it('Enter in the other tool’s name adds it instead of submitting the wizard’s form', async () => {
    const wrapper = mountPicker()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Un autre outil, absent de la liste')!
      .trigger('click')
    const name = wrapper.findAll('input[type="text"]')[0]!
    await name.setValue('Mailo')
    const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true })
    name.element.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(lastUpdate(wrapper)?.[0]).toEqual([expect.objectContaining({ kind: 'other', name: 'Mailo' })])
  })

  it('gives each described tool its own id, so two tools of the same name stay two', async () => {
    const wrapper = mountPicker()
    const openForm = () =>
      wrapper
        .findAll('button')
        .find((b) => b.text() === 'Un autre outil, absent de la liste')!
        .trigger('click')
    const addPad = async () => {
      await wrapper.findAll('input[type="text"]')[0]!.setValue('Pad')
      await wrapper
        .findAll('button')
        .find((b) => b.text() === 'Ajouter cet outil')!
        .trigger('click')
    }
    await openForm()
    await addPad()
    await openForm()
    await addPad()
    const ids = (wrapper.emitted('update') ?? []).map(([tools]) => {
      const [tool] = tools as ToolChoice[]
      return tool?.kind === 'other' ? tool.id : undefined
    })
    expect(ids).toHaveLength(2)
    expect(ids[0]).toMatch(/^other-.+/)
    expect(ids[1]).toMatch(/^other-.+/)
    expect(ids[0]).not.toBe(ids[1])
  })

  it('removes only the described tool whose button is pressed, even when names repeat', async () => {
    const pad = (id: string): ToolChoice => ({
      kind: 'other',
      id,
      name: 'Pad',
      vendor: '',
      jurisdiction: 'dontKnow',
      licence: 'dontKnow',
      businessModel: 'dontKnow',
      export: 'dontKnow',
      hosting: 'dontKnow',
    })
    const wrapper = mountPicker([pad('other-a'), pad('other-b')])
    const removes = wrapper.findAll('button').filter((b) => b.text() === 'Retirer Pad')
    expect(removes).toHaveLength(2)
    await removes[1]!.trigger('click')
    expect(lastUpdate(wrapper)).toEqual([[pad('other-a')], false])
  })

  it('Enter in the filter does not submit the wizard’s form', () => {
    const wrapper = mountPicker()
    const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true })
    wrapper.get('input[type="search"]').element.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
  })

  it('"I don’t know which tool" clears named tools', async () => {
    const wrapper = mountPicker([{ kind: 'catalogue', toolId: 'gmail' }])
    const unknown = wrapper.findAll('label').find((l) => l.text() === 'Je ne sais pas quel outil')!
    await unknown.get('input').setValue(true)
    expect(lastUpdate(wrapper)).toEqual([[], true])
  })
})
