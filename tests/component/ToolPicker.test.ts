import { describe, expect, it } from 'vitest'
import ToolPicker from '@/components/question/ToolPicker.vue'
import type { FunctionAnswer, ToolChoice } from '@/domain/assessment/types'
import { mountWithApp } from '../support/mount'

function used(tools: ToolChoice[], extra: Partial<FunctionAnswer> = {}): FunctionAnswer {
  return { kind: 'function', use: 'used', tools, ...extra }
}

function mountPicker(answer: FunctionAnswer | undefined = undefined) {
  return mountWithApp(ToolPicker, {
    props: { functionId: 'email', legend: 'Messagerie électronique (courriel)', answer },
  })
}

function lastAnswer(wrapper: ReturnType<typeof mountPicker>): FunctionAnswer | undefined {
  const all = wrapper.emitted('answer') ?? []
  return all[all.length - 1]?.[0] as FunctionAnswer | undefined
}

/** The tools an emitted answer names (the answer of an "other" tool's adding). */
function lastTools(wrapper: ReturnType<typeof mountPicker>): readonly ToolChoice[] | undefined {
  return lastAnswer(wrapper)?.tools
}

function tick(wrapper: ReturnType<typeof mountPicker>, label: string) {
  const found = wrapper.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`no tick ${label}`)
  return found.get('input')
}

function checkboxLabels(wrapper: ReturnType<typeof mountPicker>): string[] {
  return wrapper
    .findAll('label')
    .filter((l) => l.find('input[type="checkbox"]').exists())
    .map((l) => l.text())
}

const OTHER = 'Autre outil…'

describe('ToolPicker', () => {
  it('lists the catalogue’s tools, dominant platforms first, then the answers without a tool', () => {
    const labels = checkboxLabels(mountPicker())
    expect(labels).toContain('Gmail / Google Workspace')
    expect(labels).toContain('Proton Mail')
    expect(labels.indexOf('Gmail / Google Workspace')).toBeLessThan(labels.indexOf('Proton Mail'))
    expect(labels.slice(-3)).toEqual(['Un outil non identifié', 'Non utilisé', 'Je ne sais pas'])
  })

  it('ticking a tool says the function is in use, in one click', async () => {
    const wrapper = mountPicker()
    await tick(wrapper, 'Gmail / Google Workspace').setValue(true)
    expect(lastAnswer(wrapper)).toEqual(used([{ kind: 'catalogue', toolId: 'gmail' }]))
  })

  it('adds a second tool to the first, and unticking keeps the others', async () => {
    const gmail = { kind: 'catalogue', toolId: 'gmail' } as const
    const proton = { kind: 'catalogue', toolId: 'proton-mail' } as const
    const wrapper = mountPicker(used([gmail], { criticality: 'vital' }))
    await tick(wrapper, 'Proton Mail').setValue(true)
    expect(lastAnswer(wrapper)).toEqual(used([gmail, proton], { criticality: 'vital' }))
    await wrapper.setProps({ answer: lastAnswer(wrapper) })
    await tick(wrapper, 'Gmail / Google Workspace').setValue(false)
    expect(lastTools(wrapper)).toEqual([proton])
  })

  it('"Not used" keeps what was entered, shows no tool ticked, and a tool ticked again starts afresh', async () => {
    const gmail = { kind: 'catalogue', toolId: 'gmail' } as const
    const wrapper = mountPicker(used([gmail], { criticality: 'vital' }))
    await tick(wrapper, 'Non utilisé').setValue(true)
    expect(lastAnswer(wrapper)).toEqual({ ...used([gmail], { criticality: 'vital' }), use: 'unused' })
    await wrapper.setProps({ answer: lastAnswer(wrapper) })
    expect((tick(wrapper, 'Gmail / Google Workspace').element as HTMLInputElement).checked).toBe(false)
    expect((tick(wrapper, 'Non utilisé').element as HTMLInputElement).checked).toBe(true)
    await tick(wrapper, 'Proton Mail').setValue(true)
    expect(lastAnswer(wrapper)).toEqual(
      used([{ kind: 'catalogue', toolId: 'proton-mail' }], { criticality: 'vital' }),
    )
  })

  it('"I don’t know" answers the use, and unticking it clears the answer', async () => {
    const wrapper = mountPicker()
    await tick(wrapper, 'Je ne sais pas').setValue(true)
    expect(lastAnswer(wrapper)).toEqual({ kind: 'function', tools: [], use: 'dontKnow' })
    await wrapper.setProps({ answer: lastAnswer(wrapper) })
    await tick(wrapper, 'Je ne sais pas').setValue(false)
    expect(wrapper.emitted('answer')?.at(-1)).toEqual([undefined])
  })

  it('"An unidentified tool" clears named tools and counts as in use', async () => {
    const wrapper = mountPicker(used([{ kind: 'catalogue', toolId: 'gmail' }]))
    await tick(wrapper, 'Un outil non identifié').setValue(true)
    expect(lastAnswer(wrapper)).toEqual(used([], { toolUnknown: true }))
  })

  it('adds a described "other" tool, with unanswered facts as "I don’t know"', async () => {
    const wrapper = mountPicker()
    const open = wrapper.findAll('button').find((b) => b.text() === OTHER)!
    expect(open.attributes('aria-expanded')).toBe('false')
    await open.trigger('click')
    expect(open.attributes('aria-expanded')).toBe('true')
    const add = () => wrapper.findAll('button').find((b) => b.text() === 'Ajouter cet outil')!
    await add().trigger('click')
    expect(wrapper.text()).toContain('Donnez au moins le nom de l’outil.')
    expect(wrapper.emitted('answer')).toBeUndefined()

    const inputs = wrapper.findAll('input[type="text"]')
    await inputs[0]!.setValue('Mailo')
    await inputs[1]!.setValue('Mailo SAS')
    const eu = wrapper.findAll('label').find((l) => l.text().startsWith('Union européenne'))!
    await eu.get('input').setValue(true)
    await add().trigger('click')
    expect(lastAnswer(wrapper)).toEqual(
      used([
        {
          kind: 'other',
          id: expect.stringMatching(/^other-.+/) as string,
          name: 'Mailo',
          vendor: 'Mailo SAS',
          jurisdiction: 'eu-or-adequate',
          licence: 'dontKnow',
          businessModel: 'dontKnow',
          export: 'dontKnow',
          hosting: 'dontKnow',
        },
      ]),
    )
  })

  it('Enter in the other tool’s name adds it instead of submitting the wizard’s form', async () => {
    const wrapper = mountPicker()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === OTHER)!
      .trigger('click')
    const name = wrapper.findAll('input[type="text"]')[0]!
    await name.setValue('Mailo')
    const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true })
    name.element.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(lastTools(wrapper)).toEqual([expect.objectContaining({ kind: 'other', name: 'Mailo' })])
  })

  it('gives each described tool its own id, so two tools of the same name stay two', async () => {
    const wrapper = mountPicker()
    const openForm = () =>
      wrapper
        .findAll('button')
        .find((b) => b.text() === OTHER)!
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
    const ids = (wrapper.emitted('answer') ?? []).map(([answer]) => {
      const [tool] = (answer as FunctionAnswer).tools
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
    const wrapper = mountPicker(used([pad('other-a'), pad('other-b')]))
    const removes = wrapper.findAll('button').filter((b) => b.attributes('aria-label') === 'Retirer Pad')
    expect(removes).toHaveLength(2)
    await removes[1]!.trigger('click')
    expect(lastTools(wrapper)).toEqual([pad('other-a')])
  })
})
