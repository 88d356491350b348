import { describe, expect, it } from 'vitest'
import type { Plan, Proposal } from '@/domain/advice'
import { firstActions, formatAmount, formatDate, planGroups } from '@/domain/results/plan'

function proposal(functionId: Proposal['functionId'], quickWin: boolean, sixMonthPlan: boolean): Proposal {
  return {
    functionId,
    currentToolIds: [],
    alternativeId: 'alt',
    routes: [],
    dependency: 60,
    newDependency: 10,
    gain: 50,
    dependencyIndexIfDone: 40,
    improves: [],
    fit: 1,
    switching: 'low',
    running: null,
    effort: 1,
    priority: 50,
    cost: null,
    quickWin,
    sixMonthPlan,
  }
}

// In priority order: a six-month proposal ranks before a quick win that comes later.
const plan: Plan = {
  worthActingOn: [],
  proposals: [
    proposal('email', false, true),
    proposal('files', true, true),
    proposal('video', false, true),
    proposal('maps', false, false),
    proposal('crm', true, false),
  ],
  mitigations: [],
}

describe('planGroups', () => {
  it('puts quick wins first, then the rest of the six-month plan, then the others, each in plan order', () => {
    const groups = planGroups(plan)
    expect(groups.quickWins.map((p) => p.functionId)).toEqual(['files', 'crm'])
    expect(groups.sixMonths.map((p) => p.functionId)).toEqual(['email', 'video'])
    expect(groups.others.map((p) => p.functionId)).toEqual(['maps'])
  })
})

describe('firstActions', () => {
  it('takes the first three in the order the page lists them', () => {
    expect(firstActions(plan).map((p) => p.functionId)).toEqual(['files', 'crm', 'email'])
  })
})

describe('prices and dates', () => {
  const price = { kind: 'price', amount: 12.5, currency: 'EUR', per: 'month', asOf: '2026-11-30' } as const

  it('writes an amount as each language does, cents only when there are some', () => {
    expect(formatAmount(price, 'fr').replace(/\s/g, ' ')).toBe('12,50 €')
    expect(formatAmount(price, 'en')).toBe('€12.50')
    expect(formatAmount({ ...price, amount: 50 }, 'en')).toBe('€50')
  })

  it('writes a date in words, whatever the time zone', () => {
    expect(formatDate('2026-11-30', 'fr')).toBe('30 novembre 2026')
    expect(formatDate('2026-11-30', 'en')).toBe('30 November 2026')
    expect(formatDate('2026-10-21T23:40:00.000Z', 'fr')).toBe('21 octobre 2026')
  })
})
