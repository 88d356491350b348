/**
 * The compare page's parts, through what the reader sees: the worded changes, the replaced tools,
 * weak spots, marked actions, version differences, the trend's table, the chooser; and the view
 * reading two stored assessments (fake IndexedDB), or saying which one is missing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import CompareActions from '@/components/compare/CompareActions.vue'
import CompareChooser from '@/components/compare/CompareChooser.vue'
import CompareFindings from '@/components/compare/CompareFindings.vue'
import CompareNumbers from '@/components/compare/CompareNumbers.vue'
import CompareTools from '@/components/compare/CompareTools.vue'
import CompareTrend from '@/components/compare/CompareTrend.vue'
import CompareVersions from '@/components/compare/CompareVersions.vue'
import CompareView from '@/views/CompareView.vue'
import { compareAssessments } from '@/domain/history/compare'
import { migrateToV2 } from '@/domain/history/migrate'
import { trendOf } from '@/domain/history/trend'
import { putAssessment } from '@/persistence/assessments'
import { toRecord } from '@/persistence/records'
import { compareRecords, EARLIER_ID, LATER_ID } from '../e2e/compare-records'
import { contentV1, contentV2, example, scored } from '../unit/history/compare-support'
import { resetDatabase } from '../support/database'
import { mountWithApp } from '../support/mount'

const nbsp = '\u00a0'
const [earlierRecord, laterRecord] = compareRecords() as [
  ReturnType<typeof compareRecords>[0],
  ReturnType<typeof compareRecords>[0],
]
const earlier = scored(earlierRecord.assessment, contentV2)
const later = scored(laterRecord.assessment, contentV2)
const comparison = compareAssessments(earlier, later)

const ChartCanvas = {
  props: ['title', 'finding'],
  template: '<figure><h3>{{ title }}</h3><p>{{ finding }}</p><slot /></figure>',
}

/** The text of each cell of the table row headed `name`. */
function row(wrapper: ReturnType<typeof mountWithApp>, name: string): string[] {
  const tr = wrapper.findAll('tr').find((r) => r.find('th').text().startsWith(name))
  if (!tr) throw new Error(`no row ${name}`)
  return tr.findAll('td').map((td) => td.text())
}

describe('CompareNumbers', () => {
  it('words each change and says which way is better (French)', () => {
    const wrapper = mountWithApp(CompareNumbers, { props: { comparison } })
    // Dependency index (76 + 76) / 2 → (0 + 76) / 2; governance 0 → 50 (strategy none, then partial).
    expect(row(wrapper, 'Indice de dépendance')).toEqual([
      '76',
      '38',
      `En baisse de 38 points${nbsp}: un progrès`,
    ])
    expect(row(wrapper, 'Maturité de la gouvernance')).toEqual([
      '0',
      '50',
      `En hausse de 50 points${nbsp}: un progrès`,
    ])
    expect(wrapper.text()).toContain('Plus bas, c’est mieux')
    expect(row(wrapper, 'Étape sur le chemin')).toEqual([
      '1 sur 5',
      '3 sur 5',
      `Monte de 2 étapes${nbsp}: un progrès`,
    ])
    expect(wrapper.find('caption').exists()).toBe(true)
  })

  it('words a step back and a missing number in English', () => {
    const back = compareAssessments(later, earlier)
    const wrapper = mountWithApp(CompareNumbers, { props: { comparison: back }, locale: 'en' })
    expect(row(wrapper, 'Dependency index')).toEqual(['38', '76', 'Up 38 points: a step back'])
    expect(row(wrapper, 'Fragility')).toEqual(['0', '50', 'Up 50 points: a step back'])
  })
})

describe('CompareTools, CompareFindings, CompareActions', () => {
  it('names the tools replaced function by function', () => {
    const wrapper = mountWithApp(CompareTools, { props: { comparison }, locale: 'en' })
    expect(row(wrapper, 'File storage & sharing')).toEqual(['Google Drive → Framaspace', '76 → 0'])
  })

  it('lists the weak spots removed', () => {
    const wrapper = mountWithApp(CompareFindings, { props: { comparison }, locale: 'en' })
    const items = wrapper.findAll('li').map((li) => li.text())
    expect(items).toContain('Google holds several vital functions: Email and File storage & sharing')
    expect(items).toContain('File storage & sharing: only one person holds the keys')
  })

  it('follows each marked action with what the new answers show', () => {
    const wrapper = mountWithApp(CompareActions, { props: { comparison }, locale: 'en' })
    expect(row(wrapper, 'File storage & sharing: move from Google Drive')).toEqual([
      'Done',
      'Done differently: Google Drive is no longer in use, replaced by another tool than the one proposed.',
    ])
    expect(row(wrapper, 'Email: move from Gmail')[1]).toBe(
      'Not visible yet: Gmail (free account) is still in use.',
    )
  })
})

describe('CompareVersions', () => {
  it('says on what basis two versions are compared and lists what only version 2 asks', () => {
    const original = example('small-association-dominant.json')
    const c = compareAssessments(
      scored(original, contentV1),
      scored(migrateToV2(original, contentV1, contentV2).assessment, contentV2),
    )
    if (!c.versions) throw new Error('expected version differences')
    const wrapper = mountWithApp(CompareVersions, {
      props: { comparison: c, versions: c.versions },
      locale: 'en',
    })
    expect(wrapper.text()).toContain('version 1, then 2')
    const items = wrapper.findAll('li').map((li) => li.text())
    expect(items).toContain('The function “Payroll & HR”')
    expect(items.some((i) => i.endsWith('(for every function in use)'))).toBe(true)
  })
})

describe('CompareTrend', () => {
  it('gives the chart a table of every assessment, earliest first', () => {
    const [trend] = trendOf([
      { id: 'b', name: 'Asso', date: laterRecord.createdAt, result: later.result },
      { id: 'a', name: 'Asso', date: earlierRecord.createdAt, result: earlier.result },
    ])
    const wrapper = mountWithApp(CompareTrend, {
      props: { trend: trend! },
      locale: 'en',
      global: { stubs: { ChartCanvas } },
    })
    expect(wrapper.find('h3').text()).toBe('The key numbers of Asso over time')
    expect(wrapper.find('figure p').text()).toBe(
      'Dependency index: 76 in 20 November 2025, 38 in 20 November 2026, over 2 assessments.',
    )
    expect(row(wrapper, '20 November 2025').slice(0, 2)).toEqual(['1', '76'])
    expect(row(wrapper, '20 November 2026').slice(0, 2)).toEqual(['3', '38'])
  })
})

describe('CompareChooser', () => {
  it('emits the two chosen ids, and refuses the same one twice', async () => {
    const wrapper = mountWithApp(CompareChooser, {
      props: { records: compareRecords(), from: EARLIER_ID, to: LATER_ID },
      locale: 'en',
    })
    expect(wrapper.findAll('option').map((o) => o.text())).toContain(
      'Les Amis du Quartier, started on 20 November 2025',
    )
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('compare')).toEqual([[EARLIER_ID, LATER_ID]])
    await wrapper.findAll('select')[0]!.setValue(LATER_ID)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('[role="alert"]').text()).toBe('Choose two different assessments.')
    expect(wrapper.emitted('compare')).toHaveLength(1)
  })
})

describe('CompareView', () => {
  beforeEach(async () => {
    await resetDatabase()
    for (const record of compareRecords()) await putAssessment(record)
  })
  afterEach(() => resetDatabase())

  async function mountAt(path: string) {
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push(path)
    const wrapper = mountWithApp(CompareView, {
      locale: 'en',
      global: { plugins: [router], stubs: { ChartCanvas } },
    })
    await vi.waitFor(() => expect(wrapper.find('[role="status"]').exists()).toBe(false))
    return wrapper
  }

  it('compares two stored assessments, the earlier first whichever order the link gives', async () => {
    const wrapper = await mountAt(`/comparer?from=${LATER_ID}&to=${EARLIER_ID}`)
    expect(wrapper.text()).toContain('shown in the order they were started')
    expect(row(wrapper, 'Dependency index')).toEqual(['76', '38', 'Down 38 points: an improvement'])
    expect(wrapper.find('figure h3').text()).toBe('The key numbers of Les Amis du Quartier over time')
  })

  it('says which assessment is missing, and offers the chooser', async () => {
    const wrapper = await mountAt(`/comparer?from=gone&to=${LATER_ID}`)
    expect(wrapper.find('[role="alert"]').text()).toContain(
      'The earlier assessment is not saved on this device',
    )
    expect(wrapper.findAll('select')).toHaveLength(2)
  })

  it('without ids, preselects the newest and the previous one of the same organisation', async () => {
    await putAssessment(
      toRecord(
        { ...earlierRecord.assessment, id: 'other-org', createdAt: '2026-06-01T00:00:00.000Z', answers: {} },
        'finished',
        new Date('2026-06-01T00:00:00.000Z'),
      ),
    )
    const wrapper = await mountAt('/comparer')
    const [from, to] = wrapper.findAll('select').map((s) => (s.element as HTMLSelectElement).value)
    expect([from, to]).toEqual([EARLIER_ID, LATER_ID])
  })
})
