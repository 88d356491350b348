import { describe, expect, it } from 'vitest'
import MapSection from '@/components/map/MapSection.vue'
import type { Answers, FunctionAnswer } from '@/domain/assessment/types'
import { catalogueV2, routesV2 } from '@/domain/catalogue/v2'
import { questionnaireV2 } from '@/domain/questionnaire/bank-v2'
import type { Content } from '@/domain/registry'
import { score } from '@/domain/scoring'
import { mountWithApp } from '../support/mount'

const content: Content = { questionnaire: questionnaireV2, catalogue: catalogueV2, routes: routesV2 }

function used(toolIds: string[], extra: Partial<FunctionAnswer> = {}): FunctionAnswer {
  return {
    kind: 'function',
    use: 'used',
    tools: toolIds.map((toolId) => ({ kind: 'catalogue', toolId })),
    criticality: 'vital',
    stance: 'default',
    ...extra,
  }
}

// Google holds email and files (both vital: a single point of failure); one person holds the
// email's keys; the members' file is self-hosted Paheko, a deliberate choice; accounting runs on
// a tool the respondent described.
const answers: Answers = {
  'fn.email': used(['gmail'], { keys: 'onePerson' }),
  'fn.files': used(['google-drive']),
  'fn.crm': used(['paheko-members'], { stance: 'deliberate', reason: 'Nos données restent chez nous' }),
  'fn.accounting': {
    ...used([], { criticality: 'important' }),
    tools: [
      {
        kind: 'other',
        id: 'other-1',
        name: 'Compta du cabinet',
        vendor: 'Cabinet Martin',
        jurisdiction: 'eu-or-adequate',
        licence: 'proprietary',
        businessModel: 'subscription',
        export: 'partial',
        hosting: 'vendor-cloud',
      },
    ],
  },
}
const result = score(questionnaireV2, catalogueV2, answers)

function mountMap(locale: 'fr' | 'en' = 'fr') {
  return mountWithApp(MapSection, { props: { result }, locale, content, attachTo: document.body })
}

const node = (wrapper: ReturnType<typeof mountWithApp>, name: string) => {
  const found = wrapper
    .findAll('g[role="button"]')
    .find((g) => g.attributes('aria-label')?.startsWith(`${name}.`))
  if (!found) throw new Error(`no map node named ${name}`)
  return found
}

describe('MapSection', () => {
  it('draws one focusable node per function, tool and vendor, in reading order', () => {
    const wrapper = mountMap()
    const labels = wrapper.findAll('g[role="button"]').map((g) => g.attributes('aria-label')?.split('.')[0])
    expect(labels).toEqual([
      'Messagerie électronique (courriel)',
      'Stockage et partage de fichiers',
      'Fichier adhérents, donateurs et relations (CRM)',
      'Comptabilité',
      'Gmail (compte gratuit)',
      'Google Drive',
      'Paheko (ex-Garradin)',
      'Compta du cabinet',
      'Google',
      'Votre structure elle-même',
      'Cabinet Martin',
    ])
    expect(wrapper.findAll('g[role="button"]').every((g) => g.attributes('tabindex') === '0')).toBe(true)
    wrapper.unmount()
  })

  it('tells vendor kinds apart in words and marks single points of failure and deliberate choices', () => {
    const wrapper = mountMap()
    expect(node(wrapper, 'Google').attributes('aria-label')).toContain(
      'Plateforme dominante, lois extraterritoriales',
    )
    expect(node(wrapper, 'Google').text()).toContain('⚠ Point de fragilité')
    expect(node(wrapper, 'Cabinet Martin').text()).toContain('Décrit par vous')
    expect(node(wrapper, 'Cabinet Martin').text()).not.toContain('⚠')
    const crm = node(wrapper, 'Fichier adhérents, donateurs et relations (CRM)')
    expect(crm.text()).toContain('choix')
    expect(crm.attributes('aria-label')).toContain('Choix assumé\u00a0: Nos données restent chez nous')
    expect(node(wrapper, 'Messagerie électronique (courriel)').attributes('aria-label')).toContain(
      'Une seule personne en a les clés',
    )
    // Deliberate links are dashed, default ones are not.
    const dashed = wrapper.findAll('path[stroke-dasharray]')
    expect(dashed).toHaveLength(2)
    wrapper.unmount()
  })

  it('choosing a vendor by keyboard announces what is lost and highlights it', async () => {
    const wrapper = mountMap()
    const google = node(wrapper, 'Google')
    await google.trigger('keydown', { key: 'Enter' })
    expect(wrapper.get('[aria-live="polite"]').text()).toBe(
      'Si ce compte ferme, vous perdez\u00a0: Messagerie électronique (courriel) et Stockage et partage de fichiers.',
    )
    expect(google.attributes('aria-pressed')).toBe('true')
    // Text of nodes outside the chain loses its weight; the chosen chain keeps it.
    const weight = (name: string) => node(wrapper, name).get('text').attributes('font-weight')
    expect(weight('Gmail (compte gratuit)')).toBe('700')
    expect(weight('Comptabilité')).toBe('400')
    await google.trigger('keydown', { key: ' ' })
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('')
    wrapper.unmount()
  })

  it('shows a node’s facts on focus, and says what the organisation itself runs', async () => {
    const wrapper = mountMap('en')
    await node(wrapper, 'Your organisation itself').trigger('focus')
    expect(wrapper.get('.map__facts').text()).toContain('Your organisation itself')
    expect(wrapper.get('.map__facts').text()).toContain('Self-hosted or local')
    await node(wrapper, 'Your organisation itself').trigger('click')
    expect(wrapper.get('[aria-live="polite"]').text()).toBe(
      'If your own installation goes down, you lose: CRM & members / donors database.',
    )
    wrapper.unmount()
  })

  it('offers the same map as a table and as a list of vendors', async () => {
    const wrapper = mountMap('en')
    const rows = wrapper.findAll('.map__table tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(rows[0]?.[1]).toBe('Gmail (free account)')
    expect(rows[0]?.[2]).toMatch(/^Google\s*Dominant platform, extraterritorial laws$/)
    expect(rows).toHaveLength(4)
    const list = wrapper.get('.map__narrow')
    // Each of the four functions in use carries its icon where the list names it.
    const icons = list.findAll('[data-function-icon]').map((icon) => icon.attributes('data-function-icon'))
    expect(icons.sort()).toEqual(['accounting', 'crm', 'email', 'files'])
    const googleButton = list.findAll('button').find((b) => b.text().startsWith('Google'))
    await googleButton?.trigger('click')
    expect(wrapper.get('[aria-live="polite"]').text()).toBe(
      'If this account closes, you lose: Email and File storage & sharing.',
    )
    wrapper.unmount()
  })

  it('warns that the login vendor takes every tool signed in through it', async () => {
    // Google accounts as the login: a single point of failure of kind login, not of vital functions.
    const login = score(questionnaireV2, catalogueV2, {
      'fn.identity': used(['google-accounts'], { criticality: 'important' }),
    })
    const wrapper = mountWithApp(MapSection, { props: { result: login }, content })
    const google = node(wrapper, 'Google')
    expect(google.attributes('aria-label')).toContain('Vos connexions passent par lui')
    expect(google.text()).toContain('⚠ Point de fragilité')
    await google.trigger('click')
    expect(wrapper.get('[aria-live="polite"]').text()).toBe(
      'Si ce compte ferme, vous perdez\u00a0: Identité, comptes et connexion unique (SSO). Et tous les outils où vous vous connectez avec ce compte.',
    )
    wrapper.unmount()
  })

  it('says the map will come when no function has a known tool', () => {
    const wrapper = mountWithApp(MapSection, {
      props: { result: score(questionnaireV2, catalogueV2, {}) },
      content,
    })
    expect(wrapper.text()).toContain('La carte apparaîtra dès qu’une fonction utilisée aura un outil connu.')
    expect(wrapper.find('svg').exists()).toBe(false)
  })
})
