import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  readImportText,
  serialiseBackupFile,
  toBackupFile,
  type BackupEntry,
} from '@/domain/history/backup'
import { exampleAssessment } from '../../support/examples'

function entryOf(name: string, status: BackupEntry['status'], listedAs: string): BackupEntry {
  const assessment = exampleAssessment(`${name}.json`)
  return {
    id: assessment.id,
    name: listedAs,
    status,
    createdAt: assessment.createdAt,
    updatedAt: '2026-11-01T10:00:00+01:00',
    questionnaireId: assessment.questionnaireId,
    questionnaireVersion: assessment.questionnaireVersion,
    assessment,
  }
}

const entries = [
  entryOf('volunteer-run-self-hosted', 'finished', 'Diagnostic 2026'),
  entryOf('mid-size-in-transition', 'draft', 'Association en transition'),
]
const now = new Date('2026-11-30T09:00:00.000Z')
const text = serialiseBackupFile(toBackupFile(entries, now))
const raw = () => JSON.parse(text) as { assessments: Record<string, unknown>[] } & Record<string, unknown>

describe('the backup file', () => {
  it('names its format and version and keeps only the record fields it documents', () => {
    const withExtra = { ...entries[0]!, schemaVersion: 2 } as BackupEntry
    const file = toBackupFile([withExtra], now)
    expect(file.format).toBe(BACKUP_FORMAT)
    expect(file.formatVersion).toBe(1)
    expect(file.exportedAt).toBe('2026-11-30T09:00:00.000Z')
    expect(Object.keys(file.assessments[0]!).sort()).toEqual(
      [
        'assessment',
        'createdAt',
        'id',
        'name',
        'questionnaireId',
        'questionnaireVersion',
        'status',
        'updatedAt',
      ].sort(),
    )
  })

  it('reads back every entry exactly: assessment, status, name and saving date (version 1 and 2 alike)', async () => {
    const read = await readImportText(text)
    expect(read).toStrictEqual({
      ok: true,
      kind: 'backup',
      entries: entries.map((e) => ({
        assessment: e.assessment,
        status: e.status,
        name: e.name,
        updatedAt: e.updatedAt,
      })),
    })
  })

  it('reads an empty backup as nothing to import', async () => {
    expect(await readImportText(serialiseBackupFile(toBackupFile([], now)))).toStrictEqual({
      ok: true,
      kind: 'backup',
      entries: [],
    })
  })

  it('reads a single assessment file as one draft, and ignores a byte order mark on a backup', async () => {
    const single = readFileSync('examples/mid-size-in-transition.json', 'utf8')
    expect(await readImportText(single)).toStrictEqual({
      ok: true,
      kind: 'assessment',
      entries: [{ assessment: exampleAssessment('mid-size-in-transition.json'), status: 'draft' }],
    })
    expect((await readImportText(`\uFEFF${text}`)).ok).toBe(true)
  })
})

describe('a backup that cannot be used is refused with the kind of its problem', () => {
  async function kinds(data: unknown) {
    const read = await readImportText(typeof data === 'string' ? data : JSON.stringify(data))
    if (read.ok) throw new Error('expected a refusal')
    return read.problems.map((p) => [p.kind, p.path])
  }

  it('not JSON, another app’s file', async () => {
    expect(await kinds('{ nope')).toEqual([['notJson', '']])
    expect(await kinds({ format: 'someone-else', items: [] })).toEqual([['otherFormat', 'format']])
  })

  it('a newer backup format, or an unknown version', async () => {
    expect(await kinds({ ...raw(), formatVersion: 2 })).toEqual([['newerVersion', 'formatVersion']])
    expect(await kinds({ ...raw(), formatVersion: '1' })).toEqual([['invalidField', 'formatVersion']])
  })

  it('a missing list, a bad date, an entry that is not an object', async () => {
    const noList: Record<string, unknown> = raw()
    delete noList.assessments
    expect(await kinds(noList)).toEqual([['invalidField', 'assessments']])
    expect(await kinds({ ...raw(), exportedAt: 'yesterday' })).toEqual([['invalidField', 'exportedAt']])
    expect(await kinds({ ...raw(), assessments: [42] })).toEqual([['invalidField', 'assessments[0]']])
  })

  it('a record field out of range, or disagreeing with its assessment', async () => {
    const file = raw()
    file.assessments[1]!.status = 'archived'
    file.assessments[0]!.id = 'someone-else'
    expect(await kinds(file)).toEqual([
      ['invalidField', 'assessments[0].id'],
      ['invalidField', 'assessments[1].status'],
    ])
  })

  it('an assessment with an unknown question or tool, with the entry in its path', async () => {
    const file = raw()
    const assessment = file.assessments[1]!.assessment as { answers: Record<string, unknown> }
    assessment.answers['profile.shoeSize'] = { kind: 'text', value: '42' }
    expect(await kinds(file)).toEqual([
      ['unknownQuestion', 'assessments[1].assessment.answers.profile.shoeSize'],
    ])
  })

  it('the same id twice', async () => {
    const file = raw()
    file.assessments.push(file.assessments[0]!)
    expect(await kinds(file)).toEqual([['invalidField', 'assessments[2].id']])
  })
})
