import { describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import ResultsView from '@/views/ResultsView.vue'
import { useDraftStore } from '@/stores/draft'
import type { Answers, Assessment } from '@/domain/assessment/types'
import { questionnaire } from '@/domain/questionnaire/bank'
import { mountWithApp } from '../support/mount'

function assessmentWith(answers: Answers): Assessment {
  return {
    id: 'test',
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    answers,
  }
}

/** Mounts the results of these answers, once the view has loaded their content and scored them. */
async function mountResults(answers: Answers, locale: 'fr' | 'en' = 'fr') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const draft = useDraftStore()
  draft.assessment = assessmentWith(answers)
  draft.loadState = 'ready'
  const wrapper = mountWithApp(ResultsView, { locale, pinia })
  await vi.waitFor(() => expect(wrapper.find('[role="status"]').exists()).toBe(false))
  return wrapper
}

// Gmail: advertising-data (b = 1), extraterritorial without E2EE (j = 1), proprietary (l = 1),
// full export (k = 0), gatekeeper (m = 1): X = 0.25 + 0.25 + 0.15 + 0 + 0.15 = 0.8.
// Vital (c = 1), sensitive (s = 1), exit never checked (e = 1): D = 100 × 0.8 = 80, so DI = 80.
const gmailOnly: Answers = {
  'fn.email': {
    kind: 'function',
    use: 'used',
    tools: [{ kind: 'catalogue', toolId: 'gmail' }],
    criticality: 'vital',
    data: 'sensitive',
    exit: 'notChecked',
    stance: 'default',
  },
  'value.privacy': { kind: 'scale', value: 5 },
}

function card(wrapper: Awaited<ReturnType<typeof mountResults>>, title: string) {
  const section = wrapper.findAll('section.score-card').find((s) => s.get('h3').text() === title)
  if (!section) throw new Error(`no card titled ${title}`)
  return section
}

describe('ResultsView', () => {
  it('shows the four key numbers, each with its explanation and a link to the method', async () => {
    const wrapper = await mountResults(gmailOnly)
    expect(card(wrapper, 'Indice de dépendance').get('.score-card__value').text()).toBe('80 sur 100')
    // One vendor holds every function in use: concentration 100.
    expect(card(wrapper, 'Concentration des fournisseurs').get('.score-card__value').text()).toBe(
      '100 sur 100',
    )
    // No governance answer yet.
    expect(card(wrapper, 'Maturité de la gouvernance').text()).toContain('Pas encore calculable')
    for (const title of [
      'Indice de dépendance',
      'Concentration des fournisseurs',
      'Maturité de la gouvernance',
    ]) {
      expect(card(wrapper, title).text()).toContain('Comment est-ce calculé ?')
    }
  })

  it('places the organisation on the path: C = 100 − DI = 20 without governance, so step 1', async () => {
    const wrapper = await mountResults(gmailOnly)
    expect(wrapper.get('.path__level').text()).toContain('Étape 1 sur 5')
  })

  it('states a contradiction in a plain sentence: privacy rated 5, practice 0', async () => {
    // Privacy risk of Gmail = 0.6 b + 0.4 j = 1, so P = 0; I = (5 − 1) / 4 × 100 = 100; gap 100 ≥ 25.
    const wrapper = await mountResults(gmailOnly)
    const findings = wrapper.get('.findings').text()
    expect(findings).toMatch(/5 sur 5.*0 sur 100/)
  })

  it('names a vendor holding two vital functions as a single point of failure', async () => {
    const wrapper = await mountResults({
      ...gmailOnly,
      'fn.files': {
        kind: 'function',
        use: 'used',
        tools: [{ kind: 'catalogue', toolId: 'google-drive' }],
        criticality: 'vital',
      },
    })
    expect(wrapper.get('.findings').text()).toContain('Google détient 2 de vos fonctions vitales')
  })

  it('lists functions in use with their tools and dependency, in English too', async () => {
    const wrapper = await mountResults(gmailOnly, 'en')
    // The functions table, not the map's table, which names the same tool.
    const table = wrapper.findAll('table').find((t) => t.get('caption').text().startsWith('Your functions'))
    const row = table?.findAll('tbody tr').find((r) => r.text().includes('Gmail / Google Workspace'))
    expect(row?.get('th').text()).toBe('Email')
    expect(row?.findAll('td').map((c) => c.text())).toEqual([
      'Gmail / Google Workspace',
      '80',
      'By default: it just happened',
    ])
  })

  it('says when nothing can be computed yet', async () => {
    const wrapper = await mountResults({})
    expect(card(wrapper, 'Indice de dépendance').text()).toContain('Pas encore calculable')
    expect(wrapper.text()).toContain('Répondez aux questions sur vos outils')
  })
})
