import { describe, expect, it } from 'vitest'
import {
  compareStrings,
  concentrationIndex,
  criticalityWeight,
  singlePointsOfFailure,
  vendorShares,
} from '../../../src/domain/scoring/concentration'
import { other, unused, used } from './fixtures'
import { scored } from './helpers'

describe('criticalityWeight', () => {
  it('minor 1, important 2, vital 3, unknown 2', () => {
    expect([criticalityWeight('minor'), criticalityWeight('important'), criticalityWeight('vital')]).toEqual([
      1, 2, 3,
    ])
    expect(criticalityWeight(undefined)).toBe(2)
  })
})

describe('vendorShares and concentrationIndex', () => {
  const functions = [
    scored('email', used(['gsuite'], { criticality: 'vital' })), // w 3 → google 3
    scored('files', used(['framadrive', 'cloudbox'], { criticality: 'important' })), // w 2 → framasoft 1, no vendor 1
    scored('team_chat', used(['eurochat', 'whisper'], { criticality: 'minor' })), // w 1 → eurochat 0.5, whisperco 0.5
    scored('browser_search', used(['searchco'])), // unknown criticality: w 2 → searchco 2
    scored('identity', used(['megaLogin'], { criticality: 'vital' })), // w 3 → mega 3
    scored('office', unused), // not in use: nothing
  ]
  // total = 3 + 2 + 1 + 2 + 3 = 11

  it('splits each function weight among its tools; self-hosted parts stay in the total', () => {
    const shares = vendorShares(functions)
    // ties: google = mega = 3/11 (google first), eurochat = whisperco = 0.5/11 (eurochat first)
    expect(shares.map((s) => s.vendorId)).toEqual([
      'google',
      'mega',
      'searchco',
      'framasoft',
      'eurochat',
      'whisperco',
    ])
    const expected = [3, 3, 2, 1, 0.5, 0.5].map((w) => w / 11)
    shares.forEach((s, i) => expect(s.share).toBeCloseTo(expected[i] ?? NaN, 12))
    expect(shares[0]?.functionIds).toEqual(['email'])
    expect(shares.find((s) => s.vendorId === 'framasoft')?.functionIds).toEqual(['files'])
  })

  it('index = 100 × Σ share²', () => {
    // 100 × (3² + 3² + 2² + 1² + 0.5² + 0.5²) / 11² = 100 × 23.5 / 121 = 19.4214876…
    expect(concentrationIndex(functions, vendorShares(functions))).toBeCloseTo(2350 / 121, 10)
  })

  it('two tools of one vendor in one function give that vendor both parts', () => {
    const fs = [scored('email', used(['megaMail', 'megaLogin'], { criticality: 'important' }))]
    // mega: 1 + 1 = 2 of 2 → share 1, index 100
    expect(vendorShares(fs)).toEqual([{ vendorId: 'mega', share: 1, functionIds: ['email'] }])
    expect(concentrationIndex(fs, vendorShares(fs))).toBe(100)
  })

  it('is 0 when every tool is self-run, null when nothing is scored', () => {
    const self = [scored('files', used(['cloudbox'])), scored('office', used(['libreoffice']))]
    expect(vendorShares(self)).toEqual([])
    expect(concentrationIndex(self, [])).toBe(0)
    const none = [scored('files', unused), scored('email', used([], { toolUnknown: true }))]
    expect(concentrationIndex(none, vendorShares(none))).toBeNull()
  })

  it('described tools count under their own vendor', () => {
    const fs = [
      scored('email', used([other({ vendor: 'Acme' })])),
      scored('files', used([other({ name: 'B', vendor: ' acme ' })])),
    ]
    expect(vendorShares(fs)).toEqual([{ vendorId: 'other:acme', share: 1, functionIds: ['email', 'files'] }])
  })
})

describe('singlePointsOfFailure', () => {
  it('finds a vendor holding two vital functions and an outside login', () => {
    const fs = [
      scored('email', used(['megaMail'], { criticality: 'vital' })),
      scored('files', used(['gsuite'], { criticality: 'vital' })),
      scored('identity', used(['megaLogin', 'keycloak'], { criticality: 'vital' })),
      scored('team_chat', used(['gsuite'], { criticality: 'important' })),
    ]
    // mega: email + identity vital → point; google: files vital only (chat important) → none
    // login: mega-login (keycloak has no vendor)
    expect(singlePointsOfFailure(fs)).toEqual([
      { kind: 'vitalFunctions', vendorId: 'mega', functionIds: ['email', 'identity'] },
      { kind: 'login', vendorId: 'mega', toolId: 'mega-login' },
    ])
  })

  it('finds nothing with self-hosted login and one vital function per vendor', () => {
    const fs = [
      scored('email', used(['megaMail'], { criticality: 'vital' })),
      scored('files', used(['gsuite'], { criticality: 'vital' })),
      scored('identity', used(['keycloak'], { criticality: 'vital' })),
    ]
    expect(singlePointsOfFailure(fs)).toEqual([])
  })

  it('ignores functions not scored, and sorts points by vendor id', () => {
    const fs = [
      scored('identity', unused),
      scored('email', used(['megaMail'], { criticality: 'vital' })),
      scored('files', used(['gsuite'], { criticality: 'vital' })),
      scored('team_chat', used(['gsuite'], { criticality: 'vital' })),
      scored('browser_search', used(['searchco'], { criticality: 'vital' })),
    ]
    expect(singlePointsOfFailure(fs)).toEqual([
      { kind: 'vitalFunctions', vendorId: 'google', functionIds: ['files', 'team_chat'] },
    ])
  })

  it('a described login tool with a vendor counts too', () => {
    const fs = [scored('identity', used([other({ name: 'SSO', vendor: 'Okay' })]))]
    expect(singlePointsOfFailure(fs)).toEqual([
      { kind: 'login', vendorId: 'other:okay', toolId: 'other:SSO' },
    ])
  })
})

describe('compareStrings', () => {
  it('orders by code point', () => {
    expect(['b', 'B', 'a'].sort(compareStrings)).toEqual(['B', 'a', 'b'])
  })
})
