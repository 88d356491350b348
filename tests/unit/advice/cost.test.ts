import { describe, expect, it } from 'vitest'
import { cheapestCost } from '../../../src/domain/advice/plan'
import type { Route } from '../../../src/domain/catalogue/routes'

function hosted(hostId: string, cost: Extract<Route, { kind: 'hosted' }>['cost']): Route {
  return {
    kind: 'hosted',
    hostId,
    offer: { fr: 'Offre', en: 'Offer' },
    cost,
    url: 'https://example.org/',
    sourceIds: [],
    confidence: 'known',
    checkedOn: '2026-11-30',
  }
}

describe('the cost a proposal shows: its cheapest hosted route', () => {
  const fifty = { kind: 'price', amount: 50, currency: 'EUR', per: 'year', asOf: '2026-11-30' } as const
  const price = hosted('coop', fifty)
  const unread = hosted('other', { kind: 'seeOffer' })

  it('prefers a known price to a price nobody could read, whatever the order', () => {
    expect(cheapestCost([unread, price])).toEqual(fifty)
    expect(cheapestCost([price, unread])).toEqual(fifty)
  })

  it('says "see the offer" when that is all there is, and nothing without a hosted route', () => {
    expect(cheapestCost([unread])).toEqual({ kind: 'seeOffer' })
    expect(cheapestCost([{ kind: 'selfHosted', note: { fr: 'x', en: 'x' }, sourceIds: [] }])).toBeNull()
  })

  it('ranks free, then pay what you want, before any price', () => {
    const free = hosted('f', { kind: 'free' })
    const pwyw = hosted('p', { kind: 'payWhatYouWant' })
    expect(cheapestCost([price, pwyw, free])).toEqual({ kind: 'free' })
    expect(cheapestCost([price, pwyw])).toEqual({ kind: 'payWhatYouWant' })
  })
})
