/**
 * The `score` command line: its pure logic (score-file.ts) on the examples and on bad files, and
 * one end-to-end run of the real command to check the wiring (stdout, stderr, exit code).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildPlan } from '../../src/domain/advice/index'
import { parseAssessmentFile } from '../../src/domain/assessment/file'
import { loadContent } from '../../src/domain/registry'
import { scoreAssessment } from '../../src/domain/scoring/index'
import type { ReadOutcome, ScoredFile } from '../../src/cli/score-file'
import { formatProblem, roundForPrint, runScore, scoreAssessmentText } from '../../src/cli/score-file'

// Vitest runs from the project root (vitest.config.ts).
const ROOT = process.cwd()
const EXAMPLES = [
  'small-association-dominant.json',
  'mid-size-in-transition.json',
  'ethical-self-hosted.json',
  'volunteer-run-self-hosted.json',
]
const exampleText = (name: string): string => readFileSync(resolve(ROOT, 'examples', name), 'utf8')

/** An example file with its JSON changed by `edit`, as text. */
function edited(
  edit: (file: {
    formatVersion: unknown
    assessment: Record<string, unknown> & { answers: Record<string, unknown> }
  }) => void,
): string {
  const file = JSON.parse(exampleText('mid-size-in-transition.json'))
  edit(file)
  return JSON.stringify(file)
}

/** The one-line messages for a bad text, as the command prints them for `bad.json`. */
async function messages(text: string): Promise<string[]> {
  const outcome = await scoreAssessmentText(text)
  expect(outcome.ok).toBe(false)
  return outcome.ok ? [] : outcome.problems.map((p) => formatProblem('bad.json', p))
}

describe('scoreAssessmentText', () => {
  it.each(EXAMPLES)(
    'scores and plans %s exactly as the app does, with the content of its own version',
    async (name) => {
      const text = exampleText(name)
      const assessment = parseAssessmentFile(text)
      const content = await loadContent(assessment.questionnaireVersion)
      if (!content) throw new Error(`no content for version ${assessment.questionnaireVersion}`)
      const result = scoreAssessment(content, assessment)
      expect(await scoreAssessmentText(text)).toEqual({
        ok: true,
        result,
        plan: buildPlan(result, content.catalogue, content.routes, assessment.answers),
      })
    },
  )

  it('scores a version 1 file with catalogue v1 and a version 2 file with catalogue v2', async () => {
    const versions = await Promise.all(
      ['mid-size-in-transition.json', 'volunteer-run-self-hosted.json'].map(async (name) => {
        const outcome = await scoreAssessmentText(exampleText(name))
        return outcome.ok ? [outcome.result.questionnaireVersion, outcome.result.catalogueVersion] : []
      }),
    )
    expect(versions).toEqual([
      [1, (await loadContent(1))?.catalogue.version],
      [2, (await loadContent(2))?.catalogue.version],
    ])
    expect(versions[0]?.[1]).not.toBe(versions[1]?.[1])
  })

  it.each([
    ['not JSON', '{"format": ', [expect.stringMatching(/^score: bad\.json: not JSON \(.+\)$/)]],
    [
      'another format',
      JSON.stringify({ format: 'something-else', formatVersion: 1 }),
      [
        'score: bad.json: format: not an assessment file (format is "something-else", expected "autonomie-numerique.assessment")',
      ],
    ],
    [
      'formatVersion 2',
      edited((f) => {
        f.formatVersion = 2
      }),
      [
        "score: bad.json: formatVersion: written by a newer version of the app; update it to score this file (format version 2 is newer than this app's (1))",
      ],
    ],
    [
      'questionnaireVersion 99',
      edited((f) => {
        f.assessment.questionnaireVersion = 99
      }),
      [
        'score: bad.json: assessment.questionnaireVersion: written by a newer version of the app; update it to score this file (questionnaire version 99 was made by a newer version of this app (it knows versions up to 2))',
      ],
    ],
    [
      'another questionnaire',
      edited((f) => {
        f.assessment.questionnaireId = 'someone-else'
      }),
      [
        'score: bad.json: assessment.questionnaireId: answers a questionnaire this app does not know (unknown questionnaire "someone-else", expected "autonomie-numerique")',
      ],
    ],
    [
      'a date that is not a timestamp',
      edited((f) => {
        f.assessment.createdAt = 'March 7'
      }),
      [
        'score: bad.json: assessment.createdAt: invalid field (expected an ISO 8601 timestamp such as 2026-11-30T10:15:00.000Z)',
      ],
    ],
    [
      'an answer to fn.nonexistent',
      edited((f) => {
        f.assessment.answers['fn.nonexistent'] = { kind: 'function', use: 'unused', tools: [] }
      }),
      [
        'score: bad.json: assessment.answers.fn.nonexistent: answer to a question this app does not know (answer to an unknown question)',
      ],
    ],
    [
      'an unknown tool id',
      edited((f) => {
        f.assessment.answers['fn.email'] = {
          kind: 'function',
          use: 'used',
          tools: [{ kind: 'catalogue', toolId: 'gmial' }],
        }
      }),
      [
        'score: bad.json: assessment.answers.fn.email.tools[0].toolId: tool the catalogue does not list for this function (unknown tool id gmial for function email)',
      ],
    ],
    [
      'a real tool under another function',
      edited((f) => {
        f.assessment.answers['fn.email'] = {
          kind: 'function',
          use: 'used',
          tools: [{ kind: 'catalogue', toolId: 'peertube' }],
        }
      }),
      [
        'score: bad.json: assessment.answers.fn.email.tools[0].toolId: tool the catalogue does not list for this function (unknown tool id peertube for function email)',
      ],
    ],
    [
      'a scale value 9',
      edited((f) => {
        f.assessment.answers['value.privacy'] = { kind: 'scale', value: 9 }
      }),
      [
        'score: bad.json: assessment.answers.value.privacy.value: invalid field (expected a whole number from 1 to 5)',
      ],
    ],
    [
      'an unknown option and an answer of the wrong kind (every problem reported)',
      edited((f) => {
        f.assessment.answers['profile.kind'] = { kind: 'single', value: 'club' }
        f.assessment.answers['gov.backups'] = { kind: 'scale', value: 3 }
      }),
      [
        'score: bad.json: assessment.answers.profile.kind.value: option the question does not offer (unknown option "club")',
        'score: bad.json: assessment.answers.gov.backups.kind: answer of the wrong kind for its question (expected a single answer, got scale)',
      ],
    ],
  ])('refuses %s with a message naming the problem', async (_label, text, expected) => {
    expect(await messages(text)).toEqual(expected)
  })
})

describe('formatProblem', () => {
  it('chooses the message from the kind, whatever the detail says', () => {
    expect(formatProblem('f.json', { kind: 'unknownTool', path: 'x', detail: 'not JSON' })).toBe(
      'score: f.json: x: tool the catalogue does not list for this function (not JSON)',
    )
    expect(formatProblem('f.json', { kind: 'notJson', path: '', detail: 'd' })).toBe(
      'score: f.json: not JSON (d)',
    )
  })
})

describe('roundForPrint', () => {
  it('prints numbers with at most two decimals', () => {
    expect(JSON.stringify({ a: 64.97999999999999, b: [0.125, 1 / 3], c: 7, d: 'x' }, roundForPrint)).toBe(
      '{"a":64.98,"b":[0.13,0.33],"c":7,"d":"x"}',
    )
  })
})

/** Every number in a parsed JSON value. */
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value]
  if (typeof value !== 'object' || value === null) return []
  return Object.values(value).flatMap(numbersOf)
}

describe('runScore', () => {
  const files: Record<string, string> = {
    'a.json': exampleText(EXAMPLES[0] ?? ''),
    'b.json': exampleText(EXAMPLES[2] ?? ''),
    'c.json': exampleText(EXAMPLES[3] ?? ''),
    'bad.json': '[]',
  }
  const read = (file: string): ReadOutcome =>
    file in files ? { ok: true, text: files[file] ?? '' } : { ok: false, problem: 'no such file' }

  it('prints one file as {file, result, plan}, several as an array of them', async () => {
    const one = await runScore(['a.json'], read)
    expect(one.exitCode).toBe(0)
    const printed = JSON.parse(one.stdout) as ScoredFile
    expect(Object.keys(printed)).toEqual(['file', 'result', 'plan'])
    expect(printed.file).toBe('a.json')
    // every printed number has at most two decimals, in the result and in the plan
    expect(numbersOf(printed).filter((x) => Math.round(x * 100) / 100 !== x)).toEqual([])
    expect(numbersOf(printed.plan).length).toBeGreaterThan(0)
    const unrounded = await scoreAssessmentText(files['a.json'] ?? '')
    if (!unrounded.ok) throw new Error('a.json should score')
    const round = (x: number) => Math.round(x * 100) / 100
    const di = unrounded.result.dependencyIndex
    expect(printed.result.dependencyIndex).toBe(di === null ? null : round(di))
    // The plan printed is the file's plan: same proposals, in the same order, numbers rounded.
    expect(printed.plan.proposals.map((p) => [p.functionId, p.alternativeId, p.gain])).toEqual(
      unrounded.plan.proposals.map((p) => [p.functionId, p.alternativeId, round(p.gain)]),
    )
    expect(printed.plan.mitigations).toEqual(unrounded.plan.mitigations)
    const two = await runScore(['a.json', 'b.json'], read)
    expect(two.exitCode).toBe(0)
    expect(two.stderr).toBe('')
    const both = JSON.parse(two.stdout) as ScoredFile[]
    expect(both.map((r) => r.file)).toEqual(['a.json', 'b.json'])
    expect(both.map((r) => Object.keys(r))).toEqual([
      ['file', 'result', 'plan'],
      ['file', 'result', 'plan'],
    ])
  })

  it('reports bad and missing files on stderr, scores the others, exits 1', async () => {
    const out = await runScore(['a.json', 'bad.json', 'missing.json'], read)
    expect(out.exitCode).toBe(1)
    expect(JSON.parse(out.stdout)).toHaveLength(1)
    expect(out.stderr).toBe(
      'score: bad.json: not an assessment file (expected a JSON object)\nscore: missing.json: no such file\n',
    )
  })

  it('names a file whose scoring throws, and still scores the others', async () => {
    const failing = (version: number) =>
      version === 1 ? Promise.reject(new Error('broken content')) : loadContent(version)
    const out = await runScore(['a.json', 'c.json'], read, failing)
    expect(out.exitCode).toBe(1)
    expect((JSON.parse(out.stdout) as ScoredFile[]).map((r) => r.file)).toEqual(['c.json'])
    expect(out.stderr).toBe('score: a.json: could not be scored (Error: broken content)\n')
  })

  it('usage errors exit 2; --help prints usage and exits 0', async () => {
    expect(await runScore([], read)).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr: expect.stringContaining('usage:'),
    })
    expect(await runScore(['--bogus'], read)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('unknown option --bogus'),
    })
    expect(await runScore(['--help'], read)).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('usage:'),
    })
  })
})

describe('npm run score (end to end)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'score-cli-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('scores and plans three examples, names the bad file on stderr, exits 1, no stack trace', () => {
    const bad = join(dir, 'asso-b.json')
    writeFileSync(bad, '{ not json')
    const run = spawnSync(
      'npx',
      [
        'tsx',
        'src/cli/score.ts',
        'examples/small-association-dominant.json',
        'examples/ethical-self-hosted.json',
        'examples/volunteer-run-self-hosted.json',
        bad,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    )
    expect(run.status).toBe(1)
    const out = JSON.parse(run.stdout) as ScoredFile[]
    expect(out.map((r) => [r.file, r.result.questionnaireVersion, r.result.level])).toEqual([
      ['examples/small-association-dominant.json', 1, 2],
      ['examples/ethical-self-hosted.json', 1, 5],
      ['examples/volunteer-run-self-hosted.json', 2, 3],
    ])
    // The plan comes with each result: the volunteer-run example's one proposal (examples-plans.test.ts).
    expect(out[2]?.plan.proposals.map((p) => [p.functionId, p.alternativeId, p.gain])).toEqual([
      ['payments', 'paheko-payments', 40.61],
    ])
    expect(run.stderr).toMatch(new RegExp(`^score: ${bad}: not JSON \\(.+\\)\n$`))
    expect(run.stderr).not.toContain('    at ')
  }, 60_000)
})
