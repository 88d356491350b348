import { describe, expect, it } from 'vitest'
import QuestionText from '@/components/question/QuestionText.vue'
import type { TextQuestion } from '@/domain/questionnaire/types'
import { mountWithApp } from '../support/mount'
import fr from '@/i18n/messages/questionnaire.fr'

const question: TextQuestion = {
  id: 'profile.name',
  kind: 'text',
  labelKey: 'q.profile.name.label',
  required: true,
}

describe('QuestionText', () => {
  it('labels the field and marks it required', () => {
    const wrapper = mountWithApp(QuestionText, { props: { question, answer: undefined } })
    const input = wrapper.get('input')
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toContain(fr.profile.name.label)
    expect(wrapper.get('label').text()).toContain('obligatoire')
    expect(input.attributes('required')).toBeDefined()
  })

  it('emits the typed text, and clears the answer when the field is emptied', async () => {
    const wrapper = mountWithApp(QuestionText, { props: { question, answer: { kind: 'text', value: 'x' } } })
    expect(wrapper.get<HTMLInputElement>('input').element.value).toBe('x')
    await wrapper.get('input').setValue('Les Amis du Quartier')
    await wrapper.get('input').setValue('')
    expect(wrapper.emitted('answer')).toEqual([
      [{ kind: 'text', value: 'Les Amis du Quartier' }],
      [undefined],
    ])
  })

  it('shows the error message and marks the field invalid', () => {
    const wrapper = mountWithApp(QuestionText, {
      props: { question, answer: undefined, error: 'Réponse obligatoire' },
    })
    const input = wrapper.get('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    const described = (input.attributes('aria-describedby') ?? '').split(' ')
    expect(described.map((d) => wrapper.get(`#${d}`).text()).join(' ')).toContain('Réponse obligatoire')
  })

  it('limits a one-line answer to 200 characters and a multi-line one to 2,000, and counts them', async () => {
    const wrapper = mountWithApp(QuestionText, {
      props: { question, answer: { kind: 'text', value: 'Les Amis' } },
    })
    const input = wrapper.get('input')
    expect(input.attributes('maxlength')).toBe('200')
    const counter = wrapper.get(`#${(input.attributes('aria-describedby') ?? '').split(' ').at(-1)}`)
    expect(counter.text()).toBe('8 / 200 caractères')
    await wrapper.setProps({ question: { ...question, multiline: true } })
    expect(wrapper.get('textarea').attributes('maxlength')).toBe('2000')
    expect(wrapper.text()).toContain('8 / 2\u202f000 caractères')
  })
})
