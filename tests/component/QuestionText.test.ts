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
    expect(wrapper.get(`#${input.attributes('aria-describedby')}`).text()).toContain('Réponse obligatoire')
  })
})
