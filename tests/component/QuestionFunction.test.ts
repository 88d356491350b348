import { describe, expect, it } from 'vitest'
import { functionQuestion } from '@/domain/questionnaire/bank'
import QuestionFunction from '@/components/question/QuestionFunction.vue'
import type { FunctionQuestion } from '@/domain/questionnaire/types'
import type { Answer, FunctionAnswer } from '@/domain/assessment/types'
import { mountWithApp } from '../support/mount'
import qFr from '@/i18n/messages/questionnaire.fr'

const question: FunctionQuestion = functionQuestion('email')

function lastAnswer(wrapper: ReturnType<typeof mountWithApp>): Answer | undefined {
  const all = wrapper.emitted('answer') ?? []
  return all[all.length - 1]?.[0] as Answer | undefined
}

function legends(wrapper: ReturnType<typeof mountWithApp>): string[] {
  return wrapper.findAll('legend').map((l) => l.text())
}

describe('QuestionFunction', () => {
  it('first asks only whether a tool is used, under the function’s name', () => {
    const wrapper = mountWithApp(QuestionFunction, { props: { question, answer: undefined } })
    expect(wrapper.get('h3').text()).toBe('Messagerie électronique (courriel)')
    expect(legends(wrapper)).toEqual(['Utilisez-vous un outil pour cela ?'])
  })

  it('emits "used" and then shows the tool picker, grouped dominant / alternatives', async () => {
    const wrapper = mountWithApp(QuestionFunction, { props: { question, answer: undefined } })
    await wrapper.findAll('input[type="radio"]')[0]!.setValue(true)
    expect(lastAnswer(wrapper)).toEqual({ kind: 'function', use: 'used', tools: [] })
    await wrapper.setProps({ answer: lastAnswer(wrapper) })
    expect(legends(wrapper)).toEqual(expect.arrayContaining(['Plateformes dominantes', 'Alternatives']))
    // No follow-up before a tool is chosen.
    expect(wrapper.text()).not.toContain('Pourriez-vous le quitter demain')
  })

  it('shows the four follow-ups once a tool is chosen, and the reason only for a deliberate choice', async () => {
    const used: FunctionAnswer = {
      kind: 'function',
      use: 'used',
      tools: [{ kind: 'catalogue', toolId: 'gmail' }],
    }
    const wrapper = mountWithApp(QuestionFunction, { props: { question, answer: used } })
    const text = wrapper.text()
    expect(text).toContain('À quel point cet usage est-il important')
    expect(text).toContain('Quelles données y sont stockées')
    expect(text).toContain('Pourriez-vous le quitter demain')
    expect(text).toContain('Cet outil est-il un choix')
    expect(text).not.toContain('Pour quelle raison')

    const vital = wrapper.findAll('label').find((l) => l.text().startsWith('Vital'))!
    await vital.get('input').setValue(true)
    expect(lastAnswer(wrapper)).toEqual({ ...used, criticality: 'vital' })

    await wrapper.setProps({ answer: { ...used, stance: 'deliberate' } })
    expect(wrapper.text()).toContain('Pour quelle raison')
    await wrapper.get('textarea').setValue('Notre public est là')
    expect(lastAnswer(wrapper)).toEqual({ ...used, stance: 'deliberate', reason: 'Notre public est là' })
    // The reason takes 2,000 characters at most, as the import does, and says how many are used.
    await wrapper.setProps({ answer: lastAnswer(wrapper) })
    const textarea = wrapper.get('textarea')
    expect(textarea.attributes('maxlength')).toBe('2000')
    const counter = (textarea.attributes('aria-describedby') ?? '').split(' ').at(-1)
    expect(wrapper.get(`#${counter}`).text()).toBe('19 / 2\u202f000 caractères')
  })

  it('hides the picker and follow-ups when the function is not used, but keeps what was entered', async () => {
    const used: FunctionAnswer = {
      kind: 'function',
      use: 'used',
      tools: [{ kind: 'catalogue', toolId: 'gmail' }],
      criticality: 'vital',
    }
    const wrapper = mountWithApp(QuestionFunction, { props: { question, answer: used } })
    const no = wrapper.findAll('label').find((l) => l.text().startsWith('Non'))!
    await no.get('input').setValue(true)
    expect(lastAnswer(wrapper)).toEqual({ ...used, use: 'unused' })
    await wrapper.setProps({ answer: lastAnswer(wrapper) })
    expect(legends(wrapper)).toEqual(['Utilisez-vous un outil pour cela ?'])
  })

  it('asks the follow-ups the bank lists, in its order, whatever they are', () => {
    const used: FunctionAnswer = {
      kind: 'function',
      use: 'used',
      tools: [{ kind: 'catalogue', toolId: 'gmail' }],
    }
    const [criticality, , exit] = question.followUps
    const twoFollowUps: FunctionQuestion = { ...question, followUps: [exit!, criticality!] }
    const wrapper = mountWithApp(QuestionFunction, { props: { question: twoFollowUps, answer: used } })
    expect(legends(wrapper).slice(-2)).toEqual([qFr.followUp.exit.label, qFr.followUp.criticality.label])
    expect(wrapper.text()).not.toContain('Quelles données y sont stockées')
  })
})
