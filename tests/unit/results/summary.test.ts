import { describe, expect, it } from 'vitest'
import { concernOf, dependencyConcern, leadingVendor, nextStep } from '@/domain/results/summary'
import type { FunctionScore } from '@/domain/scoring/types'
import { resultWith } from '../../support/result'

describe('nextStep', () => {
  it('without governance: C = 100 − DI, so step 2 (C ≥ 25) needs DI ≤ 75; DI 80 → 5 points', () => {
    expect(nextStep(resultWith({ dependencyIndex: 80, level: 1 }))).toEqual({
      kind: 'lowerIndex',
      points: 5,
      next: 2,
      andKeys: false,
      andCommons: false,
    })
  })

  it('with governance 58.33: step 4 (C ≥ 65) needs DI ≤ 100 − (65 − 0.3 × 58.33) / 0.7 = 32.14; DI 38.51 → 6.37, so 7 whole points', () => {
    expect(nextStep(resultWith({ dependencyIndex: 38.511875, governance: 175 / 3, level: 3 }))).toMatchObject(
      {
        kind: 'lowerIndex',
        points: 7,
        next: 4,
      },
    )
  })

  it('rounds 0.15 points up to 1, never down to 0', () => {
    expect(nextStep(resultWith({ dependencyIndex: 75.15, level: 1 }))).toMatchObject({ points: 1 })
  })

  it('adds the keys when the next level is 4 and fragility is above 25, and the commons when it is 5', () => {
    expect(nextStep(resultWith({ dependencyIndex: 50, level: 3, fragility: 40 }))).toMatchObject({
      andKeys: true,
      andCommons: false,
    })
    // Level 4 at DI 30 without governance (C = 70): level 5 needs C ≥ 80, DI ≤ 20: 10 points, and the commons.
    expect(nextStep(resultWith({ dependencyIndex: 30, level: 4, contributesToCommons: false }))).toEqual({
      kind: 'lowerIndex',
      points: 10,
      next: 5,
      andKeys: false,
      andCommons: true,
    })
  })

  it('asks for governance when tools alone cannot reach the next level: DI 5, governance 0 → 45 points', () => {
    // C = 0.7 × 95 + 0 = 66.5, level 4; C ≥ 80 would need DI < 0. With DI kept: g = (80 − 66.5) / 0.3 = 45.
    expect(
      nextStep(resultWith({ dependencyIndex: 5, governance: 0, level: 4, contributesToCommons: true })),
    ).toEqual({
      kind: 'raiseGovernance',
      points: 45,
      next: 5,
    })
  })

  it('tells a level held by fragility or by the commons by that reason, and the top level as such', () => {
    expect(
      nextStep(resultWith({ dependencyIndex: 10, level: 3, levelCap: { reason: 'fragility' } })),
    ).toEqual({
      kind: 'fragility',
    })
    expect(nextStep(resultWith({ dependencyIndex: 10, level: 4, levelCap: { reason: 'commons' } }))).toEqual({
      kind: 'commons',
    })
    expect(nextStep(resultWith({ dependencyIndex: 5, level: 5 }))).toEqual({ kind: 'top' })
  })

  it('is null without a level', () => {
    expect(nextStep(resultWith({}))).toBeNull()
  })
})

describe('concernOf', () => {
  it('reads lower as better for the index, concentration and fragility', () => {
    expect(concernOf('dependencyIndex', 24.9)).toBe('low')
    expect(concernOf('dependencyIndex', 25)).toBe('moderate')
    expect(concernOf('dependencyIndex', 50)).toBe('high')
    expect(concernOf('concentration', 14)).toBe('low')
    expect(concernOf('concentration', 15)).toBe('moderate')
    expect(concernOf('concentration', 25)).toBe('high')
    expect(concernOf('fragility', 25)).toBe('moderate')
  })

  it('reads higher as better for governance and completeness', () => {
    expect(concernOf('governance', 70)).toBe('low')
    expect(concernOf('governance', 69)).toBe('moderate')
    expect(concernOf('governance', 39)).toBe('high')
    expect(concernOf('completeness', 80)).toBe('low')
    expect(concernOf('completeness', 49)).toBe('high')
  })

  it('uses the index lines for one function', () => {
    expect(dependencyConcern(80)).toBe('high')
    expect(dependencyConcern(10)).toBe('low')
  })
})

describe('leadingVendor', () => {
  const scored = (
    functionId: FunctionScore['functionId'],
    criticality: FunctionScore['criticality'],
  ): FunctionScore => ({
    functionId,
    status: 'scored',
    tools: [],
    exposure: 0.5,
    dependency: 50,
    criticality,
  })

  it('counts the vendor functions among the scored ones, and its vital ones', () => {
    const lead = leadingVendor(
      resultWith({
        functions: [
          scored('email', 'vital'),
          scored('files', 'important'),
          scored('video', 'vital'),
          { functionId: 'maps', status: 'unknown', tools: [], exposure: null, dependency: null },
        ],
        vendorShares: [{ vendorId: 'google', share: 0.625, functionIds: ['email', 'files'] }],
      }),
    )
    expect(lead).toMatchObject({ vendorId: 'google', scoredCount: 3, vitalCount: 1 })
  })

  it('is null without an outside vendor', () => {
    expect(leadingVendor(resultWith({}))).toBeNull()
  })
})
