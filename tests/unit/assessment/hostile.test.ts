/**
 * What the format forbids is refused with a kind of its own (issue 11, "Hostile input"), by the
 * one reader the import, the command line and storage share: keys naming an object's internals,
 * a tool or option listed twice, texts over their limit, files too large to be an assessment,
 * dates that are not full ISO timestamps. A byte-order mark before a valid file is not a fault.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FILE_NAME_MAX, datedFileName, downloadFileName } from '@/domain/assessment/file'
import { parseAnswer, readAssessmentData } from '@/domain/assessment/parse'
import { readAssessmentText } from '@/domain/assessment/read'
import { ASSESSMENT_FILE_MAX_BYTES } from '@/domain/assessment/types'
import type { ReadProblemKind } from '@/domain/read-problem'

type File = Record<string, unknown> & {
  assessment: Record<string, unknown> & { answers: Record<string, Record<string, unknown>> }
}
const TEXT = readFileSync(resolve(process.cwd(), 'examples', 'mid-size-in-transition.json'), 'utf8')

function edited(edit: (file: File) => void): string {
  const file = JSON.parse(TEXT) as File
  edit(file)
  return JSON.stringify(file)
}

async function problemsOf(text: string): Promise<[ReadProblemKind, string][]> {
  const read = await readAssessmentText(text)
  return read.ok ? [] : read.problems.map((p) => [p.kind, p.path])
}

/** The example's text with `insert` placed right after the first occurrence of `after`. */
function inserted(after: string, insert: string): string {
  const at = TEXT.indexOf(after)
  if (at < 0) throw new Error(`${after} not in the example`)
  return TEXT.slice(0, at + after.length) + insert + TEXT.slice(at + after.length)
}

describe('keys naming an object’s internals', () => {
  it.each([
    [
      'an answer keyed __proto__',
      inserted('"answers": {', '"__proto__": {"kind":"dontKnow"},'),
      'assessment.answers.__proto__',
    ],
    [
      'an answer keyed constructor',
      inserted('"answers": {', '"constructor": {"kind":"dontKnow"},'),
      'assessment.answers.constructor',
    ],
    [
      'an answer keyed prototype',
      inserted('"answers": {', '"prototype": {"kind":"dontKnow"},'),
      'assessment.answers.prototype',
    ],
    [
      'a __proto__ key inside an answer',
      inserted('"profile.name": {', '"__proto__": {"polluted": true},'),
      'assessment.answers.profile.name.__proto__',
    ],
    ['a __proto__ key in the envelope', inserted('{', '"__proto__": {},'), '__proto__'],
    [
      'an action mark keyed __proto__',
      inserted(
        '"answers": {',
        '},"actions": {"__proto__": {"status":"done","updatedAt":"2026-11-30T10:00:00Z"}},"x": {',
      ),
      'assessment.actions.__proto__',
    ],
  ])('refuses %s as forbiddenKey (it was dropped without a word)', async (_label, text, path) => {
    expect(JSON.parse(text)).toBeTruthy()
    expect(await problemsOf(text)).toEqual([['forbiddenKey', path]])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a stored answer with such a key too (storage reads through the same schema)', () => {
    const answer: unknown = JSON.parse('{"kind":"text","value":"x","__proto__":{"a":1}}')
    expect(() => parseAnswer(answer, 'a')).toThrow(
      expect.objectContaining({ kind: 'forbiddenKey', path: 'a.__proto__' }),
    )
  })
})

describe('a tool or option listed twice', () => {
  it('refuses the same catalogue tool 200 times in one function, in one problem (it changed the score)', async () => {
    const text = edited((f) => {
      f.assessment.answers['fn.email'] = {
        kind: 'function',
        use: 'used',
        tools: Array.from({ length: 200 }, () => ({ kind: 'catalogue', toolId: 'gmail' })),
      }
    })
    const read = await readAssessmentText(text)
    expect(read.ok ? [] : read.problems).toEqual([
      {
        kind: 'duplicate',
        path: 'assessment.answers.fn.email.tools[1]',
        detail: 'tool gmail is listed 200 times',
      },
    ])
  })

  it('refuses the same described tool (same id) twice, and keeps two described tools of one name', async () => {
    const other = {
      kind: 'other',
      name: 'Pad',
      vendor: '',
      jurisdiction: 'dontKnow',
      licence: 'dontKnow',
      businessModel: 'dontKnow',
      export: 'dontKnow',
      hosting: 'dontKnow',
    }
    const twice = edited((f) => {
      f.assessment.answers['fn.email'] = {
        kind: 'function',
        use: 'used',
        tools: [
          { ...other, id: 'other-1' },
          { ...other, id: 'other-1' },
        ],
      }
    })
    expect(await problemsOf(twice)).toEqual([['duplicate', 'assessment.answers.fn.email.tools[1]']])
    const sameName = edited((f) => {
      f.assessment.answers['fn.email'] = {
        kind: 'function',
        use: 'used',
        tools: [
          { ...other, id: 'other-1' },
          { ...other, id: 'other-2' },
        ],
      }
    })
    expect(await problemsOf(sameName)).toEqual([])
  })

  it('refuses an option chosen twice in a multiple answer', () => {
    expect(() => parseAnswer({ kind: 'multiple', values: ['a', 'b', 'a'] }, 'q')).toThrow(
      expect.objectContaining({ kind: 'duplicate', path: 'q.values[2]' }),
    )
  })
})

describe('texts over their limit', () => {
  const reason = (length: number) =>
    edited((f) => {
      f.assessment.answers['fn.email'] = {
        kind: 'function',
        use: 'used',
        tools: [{ kind: 'catalogue', toolId: 'gmail' }],
        stance: 'deliberate',
        reason: 'x'.repeat(length),
      }
    })

  it('takes a reason of 2,000 characters and refuses one of 2,001 as tooLong', async () => {
    expect(await problemsOf(reason(2000))).toEqual([])
    expect(await problemsOf(reason(2001))).toEqual([['tooLong', 'assessment.answers.fn.email.reason']])
  })

  it('takes an organisation name (a one-line text question) of 200 characters, not 201', async () => {
    const named = (length: number) =>
      edited((f) => {
        f.assessment.answers['profile.name'] = { kind: 'text', value: 'n'.repeat(length) }
      })
    expect(await problemsOf(named(200))).toEqual([])
    expect(await problemsOf(named(201))).toEqual([['tooLong', 'assessment.answers.profile.name.value']])
  })

  it('refuses a described tool’s name or vendor over 200 characters', async () => {
    const text = edited((f) => {
      const answer = f.assessment.answers['fn.accounting'] as { tools: Record<string, unknown>[] }
      answer.tools[0] = { ...answer.tools[0], name: 'n'.repeat(201), vendor: 'v'.repeat(201) }
    })
    expect(await problemsOf(text)).toEqual([
      ['tooLong', 'assessment.answers.fn.accounting.tools[0].name'],
      ['tooLong', 'assessment.answers.fn.accounting.tools[0].vendor'],
    ])
  })

  it('refuses a text answer over 2,000 characters in the schema, whatever its question', () => {
    expect(
      readAssessmentData({
        ...JSON.parse(TEXT).assessment,
        answers: { q: { kind: 'text', value: 'x'.repeat(2001) } },
      }),
    ).toMatchObject({
      ok: false,
      problems: [{ kind: 'tooLong', path: 'assessment.answers.q.value' }],
    })
  })
})

describe('size and encoding', () => {
  it('reads a valid file preceded by a UTF-8 byte-order mark (Notepad writes one)', async () => {
    const read = await readAssessmentText(`\uFEFF${TEXT}`)
    expect(read.ok).toBe(true)
    expect(read).toEqual(await readAssessmentText(TEXT))
  })

  it('refuses a text longer than 5 MB as tooLarge before parsing it', async () => {
    const padded = TEXT.replace('{', `{"padding": "${' '.repeat(ASSESSMENT_FILE_MAX_BYTES)}",`)
    expect(await problemsOf(padded)).toEqual([['tooLarge', '']])
    // Just under the limit, the same padding is an ignored field, and the file reads.
    const under = TEXT.replace(
      '{',
      `{"padding": "${' '.repeat(ASSESSMENT_FILE_MAX_BYTES - TEXT.length - 20)}",`,
    )
    expect(await problemsOf(under)).toEqual([])
  })
})

describe('dates', () => {
  it.each([
    '2026-11-30',
    '2026-11-30T10:15',
    '2026-11-30T10:15:00',
    '2026-11-30 10:15:00Z',
    '2026-11-30t10:15:00Z',
    '2026-11-30T10:15:00z',
    '+002026-11-30T10:15:00Z',
    '2026-11-30T24:00:00Z',
    '2026-11-30T10:15:60Z',
    '2026-02-29T10:15:00Z',
    '2026-11-30T10:15:00+1:00',
    'Mon, 30 Nov 2026 10:15:00 GMT',
    '1764497700000',
  ])('refuses %s as a timestamp (only full ISO 8601 date-times pass)', async (date) => {
    const text = edited((f) => {
      f.assessment.createdAt = date
      f.exportedAt = date
    })
    expect(await problemsOf(text)).toEqual([
      ['invalidField', 'exportedAt'],
      ['invalidField', 'assessment.createdAt'],
    ])
  })

  it.each(['2026-11-30T10:15:00Z', '2026-11-30T10:15:00.123456Z', '2028-02-29T23:59:59-05:30'])(
    'accepts %s',
    async (date) => {
      expect(await problemsOf(edited((f) => void (f.assessment.createdAt = date)))).toEqual([])
    },
  )
})

describe('downloadFileName', () => {
  const day = new Date('2026-11-30T10:15:00Z')

  it('names the file after the organisation and the day', () => {
    expect(downloadFileName('Les Ami·e·s du Jardin', day)).toBe(
      'autonomie-les-ami-e-s-du-jardin-2026-11-30.json',
    )
    expect(downloadFileName(null, day)).toBe('autonomie-diagnostic-2026-11-30.json')
    expect(downloadFileName('¿¿??', day, 'pdf')).toBe('autonomie-diagnostic-2026-11-30.pdf')
  })

  it('names a file of no one organisation (the backup) after the day alone', () => {
    expect(datedFileName('autonomy-backup', day)).toBe('autonomy-backup-2026-11-30.json')
  })

  it('stays within 80 characters, cut between words when it can be', () => {
    const long = downloadFileName(
      'Association des amis du centre social et culturel des Tilleuls et des environs',
      day,
    )
    expect(long).toBe('autonomie-association-des-amis-du-centre-social-et-culturel-des-2026-11-30.json')
    expect(long.length).toBeLessThanOrEqual(FILE_NAME_MAX)
    const word = downloadFileName('X'.repeat(500), day)
    expect(word).toBe(`autonomie-${'x'.repeat(54)}-2026-11-30.json`)
    expect(word).toHaveLength(FILE_NAME_MAX)
  })

  it('starts with the kind of file it is, and keeps within 80 characters with a longer prefix', () => {
    expect(downloadFileName('Les Jardins d’Été', day, 'pdf', 'rapport-autonomie')).toBe(
      'rapport-autonomie-les-jardins-d-ete-2026-11-30.pdf',
    )
    const long = downloadFileName('Association '.repeat(20), day, 'csv', 'rapport-autonomie')
    expect(long.length).toBeLessThanOrEqual(FILE_NAME_MAX)
    expect(long.endsWith('-2026-11-30.csv')).toBe(true)
  })
})
