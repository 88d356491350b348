import { describe, expect, it } from 'vitest'
import type { Answers } from '@/domain/assessment/types'
import { allQuestions, isVisible } from '@/domain/questionnaire/visibility'
import { fixture, question } from './fixture'

describe('isVisible', () => {
  it('shows a question without condition whatever the answers', () => {
    expect(isVisible(question('org.notes'), {})).toBe(true)
    expect(isVisible(question('org.notes'), { 'org.kind': { kind: 'single', value: 'other' } })).toBe(true)
  })

  it('hides a conditional question while its controlling question is unanswered', () => {
    expect(isVisible(question('org.kindOther'), {})).toBe(false)
  })

  it('follows a single choice', () => {
    const q = question('org.kindOther')
    expect(isVisible(q, { 'org.kind': { kind: 'single', value: 'other' } })).toBe(true)
    expect(isVisible(q, { 'org.kind': { kind: 'single', value: 'association' } })).toBe(false)
  })

  it('follows a multiple choice when any chosen value matches', () => {
    const q = question('tools.b')
    expect(isVisible(q, { 'org.activities': { kind: 'multiple', values: ['a', 'b'] } })).toBe(true)
    expect(isVisible(q, { 'org.activities': { kind: 'multiple', values: ['a'] } })).toBe(false)
    expect(isVisible(q, { 'org.activities': { kind: 'multiple', values: [] } })).toBe(false)
  })

  it('follows a scale value compared as text', () => {
    const q = question('values.privacyWhy')
    expect(isVisible(q, { 'values.privacy': { kind: 'scale', value: 4 } })).toBe(true)
    expect(isVisible(q, { 'values.privacy': { kind: 'scale', value: 5 } })).toBe(true)
    expect(isVisible(q, { 'values.privacy': { kind: 'scale', value: 3 } })).toBe(false)
  })

  it('hides a conditional question when the controlling answer is "I don\'t know"', () => {
    const answers: Answers = { 'org.kind': { kind: 'dontKnow' } }
    expect(isVisible(question('org.kindOther'), answers)).toBe(false)
  })
})

describe('allQuestions', () => {
  it('lists every question in reading order', () => {
    expect(allQuestions(fixture).map((q) => q.id)).toEqual([
      'org.kind',
      'org.activities',
      'org.notes',
      'org.kindOther',
      'values.privacy',
      'values.privacyWhy',
      'fn.email',
      'tools.b',
    ])
  })
})
