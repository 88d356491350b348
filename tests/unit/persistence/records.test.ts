import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { parseAssessment } from '@/domain/assessment/parse'
import type { Assessment } from '@/domain/assessment/types'
import {
  ASSESSMENT_STATUSES,
  RECORD_SCHEMA_VERSION,
  readAssessmentRecord,
  recordName,
  toRecord,
  type AssessmentRecord,
} from '@/persistence/records'

function sample(): Assessment {
  return {
    id: 'a-1',
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 1,
    createdAt: '2025-02-01T08:00:00.000Z',
    updatedAt: '2025-02-01T08:10:00.000Z',
    answers: {
      'profile.name': { kind: 'text', value: '  Les Amis du Quartier ' },
      'value.privacy': { kind: 'scale', value: 5 },
    },
  }
}

/** The record as the app stores it, written out field by field. */
function storedRecord(): AssessmentRecord {
  return {
    schemaVersion: 2,
    id: 'a-1',
    name: 'Les Amis du Quartier',
    status: 'draft',
    createdAt: '2025-02-01T08:00:00.000Z',
    updatedAt: '2025-02-01T08:10:05.000Z',
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 1,
    assessment: sample(),
  }
}

/** The message the assessment reader gives for `assessment`: a stored record must report the same. */
function readerMessage(assessment: unknown): string {
  try {
    parseAssessment(assessment)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the assessment reader to refuse this assessment')
}

describe('toRecord', () => {
  it('copies the assessment’s id, dates and questionnaire beside it, named after the organisation', () => {
    expect(toRecord(sample(), 'draft', new Date('2025-02-01T08:10:05.000Z'))).toStrictEqual(storedRecord())
    expect(RECORD_SCHEMA_VERSION).toBe(2)
  })

  it('stores a plain copy of a reactive (proxied) assessment', () => {
    const record = toRecord(reactive(sample()), 'finished', new Date('2025-02-01T08:10:05.000Z'))
    expect(record.assessment).toStrictEqual(sample())
    expect(() => structuredClone(record)).not.toThrow()
  })
})

describe('recordName', () => {
  it('is the organisation’s name, trimmed', () => {
    expect(recordName(sample())).toBe('Les Amis du Quartier')
  })

  it('is "Diagnostic" and the year the assessment was started when no name is given', () => {
    expect(recordName({ ...sample(), answers: {} })).toBe('Diagnostic 2025')
    expect(
      recordName({
        ...sample(),
        createdAt: '2026-12-31T23:30:00.000Z',
        answers: { 'profile.name': { kind: 'text', value: '   ' } },
      }),
    ).toBe('Diagnostic 2026')
  })
})

describe('readAssessmentRecord', () => {
  it('reads a current record as it was stored', () => {
    expect(readAssessmentRecord(storedRecord())).toStrictEqual(storedRecord())
  })

  it.each(ASSESSMENT_STATUSES)('reads status "%s"', (status) => {
    expect(readAssessmentRecord({ ...storedRecord(), status }).status).toBe(status)
  })

  it('keeps the stored name (not recomputed from the answers)', () => {
    expect(readAssessmentRecord({ ...storedRecord(), name: 'Bilan de printemps' }).name).toBe(
      'Bilan de printemps',
    )
  })

  it('brings a version-1 record (the first release’s draft) to the current shape', () => {
    const v1 = { schemaVersion: 1, savedAt: '2025-02-01T08:10:05.000Z', assessment: sample() }
    expect(readAssessmentRecord(v1)).toStrictEqual(storedRecord())
  })

  const unreadable: [string, unknown, string][] = [
    ['a string', 'garbage', 'record: expected an object'],
    ['null', null, 'record: expected an object'],
    ['a list', [storedRecord()], 'record: expected an object'],
    [
      'no schemaVersion',
      { ...storedRecord(), schemaVersion: undefined },
      'record.schemaVersion: unknown schema version undefined',
    ],
    [
      'a newer schemaVersion (3)',
      { ...storedRecord(), schemaVersion: 3 },
      'record.schemaVersion: unknown schema version 3',
    ],
    [
      'an unknown status',
      { ...storedRecord(), status: 'archived' },
      'record.status: expected one of draft, finished',
    ],
    ['a name that is not text', { ...storedRecord(), name: 42 }, 'record.name: expected a string'],
    [
      'an updatedAt that is not a date',
      { ...storedRecord(), updatedAt: 'last Tuesday' },
      'record.updatedAt: expected an ISO 8601 timestamp',
    ],
    [
      'no updatedAt',
      { ...storedRecord(), updatedAt: undefined },
      'record.updatedAt: expected an ISO 8601 timestamp',
    ],
    [
      'an updatedAt that is a number',
      { ...storedRecord(), updatedAt: 1738397405000 },
      'record.updatedAt: expected an ISO 8601 timestamp',
    ],
    [
      'an id other than the assessment’s',
      { ...storedRecord(), id: 'a-2' },
      'record.id: differs from assessment.id',
    ],
    [
      'a createdAt other than the assessment’s',
      { ...storedRecord(), createdAt: 'not a date' },
      'record.createdAt: differs from assessment.createdAt',
    ],
    [
      'a questionnaire version other than the assessment’s',
      { ...storedRecord(), questionnaireVersion: 2 },
      'record.questionnaireVersion: differs from assessment.questionnaireVersion',
    ],
    [
      'a version-1 savedAt that is not a date',
      { schemaVersion: 1, savedAt: 'hier', assessment: sample() },
      'record.savedAt: expected an ISO 8601 timestamp',
    ],
  ]

  it.each(unreadable)('refuses %s, naming the field', (_label, raw, reason) => {
    expect(() => readAssessmentRecord(raw)).toThrow(expect.objectContaining({ message: reason }))
  })

  const badAssessments: [string, unknown][] = [
    ['without answers', { ...sample(), answers: undefined }],
    ['with a scale value of 7', { ...sample(), answers: { 'value.privacy': { kind: 'scale', value: 7 } } }],
    ['with an answer of unknown kind', { ...sample(), answers: { q: { kind: 'stars', value: 3 } } }],
    ['whose createdAt is not a date', { ...sample(), createdAt: 'not a date' }],
    ['missing altogether', undefined],
  ]

  it.each(badAssessments)(
    'refuses an assessment %s with the assessment reader’s own reason',
    (_label, assessment) => {
      const reason = readerMessage(assessment)
      expect(() => readAssessmentRecord({ ...storedRecord(), assessment })).toThrow(reason)
      expect(() =>
        readAssessmentRecord({ schemaVersion: 1, savedAt: '2025-02-01T08:10:05.000Z', assessment }),
      ).toThrow(reason)
    },
  )
})
