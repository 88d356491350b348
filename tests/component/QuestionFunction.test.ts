import { describe, expect, it } from 'vitest'
import { functionQuestion } from '@/domain/questionnaire/bank'
import QuestionFunction from '@/components/question/QuestionFunction.vue'
import type { FunctionQuestion } from '@/domain/questionnaire/types'
import type { Answer, FunctionAnswer } from '@/domain/assessment/types'
import { mountWithApp } from '../support/mount'
import wizardFr from '@/i18n/messages/app.wizard.fr'

const question: FunctionQuestion = functionQuestion('email')
const gmail = { kind: 'catalogue', toolId: 'gmail' } as const
const used: FunctionAnswer = { kind: 'function', use: 'used', tools: [gmail] }

function lastAnswer(wrapper: ReturnType<typeof mountWithApp>): Answer | undefined {
  const all = wrapper.emitted('answer') ?? []
  return all[all.length - 1]?.[0] as Answer | undefined
}

function legends(wrapper: ReturnType<typeof mountWithApp>): string[] {
  return wrapper.findAll('legend').map((l) => l.text())
}

function segment(wrapper: ReturnType<typeof mountWithApp>, legend: string, label: string) {
  const group = wrapper.findAll('fieldset').find((f) => f.get('legend').text() === legend)
  const option = group?.findAll('label').find((l) => l.text() === label)
  if (!option) throw new Error(`no ${label} in ${legend}`)
  return option.get('input')
}

const short = wizardFr.short

describe('QuestionFunction', () => {
  it('first asks only which tools, under the function’s name', () => {
    const wrapper = mountWithApp(QuestionFunction, { props: { question, answer: undefined } })
    expect(legends(wrapper)).toEqual(['Messagerie électronique (courriel)'])
    expect(wrapper.find('section').exists()).toBe(false)
  })

  it('asks the follow-ups once a tool is ticked, with their short labels, and the reason only for a deliberate choice', async () => {
    const wrapper = mountWithApp(QuestionFunction, { props: { question, answer: used } })
    expect(legends(wrapper).slice(1)).toEqual([
      short.criticality.label,
      short.data.label,
      short.exit.label,
      short.stance.label,
    ])
    expect(wrapper.text()).not.toContain('Pour quelle raison')

    await segment(wrapper, short.criticality.label, short.criticality.vital).setValue(true)
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

  it('hides the follow-ups when the function is not used, but keeps what was entered', async () => {
    const withCriticality: FunctionAnswer = { ...used, criticality: 'vital' }
    const wrapper = mountWithApp(QuestionFunction, { props: { question, answer: withCriticality } })
    const notUsed = wrapper.findAll('label').find((l) => l.text() === wizardFr.fn.notUsed)!
    await notUsed.get('input').setValue(true)
    expect(lastAnswer(wrapper)).toEqual({ ...withCriticality, use: 'unused' })
    await wrapper.setProps({ answer: lastAnswer(wrapper) })
    expect(legends(wrapper)).toEqual(['Messagerie électronique (courriel)'])
  })

  it('asks the follow-ups the bank lists, in its order, whatever they are', () => {
    const [criticality, , exit] = question.followUps
    const twoFollowUps: FunctionQuestion = { ...question, followUps: [exit!, criticality!] }
    const wrapper = mountWithApp(QuestionFunction, { props: { question: twoFollowUps, answer: used } })
    expect(legends(wrapper).slice(1)).toEqual([short.exit.label, short.criticality.label])
  })
})
