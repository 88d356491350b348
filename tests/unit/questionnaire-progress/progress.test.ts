import { describe, expect, it } from 'vitest'
import type { Answers, FunctionAnswer } from '@/domain/assessment/types'
import {
  isAnswered,
  missingRequired,
  overallProgress,
  percentAnswered,
  sectionProgress,
} from '@/domain/questionnaire/progress'
import { fixture, fullFunctionAnswer, question, section } from './fixture'

describe('isAnswered', () => {
  it('is false without an answer', () => {
    expect(isAnswered(question('org.kind'), undefined)).toBe(false)
  })

  it('counts a single choice, a scale and "I don\'t know" as answered', () => {
    expect(isAnswered(question('org.kind'), { kind: 'single', value: 'association' })).toBe(true)
    expect(isAnswered(question('values.privacy'), { kind: 'scale', value: 1 })).toBe(true)
    expect(isAnswered(question('org.kind'), { kind: 'dontKnow' })).toBe(true)
  })

  it('does not count blank text', () => {
    const q = question('org.notes')
    expect(isAnswered(q, { kind: 'text', value: '' })).toBe(false)
    expect(isAnswered(q, { kind: 'text', value: '  \n\t' })).toBe(false)
    expect(isAnswered(q, { kind: 'text', value: ' x ' })).toBe(true)
  })

  it('does not count an empty multiple choice', () => {
    const q = question('org.activities')
    expect(isAnswered(q, { kind: 'multiple', values: [] })).toBe(false)
    expect(isAnswered(q, { kind: 'multiple', values: ['a'] })).toBe(true)
  })

  describe('function question', () => {
    const q = question('fn.email')

    it('is answered when the function is not used, or its use is unknown, without follow-ups', () => {
      expect(isAnswered(q, { kind: 'function', use: 'unused', tools: [] })).toBe(true)
      expect(isAnswered(q, { kind: 'function', use: 'dontKnow', tools: [] })).toBe(true)
    })

    it('is answered when used with a tool and all four follow-ups', () => {
      expect(isAnswered(q, fullFunctionAnswer)).toBe(true)
    })

    it('accepts "tool unknown" in place of a tool, and "I don\'t know" follow-ups', () => {
      const answer: FunctionAnswer = {
        kind: 'function',
        use: 'used',
        tools: [],
        toolUnknown: true,
        criticality: 'dontKnow',
        data: 'dontKnow',
        exit: 'dontKnow',
        stance: 'dontKnow',
      }
      expect(isAnswered(q, answer)).toBe(true)
    })

    it('is not answered when used without any tool', () => {
      expect(isAnswered(q, { ...fullFunctionAnswer, tools: [] })).toBe(false)
      expect(isAnswered(q, { ...fullFunctionAnswer, tools: [], toolUnknown: false })).toBe(false)
    })

    it.each(['criticality', 'data', 'exit', 'stance'] as const)(
      'is not answered while %s is missing',
      (key) => {
        const answer: FunctionAnswer = { ...fullFunctionAnswer }
        delete answer[key]
        expect(isAnswered(q, answer)).toBe(false)
      },
    )

    it('does not accept an answer of another kind for a function question', () => {
      expect(isAnswered(q, { kind: 'single', value: 'x' })).toBe(false)
    })
  })
})

describe('sectionProgress', () => {
  it('starts as not started, counting only visible questions', () => {
    // org.kindOther is hidden until org.kind is "other".
    expect(sectionProgress(section('org'), {})).toStrictEqual({ answered: 0, total: 3, state: 'notStarted' })
  })

  it('is in progress once something is answered', () => {
    const answers: Answers = { 'org.kind': { kind: 'single', value: 'association' } }
    expect(sectionProgress(section('org'), answers)).toStrictEqual({
      answered: 1,
      total: 3,
      state: 'inProgress',
    })
  })

  it('is in progress when a question is touched but not yet answered (blank text)', () => {
    const answers: Answers = { 'org.notes': { kind: 'text', value: '' } }
    expect(sectionProgress(section('org'), answers)).toStrictEqual({
      answered: 0,
      total: 3,
      state: 'inProgress',
    })
  })

  it('adds a question revealed by an answer to the total', () => {
    const answers: Answers = { 'org.kind': { kind: 'single', value: 'other' } }
    expect(sectionProgress(section('org'), answers)).toStrictEqual({
      answered: 1,
      total: 4,
      state: 'inProgress',
    })
  })

  it('is done when every visible question is answered, "I don\'t know" included', () => {
    const answers: Answers = {
      'org.kind': { kind: 'single', value: 'association' },
      'org.activities': { kind: 'dontKnow' },
      'org.notes': { kind: 'text', value: 'rien' },
    }
    expect(sectionProgress(section('org'), answers)).toStrictEqual({ answered: 3, total: 3, state: 'done' })
  })

  it('ignores the answer of a question hidden again', () => {
    const answers: Answers = {
      'org.kind': { kind: 'single', value: 'association' },
      'org.activities': { kind: 'multiple', values: ['a'] },
      'org.notes': { kind: 'text', value: 'rien' },
      'org.kindOther': { kind: 'text', value: 'collectif' },
    }
    expect(sectionProgress(section('org'), answers)).toStrictEqual({ answered: 3, total: 3, state: 'done' })
  })

  it('is not done when a revealed question is still unanswered', () => {
    const answers: Answers = {
      'org.kind': { kind: 'single', value: 'other' },
      'org.activities': { kind: 'multiple', values: ['a'] },
      'org.notes': { kind: 'text', value: 'rien' },
    }
    expect(sectionProgress(section('org'), answers)).toStrictEqual({
      answered: 3,
      total: 4,
      state: 'inProgress',
    })
  })

  it('is never done for a section with no visible question', () => {
    const empty = { id: 'empty', titleKey: 's.empty', questions: [] }
    expect(sectionProgress(empty, {})).toStrictEqual({ answered: 0, total: 0, state: 'notStarted' })
  })
})

describe('overallProgress', () => {
  it('is 0 with no answer', () => {
    // Visible: org 3, values 1, tools 1.
    expect(overallProgress(fixture, {})).toBe(0)
  })

  it('is the share of visible questions answered across sections', () => {
    const answers: Answers = {
      'org.kind': { kind: 'single', value: 'association' },
      'fn.email': fullFunctionAnswer,
    }
    expect(overallProgress(fixture, answers)).toBeCloseTo(2 / 5, 10)
  })

  it('grows the total as answers reveal questions', () => {
    const answers: Answers = {
      'values.privacy': { kind: 'scale', value: 5 },
      'org.activities': { kind: 'multiple', values: ['b'] },
    }
    // Visible: org 3, values 2, tools 2 = 7; answered 2.
    expect(overallProgress(fixture, answers)).toBeCloseTo(2 / 7, 10)
  })

  it('is 1 when every visible question is answered', () => {
    const answers: Answers = {
      'org.kind': { kind: 'single', value: 'association' },
      'org.activities': { kind: 'multiple', values: ['a'] },
      'org.notes': { kind: 'text', value: 'x' },
      'values.privacy': { kind: 'scale', value: 2 },
      'fn.email': { kind: 'function', use: 'unused', tools: [] },
    }
    expect(overallProgress(fixture, answers)).toBe(1)
  })

  it('is 0 for a questionnaire without questions', () => {
    expect(overallProgress({ id: 'x', version: 1, asOf: '2025-01-01', sections: [] }, {})).toBe(0)
  })
})

describe('missingRequired', () => {
  it('lists the visible required questions without an answer', () => {
    expect(missingRequired(section('org'), {}).map((q) => q.id)).toEqual(['org.kind'])
    expect(missingRequired(section('tools'), {}).map((q) => q.id)).toEqual(['fn.email'])
  })

  it('includes a required question once it is revealed, and drops what is answered', () => {
    const answers: Answers = { 'org.kind': { kind: 'single', value: 'other' } }
    expect(missingRequired(section('org'), answers).map((q) => q.id)).toEqual(['org.kindOther'])
  })

  it('treats blank text and an incomplete function answer as missing', () => {
    const answers: Answers = {
      'org.kind': { kind: 'single', value: 'other' },
      'org.kindOther': { kind: 'text', value: '   ' },
      'fn.email': { ...fullFunctionAnswer, stance: undefined },
    }
    expect(missingRequired(section('org'), answers).map((q) => q.id)).toEqual(['org.kindOther'])
    expect(missingRequired(section('tools'), answers).map((q) => q.id)).toEqual(['fn.email'])
  })

  it('is empty when every required question is answered, "I don\'t know" included', () => {
    const answers: Answers = { 'org.kind': { kind: 'dontKnow' } }
    expect(missingRequired(section('org'), answers)).toEqual([])
    expect(missingRequired(section('values'), {})).toEqual([])
  })
})

describe('percentAnswered', () => {
  it('is the share answered as a whole percentage, rounded to the nearest', () => {
    const answers: Answers = {
      'values.privacy': { kind: 'scale', value: 5 },
      'org.activities': { kind: 'multiple', values: ['b'] },
    }
    // 2 of 7 visible: 28.57… % shows as 29 %.
    expect(percentAnswered(fixture, answers)).toBe(29)
    expect(percentAnswered(fixture, {})).toBe(0)
  })

  it('is 0 for a questionnaire this version does not know', () => {
    expect(percentAnswered(undefined, { 'fn.email': fullFunctionAnswer })).toBe(0)
  })
})
