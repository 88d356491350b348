import { describe, expect, it } from 'vitest'
import {
  chartHeight,
  dependencyChartConfig,
  trendChartConfig,
  valuesChartConfig,
  vendorChartConfig,
  wrapLabel,
  type DependencyRow,
} from '@/charts/configs'
import {
  CONCERN_COLOURS,
  OKABE_ITO,
  TREND_COLOURS,
  VALUE_COLOURS,
  VENDOR_KIND_COLOURS,
} from '@/charts/palette'

const VALUE_TEXTS = {
  importance: 'Importance',
  practice: 'Pratique',
  contradiction: 'écart marqué',
  axis: 'Sur 100',
}

describe('wrapLabel', () => {
  it('cuts a long name at spaces into lines of at most 18 characters', () => {
    expect(wrapLabel('Gouvernance démocratique et décentralisée')).toEqual([
      'Gouvernance',
      'démocratique et',
      'décentralisée',
    ])
  })

  it('keeps a short name on one line and a word longer than the limit whole', () => {
    expect(wrapLabel('Email')).toEqual(['Email'])
    expect(wrapLabel('Interopérabilités', 5)).toEqual(['Interopérabilités'])
  })
})

describe('valuesChartConfig', () => {
  const config = valuesChartConfig(
    [
      { label: 'Vie privée', importance: 100, practice: 0, contradiction: true },
      { label: 'Sobriété', importance: 50, practice: null, contradiction: false },
    ],
    VALUE_TEXTS,
  )

  it('pairs importance and practice per value, a missing number left empty', () => {
    expect(config.type).toBe('bar')
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Importance', 'Pratique'])
    expect(config.data.datasets[0]!.data).toEqual([100, 50])
    expect(config.data.datasets[1]!.data).toEqual([0, null])
  })

  it('marks a contradiction in words under its name, and in colour and outline on its practice bar', () => {
    expect(config.data.labels).toEqual([['Vie privée', 'écart marqué'], ['Sobriété']])
    expect(config.data.datasets[1]!.backgroundColor).toEqual([
      VALUE_COLOURS.contradiction,
      VALUE_COLOURS.practice,
    ])
    expect(config.data.datasets[1]!.borderWidth).toEqual([3, 1])
  })

  it('reads on a 0–100 axis, with its legend, and without animation', () => {
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 100 })
    expect(config.options?.plugins?.legend?.display).toBe(true)
    expect(config.options?.animation).toBe(false)
  })
})

describe('dependencyChartConfig', () => {
  const rows: DependencyRow[] = [
    { label: 'Fichiers', dependency: 20, concern: 'low', concernLabel: 'Point fort' },
    { label: 'Courriel', dependency: 80, concern: 'high', concernLabel: 'Priorité' },
    { label: 'Agenda', dependency: 40, concern: 'moderate', concernLabel: 'À surveiller' },
  ]
  const config = dependencyChartConfig(rows, 'Dépendance sur 100')

  it('sorts the functions, most dependent first', () => {
    expect(config.data.datasets[0]!.data).toEqual([80, 40, 20])
  })

  it('colours each bar by its concern and says the concern under the name', () => {
    expect(config.data.datasets[0]!.backgroundColor).toEqual([
      CONCERN_COLOURS.high,
      CONCERN_COLOURS.moderate,
      CONCERN_COLOURS.low,
    ])
    expect(config.data.labels).toEqual([
      ['Courriel', 'Priorité'],
      ['Agenda', 'À surveiller'],
      ['Fichiers', 'Point fort'],
    ])
  })
})

describe('vendorChartConfig', () => {
  it('keeps the order given, each vendor coloured and labelled by its kind', () => {
    const config = vendorChartConfig(
      [
        { label: 'Google', percent: 60, kind: 'dominant', kindLabel: 'plateforme dominante' },
        { label: 'Framasoft', percent: 40, kind: 'ethicalHost', kindLabel: 'hébergeur éthique' },
      ],
      'Part (%)',
    )
    expect(config.data.datasets[0]!.data).toEqual([60, 40])
    expect(config.data.datasets[0]!.backgroundColor).toEqual([
      VENDOR_KIND_COLOURS.dominant,
      VENDOR_KIND_COLOURS.ethicalHost,
    ])
    expect(config.data.labels).toEqual([
      ['Google', 'plateforme dominante'],
      ['Framasoft', 'hébergeur éthique'],
    ])
  })
})

describe('the palette', () => {
  it('uses only Okabe–Ito colours, and tells each vendor kind and each concern apart', () => {
    const okabeIto = new Set<string>(Object.values(OKABE_ITO))
    const kinds = Object.values(VENDOR_KIND_COLOURS)
    const concerns = Object.values(CONCERN_COLOURS)
    for (const colour of [...kinds, ...concerns, ...Object.values(VALUE_COLOURS)])
      expect(okabeIto).toContain(colour)
    expect(new Set(kinds).size).toBe(kinds.length)
    expect(new Set(concerns).size).toBe(concerns.length)
  })
})

describe('chartHeight', () => {
  it('gives each category the taller of its name lines (18 px) and its bars (26 px), plus 14 px, above the axes', () => {
    const config = valuesChartConfig(
      [
        // Three lines of name (54) against two bars (52): 54 + 14 = 68.
        {
          label: 'Gouvernance démocratique et décentralisée',
          importance: 100,
          practice: 50,
          contradiction: false,
        },
        // One line (18) against two bars (52): 52 + 14 = 66.
        { label: 'Sobriété', importance: 50, practice: 50, contradiction: false },
      ],
      VALUE_TEXTS,
    )
    expect(chartHeight(config)).toBe(64 + 68 + 66)
  })

  it('never goes below 160 px', () => {
    expect(chartHeight(dependencyChartConfig([], 'D'))).toBe(160)
  })
})

describe('trendChartConfig', () => {
  const config = trendChartConfig(
    ['Indice de dépendance', 'Fragilité'],
    [
      { label: '20 novembre 2025', values: [76, 50] },
      { label: '20 novembre 2026', values: [38, null] },
    ],
    'Sur 100',
  )

  it('draws one group per number and one bar per assessment, oldest first, with a legend of dates', () => {
    expect(config.data.labels).toEqual([['Indice de', 'dépendance'], ['Fragilité']])
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['20 novembre 2025', [76, 50]],
      ['20 novembre 2026', [38, null]],
    ])
    expect(config.options?.plugins?.legend?.display).toBe(true)
  })

  it('gives each assessment its own colour from the palette, outlined', () => {
    expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual([TREND_COLOURS[0], TREND_COLOURS[1]])
    expect(new Set(config.data.datasets.map((d) => d.backgroundColor)).size).toBe(2)
    for (const colour of TREND_COLOURS) expect(Object.values(OKABE_ITO)).toContain(colour)
  })
})
