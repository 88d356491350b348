import { describe, expect, it } from 'vitest'
import WizardToolsSection from '@/components/wizard/WizardToolsSection.vue'
import { functionQuestion } from '@/domain/questionnaire/bank'
import type { Answers, FunctionAnswer } from '@/domain/assessment/types'
import { mountWithApp } from '../support/mount'
import wizardFr from '@/i18n/messages/app.wizard.fr'

const questions = [functionQuestion('email'), functionQuestion('files'), functionQuestion('office')]

function mountPart(answers: Answers) {
  return mountWithApp(WizardToolsSection, { props: { questions, answers } })
}

function button(wrapper: ReturnType<typeof mountPart>, label: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === label)
  if (!found) throw new Error(`no button ${label}`)
  return found
}

const used = (toolId: string, extra: Partial<FunctionAnswer> = {}): FunctionAnswer => ({
  kind: 'function',
  use: 'used',
  tools: [{ kind: 'catalogue', toolId }],
  ...extra,
})

describe('WizardToolsSection', () => {
  it('"We use none of these" answers every function of the part "not used", in one click', async () => {
    const wrapper = mountPart({ 'fn.files': { kind: 'function', use: 'dontKnow', tools: [] } })
    await button(wrapper, wizardFr.fn.noneUsed).trigger('click')
    expect(wrapper.emitted('answer')).toEqual([
      ['fn.email', { kind: 'function', tools: [], use: 'unused' }],
      ['fn.files', { kind: 'function', tools: [], use: 'unused' }],
      ['fn.office', { kind: 'function', tools: [], use: 'unused' }],
    ])
  })

  it('does not offer it once a function is in use, where it would be false', () => {
    const wrapper = mountPart({ 'fn.email': used('gmail') })
    expect(wrapper.findAll('button').some((b) => b.text() === wizardFr.fn.noneUsed)).toBe(false)
  })

  it('shows a row of follow-ups only for the functions in use with a tool named', () => {
    const wrapper = mountPart({
      'fn.email': used('gmail'),
      'fn.files': { kind: 'function', use: 'unused', tools: [] },
      'fn.office': { kind: 'function', use: 'used', tools: [], toolUnknown: true },
    })
    expect(wrapper.findAll('section h3').map((h) => h.text())).toEqual([
      wizardFr.fn.bulk,
      expect.stringContaining('Messagerie électronique'),
      expect.stringContaining('Bureautique'),
    ])
  })

  it('the same answer for several uses fills only the rows without one', async () => {
    const wrapper = mountPart({
      'fn.email': used('gmail', { criticality: 'minor' }),
      'fn.files': used('google-drive'),
      'fn.office': used('google-docs'),
    })
    const bulk = wrapper
      .findAll('fieldset')
      .find((f) => f.get('legend').text() === wizardFr.short.criticality.label)!
    await bulk
      .findAll('button')
      .find((b) => b.text() === wizardFr.short.criticality.vital)!
      .trigger('click')
    expect(wrapper.emitted('answer')).toEqual([
      ['fn.files', used('google-drive', { criticality: 'vital' })],
      ['fn.office', used('google-docs', { criticality: 'vital' })],
    ])
  })
})
