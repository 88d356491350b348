import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import MethodView from '@/views/MethodView.vue'
import { routes } from '@/router'
import { allTools } from '@/domain/catalogue'
import { catalogueV2 as catalogue } from '@/domain/catalogue/v2'
import { WEIGHTS } from '@/domain/scoring'
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
})
