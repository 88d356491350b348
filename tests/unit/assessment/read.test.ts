/**
 * readAssessmentText: one kind per problem, so the import screen and the command line can choose
 * their message without reading the detail; old files (no ids on described tools) still read; and
 * each file is checked against the content of its own questionnaire version (registry).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAssessmentText } from '@/domain/assessment/read'
import { catalogueV1 } from '@/domain/catalogue/v1'
import { catalogueV2 } from '@/domain/catalogue/v2'
import type { ReadProblemKind } from '@/domain/read-problem'
import { loadContent } from '@/domain/registry'

type ExampleFile = Record<string, unknown> & {
  formatVersion: unknown
  exportedAt: unknown
  assessment: Record<string, unknown> & { answers: Record<string, unknown> }
}
const exampleNamed = (name: string): ExampleFile =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'examples', name), 'utf8'))

const example = (): Record<string, unknown> & {
  formatVersion: unknown
  exportedAt: unknown
  assessment: Record<string, unknown> & { answers: Record<string, unknown> }
} => JSON.parse(readFileSync(resolve(process.cwd(), 'examples', 'mid-size-in-transition.json'), 'utf8'))

async function problemsOf(text: string): Promise<[ReadProblemKind, string][]> {
  const read = await readAssessmentText(text)
  return read.ok ? [] : read.problems.map((p) => [p.kind, p.path])
}

function edited(edit: (file: ReturnType<typeof example>) => void): string {
  const file = example()
  edit(file)
  return JSON.stringify(file)
}

describe('readAssessmentText', () => {
  it('reads the example, whose described tool has no id, deriving other:<trimmed name>', async () => {
    const read = await readAssessmentText(JSON.stringify(example()))
    expect(read.ok).toBe(true)
    const tools = read.ok
      ? Object.values(read.assessment.answers).flatMap((a) => (a.kind === 'function' ? a.tools : []))
      : []
    const described = tools.filter((t) => t.kind === 'other')
    expect(described.map((t) => t.id)).toEqual(['other:Compta en ligne du cabinet'])
  })

  it.each<[string, string, [ReadProblemKind, string][]]>([
    ['text that is not JSON', '{"format": ', [['notJson', '']]],
    ['JSON that is not an object', '[1, 2]', [['otherFormat', '']]],
    ['another format', JSON.stringify({ format: 'x', formatVersion: 1 }), [['otherFormat', 'format']]],
    [
      'a newer format version',
      edited((f) => {
        f.formatVersion = 2
      }),
      [['newerVersion', 'formatVersion']],
    ],
    [
      'a format version that is no version',
      edited((f) => {
        f.formatVersion = 'one'
      }),
      [['invalidField', 'formatVersion']],
    ],
    [
      'an export date that is no timestamp',
      edited((f) => {
        f.exportedAt = '1'
      }),
      [['invalidField', 'exportedAt']],
    ],
    [
      'a creation date written "March 7"',
      edited((f) => {
        f.assessment.createdAt = 'March 7'
      }),
      [['invalidField', 'assessment.createdAt']],
    ],
    [
      'a newer questionnaire version',
      edited((f) => {
        f.assessment.questionnaireVersion = 99
      }),
      [['newerVersion', 'assessment.questionnaireVersion']],
    ],
    [
      'another questionnaire',
      edited((f) => {
        f.assessment.questionnaireId = 'x'
      }),
      [['unknownQuestionnaire', 'assessment.questionnaireId']],
    ],
    [
      'an unknown question',
      edited((f) => {
        f.assessment.answers['fn.teleport'] = { kind: 'dontKnow' }
      }),
      [['unknownQuestion', 'assessment.answers.fn.teleport']],
    ],
    [
      'an answer of the wrong kind',
      edited((f) => {
        f.assessment.answers['profile.name'] = { kind: 'scale', value: 2 }
      }),
      [['wrongAnswerKind', 'assessment.answers.profile.name.kind']],
    ],
    [
      'an unknown option',
      edited((f) => {
        f.assessment.answers['profile.kind'] = { kind: 'single', value: 'club' }
      }),
      [['unknownOption', 'assessment.answers.profile.kind.value']],
    ],
    [
      'an unknown tool',
      edited((f) => {
        f.assessment.answers['fn.email'] = {
          kind: 'function',
          use: 'used',
          tools: [
            { kind: 'catalogue', toolId: 'gmail' },
            { kind: 'catalogue', toolId: 'gmial' },
          ],
        }
      }),
      [['unknownTool', 'assessment.answers.fn.email.tools[1].toolId']],
    ],
    [
      'a tool choice of an unknown kind',
      edited((f) => {
        f.assessment.answers['fn.email'] = { kind: 'function', use: 'used', tools: [{ kind: 'printer' }] }
      }),
      [['invalidField', 'assessment.answers.fn.email.tools[0].kind']],
    ],
  ])('refuses %s', async (_label, text, expected) => {
    expect(await problemsOf(text)).toEqual(expected)
  })
})

describe('readAssessmentText across questionnaire versions', () => {
  it('reads a version 1 file with version 1 content (questionnaire and catalogue)', async () => {
    const read = await readAssessmentText(JSON.stringify(example()))
    expect(read.ok && read.content.questionnaire.version).toBe(1)
    expect(read.ok && read.content.catalogue).toBe(catalogueV1)
  })

  it('reads a version 2 file with version 2 content, keeping its keys answers', async () => {
    const read = await readAssessmentText(JSON.stringify(exampleNamed('volunteer-run-self-hosted.json')))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.content.questionnaire.version).toBe(2)
    expect(read.content.catalogue).toBe(catalogueV2)
    const email = read.assessment.answers['fn.email']
    expect(email?.kind === 'function' && email.keys).toBe('onePerson')
  })

  it('checks a version 2 file against version 2: a tool only catalogue v1 lists is unknown', async () => {
    // Catalogue v1 lists "server-log-stats" for analytics; catalogue v2 no longer does.
    const listsIt = (c: typeof catalogueV1) =>
      c.functions.some((f) => f.id === 'analytics' && f.tools.some((t) => t.id === 'server-log-stats'))
    expect([listsIt(catalogueV1), listsIt(catalogueV2)]).toEqual([true, false])
    const file = exampleNamed('volunteer-run-self-hosted.json')
    file.assessment.answers['fn.analytics'] = {
      kind: 'function',
      use: 'used',
      tools: [{ kind: 'catalogue', toolId: 'server-log-stats' }],
    }
    expect(await problemsOf(JSON.stringify(file))).toEqual([
      ['unknownTool', 'assessment.answers.fn.analytics.tools[0].toolId'],
    ])
  })

  it('refuses version 2 follow-ups in a version 1 file: who holds the keys, exit impossible', async () => {
    const text = edited((f) => {
      f.assessment.answers['fn.email'] = {
        kind: 'function',
        use: 'used',
        tools: [{ kind: 'catalogue', toolId: 'gmail' }],
        keys: 'onePerson',
        exit: 'impossible',
      }
    })
    expect(await problemsOf(text)).toEqual([
      ['unknownOption', 'assessment.answers.fn.email.exit'],
      ['unknownOption', 'assessment.answers.fn.email.keys'],
    ])
  })

  it('refuses a questionnaire version above the latest as made by a newer version of this app', async () => {
    const read = await readAssessmentText(
      edited((f) => {
        f.assessment.questionnaireVersion = 3
      }),
    )
    expect(read.ok ? [] : read.problems).toEqual([
      {
        kind: 'newerVersion',
        path: 'assessment.questionnaireVersion',
        detail: 'questionnaire version 3 was made by a newer version of this app (it knows versions up to 2)',
      },
    ])
  })

  it('refuses a version below the latest that the registry does not know as unknown', async () => {
    // No such version ships today: a registry that lost version 1 stands for one.
    const read = await readAssessmentText(JSON.stringify(example()), (version) =>
      version === 1 ? Promise.resolve(undefined) : loadContent(version),
    )
    expect(read.ok ? [] : read.problems.map((p) => [p.kind, p.path])).toEqual([
      ['unknownQuestionnaire', 'assessment.questionnaireVersion'],
    ])
  })
})
