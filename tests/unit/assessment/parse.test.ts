import { describe, expect, it } from 'vitest'
import {
  InvalidAssessmentError,
  parseAnswer,
  parseAssessment,
  readAssessmentData,
} from '@/domain/assessment/parse'
import type { Assessment } from '@/domain/assessment/types'

/** A valid stored assessment covering every answer kind, written by hand. */
function validRaw(): Record<string, unknown> {
  return {
    id: 'a-1',
    questionnaireId: 'autonomie',
    questionnaireVersion: 3,
    createdAt: '2025-01-02T10:00:00.000Z',
    updatedAt: '2025-01-03T11:30:00.000Z',
    answers: {
      'org.kind': { kind: 'single', value: 'association' },
      'org.activities': { kind: 'multiple', values: ['culture', 'sport'] },
      'values.privacy': { kind: 'scale', value: 4 },
      'org.name': { kind: 'text', value: 'Les Amis' },
      'org.size': { kind: 'dontKnow' },
      'fn.email': {
        kind: 'function',
        use: 'used',
        tools: [
          { kind: 'catalogue', toolId: 'gmail' },
          {
            kind: 'other',
            id: 'other-1',
            name: 'Maison Mail',
            vendor: 'Coop',
            jurisdiction: 'eu-or-adequate',
            licence: 'libre',
            businessModel: 'subscription',
            export: 'full',
            hosting: 'ethical-host',
          },
        ],
        toolUnknown: false,
        criticality: 'vital',
        data: 'personal',
        exit: 'exportPossible',
        stance: 'deliberate',
        reason: 'Habitude',
      },
    },
  }
}

/** Runs fn and returns the InvalidAssessmentError it throws (fails the test otherwise). */
function errorOf(fn: () => unknown): InvalidAssessmentError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InvalidAssessmentError) return error
    throw error
  }
  throw new Error('expected an InvalidAssessmentError, nothing was thrown')
}

describe('parseAssessment', () => {
  it('reads back a valid assessment with every answer kind unchanged', () => {
    const expected: Assessment = {
      id: 'a-1',
      questionnaireId: 'autonomie',
      questionnaireVersion: 3,
      createdAt: '2025-01-02T10:00:00.000Z',
      updatedAt: '2025-01-03T11:30:00.000Z',
      answers: {
        'org.kind': { kind: 'single', value: 'association' },
        'org.activities': { kind: 'multiple', values: ['culture', 'sport'] },
        'values.privacy': { kind: 'scale', value: 4 },
        'org.name': { kind: 'text', value: 'Les Amis' },
        'org.size': { kind: 'dontKnow' },
        'fn.email': {
          kind: 'function',
          use: 'used',
          tools: [
            { kind: 'catalogue', toolId: 'gmail' },
            {
              kind: 'other',
              id: 'other-1',
              name: 'Maison Mail',
              vendor: 'Coop',
              jurisdiction: 'eu-or-adequate',
              licence: 'libre',
              businessModel: 'subscription',
              export: 'full',
              hosting: 'ethical-host',
            },
          ],
          toolUnknown: false,
          criticality: 'vital',
          data: 'personal',
          exit: 'exportPossible',
          stance: 'deliberate',
          reason: 'Habitude',
        },
      },
    }
    expect(parseAssessment(validRaw())).toStrictEqual(expected)
  })

  it('drops unknown extra fields instead of carrying them along', () => {
    const raw = { ...validRaw(), extra: 'x', answers: { q: { kind: 'dontKnow', junk: 1 } } }
    const parsed = parseAssessment(raw)
    expect(Object.keys(parsed).sort()).toEqual([
      'answers',
      'createdAt',
      'id',
      'questionnaireId',
      'questionnaireVersion',
      'updatedAt',
    ])
    expect(parsed.answers).toStrictEqual({ q: { kind: 'dontKnow' } })
  })

  it('reads the confirmed answers of next year’s draft, and refuses a list that is not of ids', () => {
    const raw = {
      ...validRaw(),
      basedOn: { id: 'last-year', createdAt: '2025-11-30T08:00:00.000Z' },
      confirmed: ['fn.email', 'org.kind'],
    }
    expect(parseAssessment(raw).confirmed).toStrictEqual(['fn.email', 'org.kind'])
    expect(errorOf(() => parseAssessment({ ...raw, confirmed: 'fn.email' })).path).toBe(
      'assessment.confirmed',
    )
    expect(errorOf(() => parseAssessment({ ...raw, confirmed: ['fn.email', 3] })).path).toBe(
      'assessment.confirmed[1]',
    )
  })

  it('accepts an assessment without any answer', () => {
    expect(parseAssessment({ ...validRaw(), answers: {} }).answers).toStrictEqual({})
  })

  it.each([
    ['a string', 'not an assessment', 'assessment'],
    ['null', null, 'assessment'],
    ['an array', [], 'assessment'],
  ])('rejects %s at the root', (_label, value, path) => {
    const error = errorOf(() => parseAssessment(value))
    expect(error.path).toBe(path)
    expect(error.name).toBe('InvalidAssessmentError')
    expect(error.message).toBe(`${path}: expected an object`)
  })

  it('names the path given by the caller', () => {
    expect(errorOf(() => parseAssessment(42, 'file')).path).toBe('file')
  })

  it.each([
    ['id', 5, 'assessment.id'],
    ['questionnaireId', undefined, 'assessment.questionnaireId'],
    ['questionnaireVersion', '1', 'assessment.questionnaireVersion'],
    ['questionnaireVersion', 0, 'assessment.questionnaireVersion'],
    ['questionnaireVersion', 1.5, 'assessment.questionnaireVersion'],
    ['createdAt', 'not a date', 'assessment.createdAt'],
    ['updatedAt', 12, 'assessment.updatedAt'],
    ['answers', undefined, 'assessment.answers'],
    ['answers', [], 'assessment.answers'],
  ])('rejects a bad %s (%j) with the path %s', (field, value, path) => {
    const raw = { ...validRaw(), [field]: value }
    expect(errorOf(() => parseAssessment(raw)).path).toBe(path)
  })

  it('names the question id in the path of a bad answer', () => {
    const raw = { ...validRaw(), answers: { 'values.privacy': { kind: 'scale', value: 7 } } }
    const error = errorOf(() => parseAssessment(raw))
    expect(error.path).toBe('assessment.answers.values.privacy.value')
    expect(error.problem).toBe('expected a whole number from 1 to 5')
  })
})

describe('parseAnswer', () => {
  it.each([
    ['unknown kind', { kind: 'rating', value: 3 }, 'a.kind'],
    ['missing kind', { value: 'x' }, 'a.kind'],
    ['not an object', 'single', 'a'],
    ['single without value', { kind: 'single' }, 'a.value'],
    ['multiple with a non-list', { kind: 'multiple', values: 'x' }, 'a.values'],
    ['multiple with a number inside', { kind: 'multiple', values: ['x', 2] }, 'a.values[1]'],
    ['scale 0', { kind: 'scale', value: 0 }, 'a.value'],
    ['scale 6', { kind: 'scale', value: 6 }, 'a.value'],
    ['scale 7', { kind: 'scale', value: 7 }, 'a.value'],
    ['scale 2.5', { kind: 'scale', value: 2.5 }, 'a.value'],
    ['scale as a string', { kind: 'scale', value: '3' }, 'a.value'],
    ['text as a number', { kind: 'text', value: 3 }, 'a.value'],
    ['function without tools', { kind: 'function', use: 'used' }, 'a.tools'],
    ['function with a bad use', { kind: 'function', use: 'maybe', tools: [] }, 'a.use'],
    [
      'function with a bad tool kind',
      { kind: 'function', use: 'used', tools: [{ kind: 'x' }] },
      'a.tools[0].kind',
    ],
    [
      'catalogue tool without id',
      { kind: 'function', use: 'used', tools: [{ kind: 'catalogue' }] },
      'a.tools[0].toolId',
    ],
    [
      'other tool with a bad jurisdiction',
      {
        kind: 'function',
        use: 'used',
        tools: [
          {
            kind: 'other',
            name: 'n',
            vendor: 'v',
            jurisdiction: 'mars',
            licence: 'libre',
            businessModel: 'freemium',
            export: 'none',
            hosting: 'local',
          },
        ],
      },
      'a.tools[0].jurisdiction',
    ],
    [
      'toolUnknown not a boolean',
      { kind: 'function', use: 'used', tools: [], toolUnknown: 'yes' },
      'a.toolUnknown',
    ],
    ['bad criticality', { kind: 'function', use: 'used', tools: [], criticality: 'high' }, 'a.criticality'],
    ['bad data', { kind: 'function', use: 'used', tools: [], data: 'secret' }, 'a.data'],
    ['bad exit', { kind: 'function', use: 'used', tools: [], exit: 'gone' }, 'a.exit'],
    ['bad stance', { kind: 'function', use: 'used', tools: [], stance: 'lazy' }, 'a.stance'],
    ['reason not a string', { kind: 'function', use: 'used', tools: [], reason: 1 }, 'a.reason'],
  ])('rejects %s with the path %s', (_label, value, path) => {
    expect(errorOf(() => parseAnswer(value, 'a')).path).toBe(path)
  })

  it.each([1, 2, 3, 4, 5])('accepts the scale value %i', (value) => {
    expect(parseAnswer({ kind: 'scale', value }, 'a')).toStrictEqual({ kind: 'scale', value })
  })

  it('accepts "I don\'t know" in every follow-up of a function answer, and an other tool of unknown facts', () => {
    const raw = {
      kind: 'function',
      use: 'dontKnow',
      tools: [
        {
          kind: 'other',
          name: 'Outil',
          vendor: '',
          jurisdiction: 'dontKnow',
          licence: 'dontKnow',
          businessModel: 'dontKnow',
          export: 'dontKnow',
          hosting: 'dontKnow',
        },
      ],
      criticality: 'dontKnow',
      data: 'dontKnow',
      exit: 'dontKnow',
      stance: 'dontKnow',
    }
    const [tool] = raw.tools
    // Saved without an id (before described tools had one): the id its scores were computed with.
    expect(parseAnswer(raw, 'a')).toStrictEqual({ ...raw, tools: [{ ...tool, id: 'other:Outil' }] })
  })

  it('leaves absent optional follow-ups absent (no undefined keys)', () => {
    const parsed = parseAnswer({ kind: 'function', use: 'unused', tools: [] }, 'a')
    expect(parsed).toStrictEqual({ kind: 'function', use: 'unused', tools: [] })
    expect(Object.keys(parsed)).toEqual(['kind', 'use', 'tools'])
  })
})

describe('described tools and their ids', () => {
  const described = (extra: Record<string, unknown>) => ({
    kind: 'function',
    use: 'used',
    tools: [
      {
        kind: 'other',
        name: '  Pad du coin ',
        vendor: 'Acme',
        jurisdiction: 'dontKnow',
        licence: 'dontKnow',
        businessModel: 'dontKnow',
        export: 'dontKnow',
        hosting: 'dontKnow',
        ...extra,
      },
    ],
  })
  const idOf = (answer: unknown): string | undefined => {
    const parsed = parseAnswer(answer, 'a')
    const tool = parsed.kind === 'function' ? parsed.tools[0] : undefined
    return tool?.kind === 'other' ? tool.id : undefined
  }

  it('keeps the id a described tool was saved with', () => {
    expect(idOf(described({ id: 'other-7f3a' }))).toBe('other-7f3a')
  })

  it('derives other:<trimmed name> for a tool saved before ids existed, and keeps the name as typed', () => {
    const parsed = parseAnswer(described({}), 'a')
    expect(idOf(described({}))).toBe('other:Pad du coin')
    expect(parsed.kind === 'function' && parsed.tools[0]?.kind === 'other' && parsed.tools[0].name).toBe(
      '  Pad du coin ',
    )
  })

  it('refuses an empty id', () => {
    expect(errorOf(() => parseAnswer(described({ id: ' ' }), 'a')).path).toBe('a.tools[0].id')
  })
})

describe('timestamps', () => {
  it.each([
    '2026-11-30T10:15:00.000Z',
    '2026-11-30T10:15:00Z',
    '2026-11-30T10:15:00+01:00',
    '2026-11-30T10:15:00.5-05:30',
  ])('accepts %s', (at) => {
    expect(parseAssessment({ ...validRaw(), createdAt: at, updatedAt: at }).createdAt).toBe(at)
  })

  it.each([
    '1',
    'March 7',
    '2026-11-30',
    '2026-11-30 10:15:00Z',
    '2026-11-30T10:15Z',
    '2026-02-30T10:15:00Z',
    '2026-11-30T24:00:00Z',
    '2026-11-30T10:15:00.000',
  ])('refuses %j as a timestamp', (at) => {
    const read = readAssessmentData({ ...validRaw(), updatedAt: at })
    expect(read).toEqual({
      ok: false,
      problems: [
        { kind: 'invalidField', path: 'assessment.updatedAt', detail: expect.stringContaining('ISO 8601') },
      ],
    })
  })
})

describe('readAssessmentData', () => {
  it('reports every malformed field as invalidField with its dotted path', () => {
    const raw = validRaw()
    const answers = raw.answers as Record<string, Record<string, unknown>>
    answers['fn.email'] = { kind: 'function', use: 'used', tools: [{ kind: 'printer' }] }
    answers['values.privacy'] = { kind: 'scale', value: 9 }
    const read = readAssessmentData({ ...raw, id: 5 })
    expect(read.ok).toBe(false)
    expect(read.ok ? [] : read.problems.map((p) => [p.kind, p.path])).toEqual([
      ['invalidField', 'assessment.id'],
      ['invalidField', 'assessment.answers.values.privacy.value'],
      ['invalidField', 'assessment.answers.fn.email.tools[0].kind'],
    ])
  })
})
