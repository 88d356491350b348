import { describe, expect, it } from 'vitest'
import type { Assessment, FunctionAnswer } from '../../../src/domain/assessment/types'
import { score, scoreAssessment } from '../../../src/domain/scoring'
import { catalogue, questionnaire, single, used } from './fixtures'

const content = { questionnaire, catalogue }

function assessment(answers: Assessment['answers']): Assessment {
  return {
    id: 'a-1',
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-02-01T18:30:00.000Z',
    answers,
  }
}

describe('what the Result carries besides the scores', () => {
  it('names the assessment it is about: id, dates and the organisation’s name, trimmed', () => {
    const r = scoreAssessment(
      content,
      assessment({ 'profile.name': { kind: 'text', value: '  Les Amis  ' } }),
    )
    expect(r.assessment).toEqual({
      id: 'a-1',
      name: 'Les Amis',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-02-01T18:30:00.000Z',
    })
  })

  it('has no name for a blank one, and no assessment when bare answers are scored', () => {
    expect(
      scoreAssessment(content, assessment({ 'profile.name': { kind: 'text', value: ' ' } })).assessment?.name,
    ).toBeNull()
    expect(score(questionnaire, catalogue, {}).assessment).toBeNull()
  })

  it('keeps the reason of a deliberate choice, and only of a deliberate choice', () => {
    const deliberate: FunctionAnswer = {
      ...used(['gsuite']),
      stance: 'deliberate',
      reason: ' Notre public y est ',
    }
    const byDefault: FunctionAnswer = {
      ...used(['gsuite']),
      stance: 'default',
      reason: 'typed, then changed',
    }
    const blank: FunctionAnswer = { ...used(['gsuite']), stance: 'deliberate', reason: '   ' }
    const reasonOf = (answer: FunctionAnswer) =>
      score(questionnaire, catalogue, { fn_email: answer }).functions.find((f) => f.functionId === 'email')
        ?.reason
    expect(reasonOf(deliberate)).toBe('Notre public y est')
    expect(reasonOf(byDefault)).toBeUndefined()
    expect(reasonOf(blank)).toBeUndefined()
  })

  it('lists each counted governance practice with its score and values, in reading order', () => {
    const r = score(questionnaire, catalogue, {
      gov_backups: single('yes'),
      gov_strategy: single('partly'),
      gov_board: { kind: 'dontKnow' },
    })
    // "I don't know" is left out, as in the maturity: (0.5 + 1) / 2 × 100 = 75.
    expect(r.practices).toEqual([
      { questionId: 'gov_strategy', values: [], commons: false, score: 0.5 },
      { questionId: 'gov_backups', values: ['security'], commons: false, score: 1 },
    ])
    expect(r.governance).toBe(75)
  })
})
