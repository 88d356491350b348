import { describe, expect, it } from 'vitest'
import { VALUE_IDS } from '../../src/domain/questionnaire/types'

describe('value dimensions', () => {
  it('lists each value once', () => {
    expect(new Set(VALUE_IDS).size).toBe(VALUE_IDS.length)
  })
})
