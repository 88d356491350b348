import { describe, expect, it } from 'vitest'
import { pathLevel, pathScore } from '../../../src/domain/scoring/path'

describe('pathScore', () => {
  it('C = 0.7 × (100 − DI) + 0.3 × governance', () => {
    // 0.7 × 60 + 0.3 × 50 = 42 + 15 = 57
    expect(pathScore(40, 50)).toBeCloseTo(57, 10)
    // 0.7 × 100 + 0.3 × 100 = 100
    expect(pathScore(0, 100)).toBeCloseTo(100, 10)
    // 0.7 × 0 + 0.3 × 0 = 0
    expect(pathScore(100, 0)).toBe(0)
  })

  it('C = 100 − DI when governance is missing', () => {
    expect(pathScore(40, null)).toBe(60)
  })

  it('null when DI is missing', () => {
    expect(pathScore(null, 50)).toBeNull()
    expect(pathScore(null, null)).toBeNull()
  })
})

describe('pathLevel', () => {
  it('thresholds 25, 45, 65, 80', () => {
    expect(pathLevel(0, true)).toBe(1)
    expect(pathLevel(24.999, true)).toBe(1)
    expect(pathLevel(25, true)).toBe(2)
    expect(pathLevel(44.999, true)).toBe(2)
    expect(pathLevel(45, true)).toBe(3)
    expect(pathLevel(64.999, true)).toBe(3)
    expect(pathLevel(65, true)).toBe(4)
    expect(pathLevel(79.999, true)).toBe(4)
    expect(pathLevel(80, true)).toBe(5)
    expect(pathLevel(100, true)).toBe(5)
  })

  it('level 5 needs a contribution to the commons', () => {
    expect(pathLevel(80, false)).toBe(4)
    expect(pathLevel(100, false)).toBe(4)
    expect(pathLevel(10, false)).toBe(1)
  })

  it('null without a score', () => {
    expect(pathLevel(null, true)).toBeNull()
  })
})
