import { describe, expect, it } from 'vitest'
import { createAssessment, withAnswer } from '@/domain/assessment/assessment'
import type { Assessment } from '@/domain/assessment/types'

const created = new Date('2025-03-01T09:00:00.000Z')
const later = new Date('2025-03-01T09:05:00.000Z')

describe('createAssessment', () => {
  it('creates an empty assessment tied to the questionnaire id and version', () => {
    expect(createAssessment({ id: 'autonomie', version: 2 }, 'abc', created)).toStrictEqual({
      id: 'abc',
      questionnaireId: 'autonomie',
      questionnaireVersion: 2,
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:00:00.000Z',
      answers: {},
    })
  })
})

describe('withAnswer', () => {
  const base: Assessment = {
    id: 'abc',
    questionnaireId: 'autonomie',
    questionnaireVersion: 2,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    answers: { q1: { kind: 'text', value: 'un' } },
  }

  it('adds an answer, updates updatedAt and keeps the rest', () => {
    const next = withAnswer(base, 'q2', { kind: 'scale', value: 3 }, later)
    expect(next).toStrictEqual({
      ...base,
      updatedAt: '2025-03-01T09:05:00.000Z',
      answers: { q1: { kind: 'text', value: 'un' }, q2: { kind: 'scale', value: 3 } },
    })
  })

  it('replaces an existing answer', () => {
    const next = withAnswer(base, 'q1', { kind: 'dontKnow' }, later)
    expect(next.answers).toStrictEqual({ q1: { kind: 'dontKnow' } })
  })

  it('removes the answer when given undefined', () => {
    const next = withAnswer(base, 'q1', undefined, later)
    expect(next.answers).toStrictEqual({})
    expect('q1' in next.answers).toBe(false)
  })

  it('never mutates the assessment it is given', () => {
    const snapshot = structuredClone(base)
    const answersBefore = base.answers
    withAnswer(base, 'q2', { kind: 'single', value: 'oui' }, later)
    withAnswer(base, 'q1', undefined, later)
    expect(base).toStrictEqual(snapshot)
    expect(base.answers).toBe(answersBefore)
  })

  it('returns new objects, so a change is visible to reference comparison', () => {
    const next = withAnswer(base, 'q1', { kind: 'text', value: 'un' }, later)
    expect(next).not.toBe(base)
    expect(next.answers).not.toBe(base.answers)
  })
})
