/**
 * readAssessmentText: one kind per problem, so the import screen and the command line can choose
 * their message without reading the detail; and old files (no ids on described tools) still read.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAssessmentText } from '@/domain/assessment/read'
import { catalogueV1 as catalogue } from '@/domain/catalogue/v1'
import { questionnaire } from '@/domain/questionnaire/bank'
import type { ReadProblemKind } from '@/domain/read-problem'

const example = (): Record<string, unknown> & {
  formatVersion: unknown
  exportedAt: unknown
  assessment: Record<string, unknown> & { answers: Record<string, unknown> }
} => JSON.parse(readFileSync(resolve(process.cwd(), 'examples', 'mid-size-in-transition.json'), 'utf8'))

function problemsOf(text: string): [ReadProblemKind, string][] {
  const read = readAssessmentText(text, questionnaire, catalogue)
  return read.ok ? [] : read.problems.map((p) => [p.kind, p.path])
}

function edited(edit: (file: ReturnType<typeof example>) => void): string {
  const file = example()
  edit(file)
  return JSON.stringify(file)
}

describe('readAssessmentText', () => {
  it('reads the example, whose described tool has no id, deriving other:<trimmed name>', () => {
    const read = readAssessmentText(JSON.stringify(example()), questionnaire, catalogue)
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
  ])('refuses %s', (_label, text, expected) => {
    expect(problemsOf(text)).toEqual(expected)
  })
})
