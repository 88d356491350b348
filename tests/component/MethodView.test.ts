import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import MethodView from '@/views/MethodView.vue'
import { routes } from '@/router'
import { allTools } from '@/domain/catalogue'
import { catalogueV2 as catalogue, routesV2 } from '@/domain/catalogue/v2'
import { WEIGHTS } from '@/domain/scoring'
import { vendorKind, type VendorTraits } from '@/domain/scoring/vendors'
import type { VendorKind } from '@/domain/scoring/types'
import { ADVICE_WEIGHTS } from '@/domain/advice'
import { MITIGATION_IDS } from '@/domain/advice/types'
import { KEY_HOLDERS } from '@/domain/assessment/types'
import { messages } from '@/i18n/messages'
import { METHOD_SECTIONS } from '@/components/method/sections'
import type { AppLocale } from '@/i18n/locales'
import { mountWithApp } from '../support/mount'

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

async function mountMethod(locale: AppLocale = 'fr', path = '/methode') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const wrapper = mountWithApp(MethodView, { locale, global: { plugins: [router] }, attachTo: document.body })
  // The view loads the latest catalogue on demand before it shows the sections that read it.
  await vi.waitFor(() => expect(wrapper.find('#catalogue').exists()).toBe(true))
  await flushPromises()
  return wrapper
}

const fmt = (locale: AppLocale, n: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(n)

describe('MethodView', () => {
  it('has one h1 and every stable anchor id, each on a focusable heading', async () => {
    const wrapper = await mountMethod()
    expect(wrapper.findAll('h1')).toHaveLength(1)
    for (const id of METHOD_SECTIONS) {
      const heading = wrapper.find(`#${id}`)
      expect(heading.exists(), id).toBe(true)
      expect(heading.element.tagName).toBe('H2')
      expect(heading.attributes('tabindex')).toBe('-1')
    }
  })

  it.each(['fr', 'en'] as const)(
    'shows the exposure weights from WEIGHTS, formatted for %s',
    async (locale) => {
      const wrapper = await mountMethod(locale)
      for (const [risk, weight] of Object.entries(WEIGHTS.exposure)) {
        const row = wrapper.get(`#exposure ~ table [data-risk="${risk}"]`)
        expect(row.findAll('td')[0]?.text()).toBe(fmt(locale, weight))
      }
      const formula = wrapper.get('#exposure ~ .method-formula').text()
      expect(formula).toContain(`${fmt(locale, WEIGHTS.exposure.businessModel)} × b`)
      expect(formula).toContain(locale === 'fr' ? '0,25' : '0.25')
    },
  )

  it('shows the modifiers, the middle values and the end-to-end factor', async () => {
    const wrapper = await mountMethod('en')
    const text = wrapper.get('#dependency').element.parentElement?.textContent ?? ''
    expect(text).toContain(fmt('en', WEIGHTS.dataModifier.unknown))
    expect(text).toContain(fmt('en', WEIGHTS.exitModifier.exitTested))
    expect(wrapper.text()).toContain(`multiplied by ${fmt('en', WEIGHTS.e2eeFactor.always)}`)
  })

  it('lists the five levels with their names and thresholds', async () => {
    const wrapper = await mountMethod('fr')
    const rows = wrapper.findAll('[data-level]')
    expect(rows).toHaveLength(WEIGHTS.levelThresholds.length + 1)
    expect(rows[0]?.text()).toContain('Dépendance forte')
    expect(rows[4]?.text()).toContain('Autonomie et contribution aux communs')
    for (const threshold of WEIGHTS.levelThresholds) {
      expect(wrapper.get('.method-levels').text()).toContain(fmt('fr', threshold))
    }
    expect(wrapper.text()).toContain(`C = ${fmt('fr', WEIGHTS.path.dependency)} × (100 − DI)`)
  })

  it('states the catalogue version, as-of date and the checked and known counts', async () => {
    const wrapper = await mountMethod('fr')
    const tools = allTools(catalogue).map(({ tool }) => tool)
    const checked = tools.filter((t) => t.confidence === 'checked').length
    const known = tools.filter((t) => t.confidence === 'known').length
    const asOf = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${catalogue.asOf}T00:00:00Z`),
    )
    expect(wrapper.get('[data-catalogue-version]').text()).toContain(asOf)
    expect(wrapper.get('[data-catalogue-version]').text()).toContain(catalogue.version)
    expect(wrapper.get('[data-catalogue-counts]').text()).toContain(String(tools.length))
    expect(wrapper.get('[data-catalogue-checked]').text()).toContain(String(checked))
    expect(wrapper.get('[data-catalogue-known]').text()).toContain(String(known))
    expect(checked + known).toBe(tools.length)
  })

  it('folds each function of the catalogue, with every tool, its facts and its sources as plain links', async () => {
    const wrapper = await mountMethod('en')
    const details = wrapper.findAll('details.method-fn')
    expect(details).toHaveLength(catalogue.functions.length)
    // Tools are rendered when their function is opened, as a reader does.
    for (const d of details) {
      ;(d.element as HTMLDetailsElement).open = true
      await d.trigger('toggle')
    }
    expect(wrapper.findAll('[data-tool]')).toHaveLength(allTools(catalogue).length)
    const gmail = wrapper.get('[data-tool="gmail"]')
    expect(gmail.text()).toContain('Advertising or data resale')
    expect(gmail.findAll('dt')).toHaveLength(8)
    const link = gmail.get('a')
    expect(link.attributes('href')).toMatch(/^https?:\/\//)
    expect(link.attributes('rel')).toContain('noreferrer')
    // Nothing may fetch a source ahead of a click.
    expect(wrapper.find('link[rel="prefetch"], link[rel="preload"]').exists()).toBe(false)
  }, 30_000)

  it('focuses the section named in the query once mounted', async () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      cb(0)
      return 0
    })
    const wrapper = await mountMethod('fr', '/methode?section=concentration')
    expect(document.activeElement).toBe(wrapper.get('#concentration').element)
  })

  it('lists the follow-up questions of every function in use, from the question bank, in order', async () => {
    const wrapper = await mountMethod('en')
    const items = wrapper
      .get('[data-follow-ups]')
      .findAll('li')
      .map((li) => li.text())
    // The latest questionnaire (version 2) asks who holds the keys right after criticality.
    expect(items).toEqual([
      'How much does your work rely on it?',
      'Who can administer this tool (restore access, add someone, export everything)?',
      'What data does it hold?',
      'Could you leave it tomorrow?',
      'Is this tool a choice?',
    ])
  })

  it('keeps the anchors the results page links to, and gives the method v2 sections their own', () => {
    expect(METHOD_SECTIONS).toEqual(
      expect.arrayContaining([
        'exposure',
        'dependency',
        'dependency-index',
        'concentration',
        'single-points',
        'values',
        'governance',
        'path',
        'completeness',
        'catalogue',
        'fragility',
        'vendors',
        'plan',
      ]),
    )
  })

  it.each(['fr', 'en'] as const)(
    'explains who holds the keys: each answer of the bank with its risk p, and the cap, formatted for %s',
    async (locale) => {
      const wrapper = await mountMethod(locale)
      const section = wrapper.get('#fragility').element.parentElement
      if (!section) throw new Error('no fragility section')
      const rows = [...section.querySelectorAll('tbody tr')]
      expect(rows.map((r) => r.getAttribute('data-key'))).toEqual([...KEY_HOLDERS])
      for (const row of rows) {
        const key = row.getAttribute('data-key') as (typeof KEY_HOLDERS)[number]
        expect(row.querySelector('th')?.textContent?.trim()).toBe(
          messages[locale].q.followUp.keys.options[key],
        )
        expect(row.querySelector('td')?.textContent?.trim()).toBe(fmt(locale, WEIGHTS.keyHolderRisk[key]))
      }
      // 0.5 is where the two locales differ: 0,5 against 0.5.
      expect(section.textContent).toContain(fmt(locale, WEIGHTS.keyHolderRisk.provider))
      expect(wrapper.get('[data-fragility-formula]').text()).toBe('F = 100 × Σ w × p / Σ w')
      const cap = wrapper.get('[data-fragility-cap]').text()
      expect(cap).toContain(`F ≤ ${fmt(locale, WEIGHTS.fragilityCap.maxFragility)}`)
      expect(cap).toContain(fmt(locale, WEIGHTS.fragilityCap.level))
      // Vital on a personal account (3 × 1) and two important uses with a team (2 × 0, twice): 100 × 3 / 7.
      expect(section.textContent).toContain('F = 43')
    },
  )

  it('states the cap on the path and the person single points of failure', async () => {
    const wrapper = await mountMethod('fr')
    const cap = wrapper.get('[data-level-cap]').text()
    expect(cap).toContain('niveaux 4 et 5')
    expect(cap).toContain(`F de ${fmt('fr', WEIGHTS.fragilityCap.maxFragility)} ou moins`)
    expect(cap).toContain(`s’arrête à ${fmt('fr', WEIGHTS.fragilityCap.level)}`)
    expect(wrapper.get('[data-single-point-person]').text()).toContain('une seule personne a les clés')
  })

  it.each(['fr', 'en'] as const)(
    'explains the action plan with the numbers of ADVICE_WEIGHTS, formatted for %s',
    async (locale) => {
      const wrapper = await mountMethod(locale)
      expect(wrapper.get('[data-plan-worth]').text()).toContain(
        `D ≥ ${fmt(locale, ADVICE_WEIGHTS.worthActingOn)}`,
      )
      const formulas = wrapper.get('[data-plan-formulas]').text()
      expect(formulas).toContain(
        `(${fmt(locale, ADVICE_WEIGHTS.fitBase)} + ${fmt(locale, ADVICE_WEIGHTS.fitShare)} ×`,
      )
      expect(formulas).toContain(locale === 'fr' ? '(0,5 + 0,5 × adéquation)' : '(0.5 + 0.5 × fit)')
      const plan = wrapper.get('#plan').element.parentElement
      for (const [level, effort] of Object.entries(ADVICE_WEIGHTS.effort)) {
        expect(plan?.querySelector(`tr[data-key="${level}"] td`)?.textContent?.trim()).toBe(
          fmt(locale, effort),
        )
      }
      expect(wrapper.get('[data-plan-quick-win]').text()).toContain(
        fmt(locale, ADVICE_WEIGHTS.quickWin.minGain),
      )
      expect(wrapper.get('[data-plan-six-months]').text()).toContain(
        fmt(locale, ADVICE_WEIGHTS.sixMonthPlanSize),
      )
      expect(wrapper.findAll('[data-mitigation]').map((li) => li.attributes('data-mitigation'))).toEqual([
        ...MITIGATION_IDS,
      ])
      const asOf = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${routesV2.asOf}T00:00:00Z`),
      )
      const routes = wrapper.get('[data-plan-routes]').text()
      expect(routes).toContain(asOf)
      expect(routes).toContain(String(routesV2.hosts.length))
    },
  )

  it('lists the vendor kinds in the order the scoring tries them, and counts both DMA facts', async () => {
    const wrapper = await mountMethod('en')
    const shown = wrapper
      .findAll('[data-vendor-rules] li')
      .map((li) => li.attributes('data-kind') as VendorKind)
    expect(shown).toHaveLength(5)
    // Traits that make every rule from position i onward apply: the first shown must win.
    const traitsOf: Record<VendorKind, Partial<VendorTraits>> = {
      described: { described: true },
      dominant: { dmaGatekeeper: true },
      ethicalHost: { ethicalHostOnly: true },
      europeanOrSocial: { country: 'FR' },
      otherProprietary: {},
    }
    const none: VendorTraits = {
      described: false,
      dmaGatekeeper: false,
      makesDominantTool: false,
      ethicalHostOnly: false,
      country: null,
      makesEuropeanOrSocialAlternative: false,
    }
    shown.forEach((kind, i) => {
      const traits = Object.assign({}, none, ...shown.slice(i).map((k) => traitsOf[k])) as VendorTraits
      expect(vendorKind(traits)).toBe(kind)
    })
    const groups = catalogue.vendors.filter((v) => v.dmaGatekeeper).length
    const services = allTools(catalogue).filter(({ tool }) => tool.dmaCoreService === true).length
    expect(wrapper.get('[data-dma-groups]').text()).toContain(`(${groups} vendors`)
    expect(wrapper.get('[data-dma-services]').text()).toContain(`(${services} tools`)
  })

  it('marks the practices version 2 added and names the answer that does not apply', async () => {
    const wrapper = await mountMethod('fr')
    const governance = wrapper.get('#governance').element.parentElement
    const marked = [...(governance?.querySelectorAll('tbody th') ?? [])].filter((th) =>
      th.textContent?.includes('nouveau en version 2'),
    )
    expect(marked.map((th) => th.textContent)).toEqual([
      expect.stringContaining('nom de domaine'),
      expect.stringContaining('appareils ou des comptes personnels'),
      expect.stringContaining('prendre le relais'),
    ])
    expect(wrapper.get('[data-governance-v2]').text()).toContain('3 pratiques')
    expect(wrapper.get('[data-governance-not-applicable]').text()).toContain(
      messages.fr.q.gov.domainName.options.noDomain,
    )
  })

  it('counts the three sides of the catalogue and marks designated core platform services', async () => {
    const wrapper = await mountMethod('en')
    const tools = allTools(catalogue).map(({ tool }) => tool)
    const sides = wrapper.get('[data-catalogue-sides]').text()
    expect(sides).toContain(`${tools.filter((t) => t.side === 'other').length} other common tools`)
    expect(sides).toContain(`${tools.filter((t) => t.side === 'dominant').length} dominant platforms`)
    const designated = allTools(catalogue).find(({ tool }) => tool.dmaCoreService === true)
    const notDesignated = allTools(catalogue).find(({ tool }) => tool.dmaCoreService !== true)
    if (!designated || !notDesignated) throw new Error('the catalogue should have both')
    for (const { functionId } of [designated, notDesignated]) {
      const d = wrapper.get(`details[data-function="${functionId}"]`)
      ;(d.element as HTMLDetailsElement).open = true
      await d.trigger('toggle')
    }
    const label = 'Designated core platform service (DMA)'
    expect(wrapper.get(`[data-tool="${designated.tool.id}"]`).text()).toContain(label)
    expect(wrapper.get(`[data-tool="${notDesignated.tool.id}"]`).text()).not.toContain(label)
  })

  it('lists the changes of method version 2 with their numbers', async () => {
    const wrapper = await mountMethod('en')
    const items = wrapper.get('#changes').element.parentElement?.querySelectorAll('li') ?? []
    const texts = [...items].map((li) => li.textContent ?? '')
    expect(texts.filter((text) => text.startsWith('version 2:'))).toHaveLength(5)
    expect(texts).toContain(`version 2: levels 4 and 5 also need a low fragility when it is known;`)
    expect(texts.join(' ')).toContain(`(e = ${fmt('en', WEIGHTS.exitModifier.impossible)})`)
  })
})
