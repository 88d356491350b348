import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { parseAssessment } from '@/domain/assessment/parse'
import type { Assessment } from '@/domain/assessment/types'
import {
  ASSESSMENT_STATUSES,
  RECORD_SCHEMA_VERSION,
  readAssessmentRecord,
  readStoredRecord,
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
    [
      'a version-1 savedAt of "not a date"',
      { schemaVersion: 1, savedAt: 'not a date', assessment: sample() },
      'record.savedAt: expected an ISO 8601 timestamp',
    ],
    // `new Date` reads each of these; the import's strict rule (schemas.ts) does not.
    [
      'an updatedAt without time zone',
      { ...storedRecord(), updatedAt: '2025-02-01T08:10:05' },
      'record.updatedAt: expected an ISO 8601 timestamp',
    ],
    [
      'an updatedAt with a space for T',
      { ...storedRecord(), updatedAt: '2025-02-01 08:10:05Z' },
      'record.updatedAt: expected an ISO 8601 timestamp',
    ],
    [
      'an updatedAt that is a bare number',
      { ...storedRecord(), updatedAt: '1' },
      'record.updatedAt: expected an ISO 8601 timestamp',
    ],
    [
      'an updatedAt on a day that does not exist',
      { ...storedRecord(), updatedAt: '2025-02-30T08:10:05.000Z' },
      'record.updatedAt: expected an ISO 8601 timestamp',
    ],
    [
      'a version-1 savedAt with only a date',
      { schemaVersion: 1, savedAt: '2025-02-01', assessment: sample() },
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

describe('readStoredRecord: a stored record passes the import’s checks, or is not read at all', () => {
  it('reads a record the import would accept', async () => {
    await expect(readStoredRecord(storedRecord())).resolves.toStrictEqual(storedRecord())
  })

  it('reads a first-release (version 1) record the import would accept', async () => {
    const v1 = { schemaVersion: 1, savedAt: '2025-02-01T08:10:05.000Z', assessment: sample() }
    await expect(readStoredRecord(v1)).resolves.toStrictEqual(storedRecord())
  })

  /** A record whose assessment has `change` applied (record copies kept in agreement). */
  function withAssessment(change: Partial<Assessment>): Record<string, unknown> {
    const assessment = { ...sample(), ...change }
    return { ...storedRecord(), questionnaireVersion: assessment.questionnaireVersion, assessment }
  }

  const refused: [string, Record<string, unknown>, RegExp][] = [
    [
      'a tool the catalogue does not know',
      withAssessment({
        answers: {
          'fn.email': {
            kind: 'function',
            use: 'used',
            tools: [{ kind: 'catalogue', toolId: 'no-such-tool' }],
          },
        },
      }),
      /^record: assessment\.answers\.fn\.email\.tools\[0\]\.toolId: unknown tool id no-such-tool/,
    ],
    [
      'a questionnaire version this app does not know',
      withAssessment({ questionnaireVersion: 7 }),
      /^record: assessment\.questionnaireVersion: questionnaire version 7 was made by a newer version/,
    ],
    [
      'an answer of the wrong kind for its question',
      withAssessment({ answers: { 'profile.name': { kind: 'single', value: 'x' } } }),
      /^record: assessment\.answers\.profile\.name\.kind: /,
    ],
    [
      'an answer to a question that does not exist',
      withAssessment({ answers: { 'org.size': { kind: 'dontKnow' } } }),
      /^record: assessment\.answers\.org\.size: answer to an unknown question/,
    ],
    [
      'another questionnaire',
      { ...storedRecord(), questionnaireId: 'other', assessment: { ...sample(), questionnaireId: 'other' } },
      /^record: assessment\.questionnaireId: unknown questionnaire "other"/,
    ],
  ]

  it.each(refused)('refuses %s, as the import does, with its reason', async (_label, raw, reason) => {
    await expect(readStoredRecord(raw)).rejects.toThrow(reason)
  })

  it('refuses a record with a strict-ISO problem before checking its answers', async () => {
    await expect(readStoredRecord({ ...storedRecord(), updatedAt: 'not a date' })).rejects.toThrow(
      'record.updatedAt: expected an ISO 8601 timestamp',
    )
  })
})
