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

describe('WizardToolsSection on next year’s draft', () => {
  const basedOn = { id: 'last-year', createdAt: '2026-03-15T09:00:00.000Z' }
  const complete = { criticality: 'vital', data: 'personal', exit: 'notChecked', stance: 'default' } as const
  const answers: Answers = {
    'fn.email': used('gmail', complete),
    'fn.files': used('google-drive', complete),
    'fn.office': { kind: 'function', use: 'unused', tools: [] },
  }

  function mountCarried(confirmed: readonly string[] = [], locale: 'fr' | 'en' = 'fr') {
    return mountWithApp(WizardToolsSection, { props: { questions, answers, basedOn, confirmed }, locale })
  }

  const toConfirmTags = (wrapper: ReturnType<typeof mountCarried>) =>
    wrapper.findAll('section h3').filter((h) => h.text().includes(wizardFr.fn.carried.toConfirm))

  it('says where the answers come from, dated, and marks every carried row "to confirm"', () => {
    const wrapper = mountCarried()
    expect(wrapper.text()).toContain(
      'Ces réponses reprennent celles du diagnostic du 15 mars 2026. Vérifiez-les\u00a0:',
    )
    expect(toConfirmTags(wrapper).map((h) => h.text())).toEqual([
      expect.stringContaining('Messagerie électronique'),
      expect.stringContaining('Stockage'),
    ])
    // The two rows of follow-ups, and the unused function's line of the inventory.
    expect(wrapper.findAll('button').filter((b) => b.text() === wizardFr.fn.carried.stillTrue)).toHaveLength(
      3,
    )
  })

  it('tags a carried function not in use on its line of the inventory, and confirms it there', async () => {
    const wrapper = mountCarried(['fn.email', 'fn.files'])
    const tagged = wrapper
      .findAll('legend')
      .filter((l) => l.text().includes(wizardFr.fn.carried.toConfirm))
      .map((l) => l.text())
    expect(tagged).toEqual([expect.stringContaining('Bureautique')])
    const still = wrapper.findAll('button').filter((b) => b.text() === wizardFr.fn.carried.stillTrue)
    expect(still).toHaveLength(1)
    expect(still[0]!.attributes('aria-label')).toContain('Bureautique')
    await still[0]!.trigger('click')
    expect(wrapper.emitted('confirm')).toEqual([[['fn.office']]])
  })

  it('"Still true" confirms that row only; the row already confirmed shows no tag and no button', async () => {
    const wrapper = mountCarried(['fn.email'])
    expect(toConfirmTags(wrapper).map((h) => h.text())).toEqual([expect.stringContaining('Stockage')])
    const still = wrapper
      .findAll('button')
      .filter(
        (b) =>
          b.text() === wizardFr.fn.carried.stillTrue && !b.attributes('aria-label')?.includes('Bureautique'),
      )
    expect(still).toHaveLength(1)
    expect(still[0]!.attributes('aria-label')).toContain('Stockage')
    await still[0]!.trigger('click')
    expect(wrapper.emitted('confirm')).toEqual([[['fn.files']]])
  })

  it('"Confirm all of this part" confirms every answer still awaiting, the unused function too', async () => {
    const wrapper = mountCarried(['fn.email'])
    await button(wrapper, wizardFr.fn.carried.confirmAll).trigger('click')
    expect(wrapper.emitted('confirm')).toEqual([[['fn.files', 'fn.office']]])
  })

  it('once all is confirmed, says so in place of the button', () => {
    const wrapper = mountCarried(['fn.email', 'fn.files', 'fn.office'], 'en')
    expect(wrapper.text()).toContain(
      'Carried over from the assessment of 15 March 2026: every answer of this part is confirmed.',
    )
    expect(wrapper.findAll('button').some((b) => b.text() === 'Confirm all of this part')).toBe(false)
    expect(toConfirmTags(wrapper)).toHaveLength(0)
  })

  it('says nothing of it on a draft not carried over', () => {
    const wrapper = mountPart(answers)
    expect(wrapper.text()).not.toContain(wizardFr.fn.carried.toConfirm)
    expect(wrapper.text()).not.toContain('diagnostic du')
  })
})
