import { describe, expect, it } from 'vitest'
import QuestionSingle from '@/components/question/QuestionSingle.vue'
import type { ScaleQuestion, SingleChoiceQuestion } from '@/domain/questionnaire/types'
import type { Answer } from '@/domain/assessment/types'
import { mountWithApp } from '../support/mount'
import fr from '@/i18n/messages/questionnaire.fr'

const single: SingleChoiceQuestion = {
  id: 'profile.kind',
  kind: 'single',
  labelKey: 'q.profile.kind.label',
  helpKey: 'q.profile.kind.help',
  options: [
    { value: 'association', labelKey: 'q.profile.kind.options.association' },
    { value: 'cooperative', labelKey: 'q.profile.kind.options.cooperative' },
  ],
}

const scale: ScaleQuestion = {
  id: 'value.privacy',
  kind: 'scale',
  labelKey: 'q.value.privacy.label',
  minLabelKey: 'q.importance.min',
  maxLabelKey: 'q.importance.max',
}

function emitted(wrapper: ReturnType<typeof mountWithApp>): (Answer | undefined)[] {
  return (wrapper.emitted('answer') ?? []).map((args) => args[0] as Answer | undefined)
}

describe('QuestionSingle', () => {
  it('shows the question as a labelled group with its options, its help and "I don’t know"', () => {
    const wrapper = mountWithApp(QuestionSingle, { props: { question: single, answer: undefined } })
    expect(wrapper.get('legend').text()).toBe(fr.profile.kind.label)
    expect(wrapper.text()).toContain(fr.profile.kind.help)
    const labels = wrapper.findAll('label').map((l) => l.text())
    expect(labels).toEqual([
      fr.profile.kind.options.association,
      fr.profile.kind.options.cooperative,
      'Je ne sais pas',
    ])
    // The help is tied to the group for screen readers.
    const describedBy = wrapper.get('fieldset').attributes('aria-describedby')
    expect(wrapper.get(`#${describedBy}`).text()).toBe(fr.profile.kind.help)
  })

  it('emits a single answer when an option is picked, and a dontKnow answer for "I don’t know"', async () => {
    const wrapper = mountWithApp(QuestionSingle, { props: { question: single, answer: undefined } })
    const radios = wrapper.findAll('input[type="radio"]')
    await radios[1]!.setValue(true)
    await radios[2]!.setValue(true)
    expect(emitted(wrapper)).toEqual([{ kind: 'single', value: 'cooperative' }, { kind: 'dontKnow' }])
  })

  it('checks the option matching the current answer', () => {
    const wrapper = mountWithApp(QuestionSingle, {
      props: { question: single, answer: { kind: 'single', value: 'cooperative' } },
    })
    const checked = wrapper.findAll<HTMLInputElement>('input[type="radio"]').map((r) => r.element.checked)
    expect(checked).toEqual([false, true, false])
  })

  it('asks a 1–5 scale with labelled ends and emits numbers', async () => {
    const wrapper = mountWithApp(QuestionSingle, {
      props: { question: scale, answer: { kind: 'scale', value: 2 } },
    })
    const labels = wrapper.findAll('label').map((l) => l.text())
    expect(labels).toEqual([
      `1 · ${fr.importance.min}`,
      '2',
      '3',
      '4',
      `5 · ${fr.importance.max}`,
      'Je ne sais pas',
    ])
    expect(wrapper.findAll<HTMLInputElement>('input')[1]!.element.checked).toBe(true)
    await wrapper.findAll('input')[4]!.setValue(true)
    expect(emitted(wrapper)).toEqual([{ kind: 'scale', value: 5 }])
  })

  it('shows a required error tied to the group', () => {
    const wrapper = mountWithApp(QuestionSingle, {
      props: { question: { ...single, required: true }, answer: undefined, error: 'Réponse obligatoire' },
    })
    const fieldset = wrapper.get('fieldset')
    expect(fieldset.attributes('role')).toBe('radiogroup')
    expect(fieldset.attributes('aria-required')).toBe('true')
    expect(fieldset.attributes('aria-invalid')).toBe('true')
    const ids = fieldset.attributes('aria-describedby')!.split(' ')
    expect(ids.map((id) => wrapper.get(`#${id}`).text())).toContain('Réponse obligatoire')
  })
})
