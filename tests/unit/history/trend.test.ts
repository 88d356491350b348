/** trendOf: grouped by the organisation's folded name, oldest first, as each report showed it. */
import { describe, expect, it } from 'vitest'
import { previousAssessment, trendOf, trendOfAssessment, type TrendInput } from '@/domain/history/trend'
import { resultWith } from '../../support/result'

function input(id: string, name: string | null, date: string, dependencyIndex: number | null): TrendInput {
  return {
    id,
    name,
    date,
    result: resultWith({
      dependencyIndex,
      level: 2,
      completeness: { answered: 3, applicable: 4, ratio: 0.75 },
    }),
  }
}

describe('trendOf', () => {
  const trends = trendOf([
    input('c', 'Les Amis du Quartier', '2026-11-02T09:00:00.000Z', 40.4),
    input('a', 'les amis du quartier ', '2024-10-01T09:00:00.000Z', 70.6),
    input('x', 'Autre asso', '2025-05-01T09:00:00.000Z', 20),
    input('b', 'LES AMIS DU QUARTIER', '2025-10-15T09:00:00.000Z', 55.5),
    input('n1', null, '2026-01-01T09:00:00.000Z', 10),
    input('n2', '  ', '2026-02-01T09:00:00.000Z', 12),
  ])

  it('groups one organisation whatever its case and spaces, oldest first, in whole points', () => {
    const amis = trends.find((t) => t.organisation === 'les amis du quartier')
    expect(amis?.points.map((p) => [p.id, p.numbers.dependencyIndex, p.numbers.completeness])).toEqual([
      ['a', 71, 75],
      ['b', 56, 75],
      ['c', 40, 75],
    ])
    expect(amis?.name).toBe('Les Amis du Quartier')
  })

  it('leaves an unnamed assessment alone, and lists organisations by their latest assessment', () => {
    expect(trends.map((t) => t.organisation)).toEqual([
      'les amis du quartier',
      'id:n2',
      'id:n1',
      'autre asso',
    ])
    expect(trends.find((t) => t.organisation === 'id:n2')?.name).toBeNull()
  })

  it('finds the trend an assessment belongs to', () => {
    expect(trendOfAssessment(trends, 'b')?.points).toHaveLength(3)
    expect(trendOfAssessment(trends, 'zz')).toBeUndefined()
  })

  it('folds accents too: "Événement" and "evenement" are one organisation', () => {
    const t = trendOf([input('1', 'Événement', '2025-01-01', 1), input('2', 'evenement', '2026-01-01', 2)])
    expect(t).toHaveLength(1)
    expect(t[0]?.name).toBe('evenement')
  })
})

describe('previousAssessment', () => {
  const items = [
    { id: 'a24', name: 'Asso', date: '2024-10-01' },
    { id: 'x25', name: 'Autre', date: '2025-12-01' },
    { id: 'a25', name: 'ASSO', date: '2025-10-01' },
    { id: 'a26', name: 'Asso', date: '2026-10-01' },
  ]

  it('is the latest of the same organisation started before, even when another is more recent', () => {
    expect(previousAssessment(items, 'a26')?.id).toBe('a25')
  })

  it('falls back to the latest one started before, then to any other', () => {
    expect(previousAssessment(items, 'x25')?.id).toBe('a25')
    expect(previousAssessment(items, 'a24')?.id).toBe('a26')
    expect(previousAssessment([items[0]!], 'a24')).toBeUndefined()
  })
})
