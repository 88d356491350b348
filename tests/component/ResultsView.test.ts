import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import ResultsView from '@/views/ResultsView.vue'
import { useDraftStore } from '@/stores/draft'
import type { Answers, Assessment } from '@/domain/assessment/types'
import { questionnaire } from '@/domain/questionnaire/bank'
import { questionnaireV2 } from '@/domain/questionnaire/bank-v2'
import { mountWithApp } from '../support/mount'

// Chart.js cannot draw in jsdom: the stub keeps what the reader gets in words (title, finding, table).
const ChartCanvas = {
  props: ['title', 'finding'],
  template: '<figure class="chart-stub"><h3>{{ title }}</h3><p>{{ finding }}</p><slot /></figure>',
}

function assessmentWith(answers: Answers, version = questionnaire.version): Assessment {
  return {
    id: 'test',
    questionnaireId: questionnaire.id,
    questionnaireVersion: version,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    answers,
  }
}

// Each test's store listens to the other tabs until its Pinia is disposed.
const pinias: Pinia[] = []
afterEach(() => pinias.splice(0).forEach(disposePinia))

/** Mounts the results of these answers, once the view has loaded their content and scored them. */
async function mountResults(answers: Answers, locale: 'fr' | 'en' = 'fr', version = questionnaire.version) {
  const pinia = createPinia()
  pinias.push(pinia)
  setActivePinia(pinia)
  const draft = useDraftStore()
  draft.assessment = assessmentWith(answers, version)
  draft.loadState = 'ready'
  // The version notice can take the reader to the wizard: it needs the app's routes.
  const router = createRouter({ history: createMemoryHistory(), routes })
  const wrapper = mountWithApp(ResultsView, {
    locale,
    pinia,
    global: { plugins: [router], stubs: { ChartCanvas } },
  })
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

  it('explains why its completeness can be lower than the questionnaire’s “% answered”', async () => {
    // Email in use with every follow-up "I don't know": the questionnaire counts it answered,
    // the scores cannot use those answers.
    const wrapper = await mountResults(
      {
        'fn.email': {
          kind: 'function',
          use: 'used',
          tools: [{ kind: 'catalogue', toolId: 'gmail' }],
          criticality: 'dontKnow',
          data: 'dontKnow',
          exit: 'dontKnow',
          stance: 'dontKnow',
        },
      },
      'en',
    )
    expect(wrapper.text()).toContain('which counts every answer, “I don’t know” included')
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
    // The function's icon stands beside its name (decorative: the name is the text).
    expect(row?.get('th [data-function-icon]').attributes('data-function-icon')).toBe('email')
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

  describe('with Google holding email and, by choice, files', () => {
    // Email: Gmail, D = 80 (above). Files: Google Drive, vital, personal data, kept as a deliberate
    // choice with a reason. DI = (80 + 70.3) / 2 = 75.15, no governance answered: C = 100 − DI = 24.85 < 25,
    // so step 1; step 2 needs C ≥ 25, i.e. DI ≤ 75: lower it by 0.15, one whole point.
    const twoAtGoogle: Answers = {
      ...gmailOnly,
      'profile.name': { kind: 'text', value: 'Les Amis du Parc' },
      'fn.files': {
        kind: 'function',
        use: 'used',
        tools: [{ kind: 'catalogue', toolId: 'google-drive' }],
        criticality: 'vital',
        data: 'personal',
        stance: 'deliberate',
        reason: 'Nos bénévoles y sont habitués.',
      },
    }
    const squash = (text: string) => text.replace(/\s+/g, ' ')

    it('opens with the organisation, the date of its last answers and the next step on the path', async () => {
      const wrapper = await mountResults(twoAtGoogle)
      expect(wrapper.get('.summary__org').text()).toBe('Les Amis du Parc, diagnostic du 28 novembre 2026')
      expect(wrapper.get('.path__next').text()).toContain(
        'baissez votre indice de dépendance de 1 point (étape 2).',
      )
    })

    it('says who the concentration is about and whether each number is a concern', async () => {
      const wrapper = await mountResults(twoAtGoogle, 'en')
      const concentration = card(wrapper, 'Vendor concentration')
      expect(concentration.get('.score-card__value').text()).toBe('100 out of 100')
      expect(concentration.text()).toContain(
        'Google holds 2 of your 2 counted functions (100% of their weight).',
      )
      expect(concentration.get('.score-card__concern').text()).toContain('Priority')
      // DI 75 is at or above 50: a priority too; 2 of 27 functions answered is far from complete.
      expect(card(wrapper, 'Dependency index').get('.score-card__concern').text()).toContain('Priority')
      // Fragility is asked from version 2 on: no card for this version 1 assessment.
      expect(wrapper.findAll('section.score-card').map((c) => c.get('h3').text())).not.toContain('Fragility')
    })

    it('lists the first action and the full plan with named hosts and dated prices', async () => {
      const wrapper = await mountResults(twoAtGoogle)
      // Only email can be replaced: files is a deliberate choice.
      const first = wrapper.findAll('.summary__actions li')
      expect(first).toHaveLength(1)
      expect(squash(first[0]!.text())).toMatch(
        /remplacer Gmail \/ Google Workspace par .+ \(dépendance de cette fonction : de 80 à 0 sur 100\)/,
      )
      const plan = squash(wrapper.get('#plan').text())
      expect(plan).toContain('ARN — Alsace Réseau Neutre (sans-nuage.fr)')
      expect(plan).toContain('50 € par an (prix au 30 novembre 2026)')
      // D 80 → 0 for email; DI 75.15 − 80 / 2 = 35.15, shown as whole points.
      expect(plan).toContain('passerait de 80 à 0 sur 100, et votre indice de 75 à 35.')
    })

    it('shows the deliberate choice with its reason and how to make it safer', async () => {
      const wrapper = await mountResults(twoAtGoogle)
      const choice = wrapper.get('.choices__item')
      expect(choice.text()).toContain('Nos bénévoles y sont habitués.')
      // Personal data in a tool that is kept: move it out.
      expect(choice.text()).toContain('Sortez de cet outil les données personnelles')
    })

    it('lets each action be marked; a mitigation marked on the choice reads done in the plan too', async () => {
      const wrapper = await mountResults(twoAtGoogle)
      const question = /^Où en est cette action\s\?/
      const labelOf = (id: string | undefined) => wrapper.get(`label[for="${id}"]`).text()
      // The email proposal has its own control, named after it.
      const planSelects = wrapper.get('#plan').findAll('select')
      expect(labelOf(planSelects[0]!.attributes('id'))).toMatch(question)
      expect(labelOf(planSelects[0]!.attributes('id'))).toContain('Messagerie')

      const choiceSelect = wrapper.get('.choices__item').find('select')
      await choiceSelect.setValue('done')
      // Same action (mitigate:movePersonalData:files) in both places: both say it is done, in words.
      expect(wrapper.get('.choices__item').text()).toContain('Action faite')
      const planMitigations = wrapper.get('#plan').findAll('.plan__mitigation')
      const moved = planMitigations.find((li) =>
        li.text().includes('Sortez de cet outil les données personnelles'),
      )
      expect(moved?.text()).toContain('Action faite')
      expect(useDraftStore().assessment?.actions?.['mitigate:movePersonalData:files']?.status).toBe('done')
    })

    it('says in words who holds the functions, beside the chart', async () => {
      const wrapper = await mountResults(twoAtGoogle)
      const charts = wrapper.findAll('.chart-stub').map((c) => squash(c.text()))
      expect(charts.some((text) => text.includes('Google tient 100 % de vos fonctions'))).toBe(true)
      expect(charts.some((text) => text.includes('dont 2 vitales'))).toBe(true)
    })

    it('names the functions not counted yet', async () => {
      const wrapper = await mountResults(twoAtGoogle, 'en')
      expect(wrapper.get('.unknown').text()).toContain('Video meetings')
    })
  })

  it('version 2: shows fragility and, when it holds the level, names the keys as the next step', async () => {
    // Email on an ethical host, every risk 0: X = 0, D = 0, DI = 0, C = 100. One person holds the
    // keys of this vital function: F = 100 × 3 × 1 / 3 = 100 > 25, so the level stops at 3.
    const wrapper = await mountResults(
      {
        'fn.email': {
          kind: 'function',
          use: 'used',
          tools: [{ kind: 'catalogue', toolId: 'ethical-host-mail' }],
          criticality: 'vital',
          data: 'personal',
          exit: 'exitTested',
          stance: 'deliberate',
          keys: 'onePerson',
        },
      },
      'fr',
      questionnaireV2.version,
    )
    const fragility = card(wrapper, 'Fragilité')
    expect(fragility.get('.score-card__value').text()).toBe('100 sur 100')
    expect(fragility.get('.score-card__concern').text()).toContain('Priorité')
    expect(wrapper.get('.path__level').text()).toContain('Étape 3 sur 5')
    expect(wrapper.get('.path__next').text()).toContain(
      'donnez à une deuxième personne les clés de vos outils vitaux',
    )
  })
})
