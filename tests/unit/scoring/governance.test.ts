import { describe, expect, it } from 'vitest'
import type { Questionnaire, SingleChoiceQuestion } from '../../../src/domain/questionnaire/types'
import {
  contributesToCommons,
  governanceAnswers,
  governanceMaturity,
  scoreOfAnswer,
} from '../../../src/domain/scoring/governance'
import { dontKnow, questionnaire, scale, single } from './fixtures'

const answers = {
  gov_strategy: single('yes'), // 1
  gov_board: single('partly'), // 0.5
  gov_backups: single('no'), // 0
  gov_2fa: dontKnow, // left out
  // gov_sobriety unanswered: left out
  gov_commons: single('partly'), // 0.5
}

describe('governanceAnswers', () => {
  it('keeps answered governance questions with a scored option, in reading order', () => {
    expect(governanceAnswers(questionnaire, answers)).toEqual([
      { questionId: 'gov_strategy', values: [], commons: false, score: 1 },
      { questionId: 'gov_board', values: ['democracy'], commons: false, score: 0.5 },
      { questionId: 'gov_backups', values: ['security'], commons: false, score: 0 },
      { questionId: 'gov_commons', values: [], commons: true, score: 0.5 },
    ])
  })

  it('leaves out unknown option values, answers of the wrong kind and untagged questions', () => {
    expect(
      governanceAnswers(questionnaire, {
        gov_strategy: single('maybe'),
        gov_board: scale(5),
        has_website: single('yes'),
      }),
    ).toEqual([])
  })

  it('leaves out hidden questions', () => {
    const q: Questionnaire = {
      id: 'q',
      version: 1,
      asOf: '2025-01-01',
      sections: [
        {
          id: 's',
          titleKey: 's',
          questions: [
            { id: 'gate', kind: 'single', labelKey: 'g', options: [{ value: 'yes', labelKey: 'y' }] },
            {
              id: 'g1',
              kind: 'single',
              labelKey: 'g1',
              options: [{ value: 'yes', labelKey: 'y', score: 1 }],
              scoring: { kind: 'governance', values: [] },
              showIf: { questionId: 'gate', anyOf: ['yes'] },
            },
          ],
        },
      ],
    }
    expect(governanceAnswers(q, { g1: single('yes') })).toEqual([])
    expect(governanceAnswers(q, { gate: single('yes'), g1: single('yes') })).toHaveLength(1)
  })
})

describe('scoreOfAnswer', () => {
  it('reads the chosen option score', () => {
    const q = questionnaire.sections[3]?.questions[0] as SingleChoiceQuestion
    expect(scoreOfAnswer(q, { gov_strategy: single('partly') })).toBe(0.5)
    expect(scoreOfAnswer(q, {})).toBeUndefined()
    expect(scoreOfAnswer(q, { gov_strategy: dontKnow })).toBeUndefined()
  })
})

describe('governanceMaturity', () => {
  it('is the mean score × 100, "I don\'t know" and unanswered left out', () => {
    // (1 + 0.5 + 0 + 0.5) / 4 × 100 = 50
    expect(governanceMaturity(governanceAnswers(questionnaire, answers))).toBe(50)
    // (1 + 0.5) / 2 × 100 = 75
    expect(
      governanceMaturity(
        governanceAnswers(questionnaire, { gov_strategy: single('yes'), gov_board: single('partly') }),
      ),
    ).toBe(75)
  })

  it('is null when nothing counts', () => {
    expect(governanceMaturity(governanceAnswers(questionnaire, { gov_2fa: dontKnow }))).toBeNull()
  })
})

describe('contributesToCommons', () => {
  it('partly or yes on a commons question counts; no does not; other questions do not', () => {
    expect(contributesToCommons(governanceAnswers(questionnaire, answers))).toBe(true)
    expect(contributesToCommons(governanceAnswers(questionnaire, { gov_commons: single('yes') }))).toBe(true)
    expect(contributesToCommons(governanceAnswers(questionnaire, { gov_commons: single('no') }))).toBe(false)
    expect(contributesToCommons(governanceAnswers(questionnaire, { gov_commons: dontKnow }))).toBe(false)
    expect(contributesToCommons(governanceAnswers(questionnaire, { gov_strategy: single('yes') }))).toBe(
      false,
    )
  })
})
