import { describe, expect, it } from 'vitest'
import FunctionFollowUps from '@/components/question/FunctionFollowUps.vue'
import { functionQuestion } from '@/domain/questionnaire/bank'
import type { FunctionAnswer } from '@/domain/assessment/types'
import { mountWithApp } from '../support/mount'
import wizardFr from '@/i18n/messages/app.wizard.fr'

const question = functionQuestion('email')
const gmail = { kind: 'catalogue', toolId: 'gmail' } as const
const complete: FunctionAnswer = {
  kind: 'function',
  use: 'used',
  tools: [gmail],
  criticality: 'vital',
  data: 'personal',
  exit: 'notChecked',
  stance: 'default',
}
const short = wizardFr.short

function mountRow(answer: FunctionAnswer) {
  return mountWithApp(FunctionFollowUps, { props: { question, answer } })
}

describe('FunctionFollowUps', () => {
  it('a complete row starts folded to a one-line summary, a button that opens it again', async () => {
    const wrapper = mountRow(complete)
    const toggle = wrapper.get('h3 button')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(toggle.text().replace(/\s+/g, ' ')).toContain(
      `Messagerie électronique (courriel) · Gmail / Google Workspace · ${short.criticality.vital} · ${short.data.personal} · ${short.exit.notChecked} · ${short.stance.default}`,
    )
    expect(wrapper.findAll('fieldset')).toHaveLength(0)
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(wrapper.findAll('fieldset')).toHaveLength(4)
  })

  it('an incomplete row is open, says how many answers are left, and has no toggle', () => {
    const wrapper = mountRow({ ...complete, stance: undefined, exit: undefined })
    expect(wrapper.find('h3 button').exists()).toBe(false)
    expect(wrapper.get('h3').text()).toContain('reste 2 réponses')
    expect(wrapper.findAll('fieldset')).toHaveLength(4)
  })

  it('keeps every follow-up a radio group named by its legend, "I don’t know" last', () => {
    const wrapper = mountRow({ ...complete, stance: undefined })
    for (const fieldset of wrapper.findAll('fieldset')) {
      expect(fieldset.attributes('role')).toBe('radiogroup')
      const labels = fieldset.findAll('label').map((l) => l.text())
      expect(labels.at(-1)).toBe(wizardFr.dontKnow)
      expect(fieldset.findAll('input[type="radio"]')).toHaveLength(labels.length)
    }
  })
})
