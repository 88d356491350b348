/**
 * The `score` command line: its pure logic (score-file.ts) on the examples and on bad files, and
 * one end-to-end run of the real command to check the wiring (stdout, stderr, exit code).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildPlan } from '../../src/domain/advice/index'
import { parseAssessmentFile } from '../../src/domain/assessment/file'
import { loadContent } from '../../src/domain/registry'
import { scoreAssessment } from '../../src/domain/scoring/index'
import type { LoadContent, ReadOutcome, ScoredFile } from '../../src/cli/score-file'
import {
  csvField,
  formatProblem,
  reportsInOrder,
  rounded,
  runScore,
  scoreAssessmentText,
} from '../../src/cli/score-file'
import { factsOf, quantile, singlePointKey, type Summary } from '../../src/cli/summary'

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

describe('rounded', () => {
  it('copies a value with every number rounded to two decimals', () => {
    expect(rounded({ a: 64.97999999999999, b: [0.125, 1 / 3], c: 7, d: 'x', e: null })).toEqual({
      a: 64.98,
      b: [0.13, 0.33],
      c: 7,
      d: 'x',
      e: null,
    })
  })
})

/** Every number in a parsed JSON value. */
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value]
  if (typeof value !== 'object' || value === null) return []
  return Object.values(value).flatMap(numbersOf)
}

/**
 * A run on files held in memory: `dir/` arguments give the files under them, patterns are not
 * expanded here (files.test.ts covers that), everything is scored in this thread.
 */
async function run(
  args: string[],
  files: Record<string, string>,
  load?: LoadContent,
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = ''
  let stderr = ''
  const read = (file: string): ReadOutcome =>
    file in files ? { ok: true, text: files[file] ?? '' } : { ok: false, problem: 'no such file' }
  const exitCode = await runScore(args, {
    expand: (target) =>
      target.endsWith('/')
        ? Object.keys(files)
            .filter((f) => f.startsWith(target))
            .sort()
        : [target],
    reports: (list, format) => reportsInOrder(list, format, read, load),
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  })
  return { stdout, stderr, exitCode }
}

const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown)

describe('runScore', () => {
  const files: Record<string, string> = {
    'a.json': exampleText(EXAMPLES[0] ?? ''),
    'b.json': exampleText(EXAMPLES[2] ?? ''),
    'c.json': exampleText(EXAMPLES[3] ?? ''),
    'bad.json': '[]',
  }

  it('prints one JSON line { file, result, plan } per file, numbers rounded, in the order given', async () => {
    const one = await run(['a.json'], files)
    expect(one.exitCode).toBe(0)
    // One file: its line is also one JSON object, as before JSON Lines.
    const printed = JSON.parse(one.stdout) as ScoredFile
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(1)
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
    const two = await run(['b.json', 'a.json'], files)
    expect(two.exitCode).toBe(0)
    expect(two.stderr).toBe(
      'score: 2 files: 2 scored, 0 refused; levels 1: 0, 2: 1, 3: 0, 4: 0, 5: 1, none: 0\n',
    )
    const both = lines(two.stdout) as ScoredFile[]
    expect(both.map((r) => r.file)).toEqual(['b.json', 'a.json'])
    expect(both.map((r) => Object.keys(r))).toEqual([
      ['file', 'result', 'plan'],
      ['file', 'result', 'plan'],
    ])
  })

  it('reports bad and missing files on stderr, scores the others, counts them in the summary, exits 1', async () => {
    const out = await run(['a.json', 'bad.json', 'missing.json'], files)
    expect(out.exitCode).toBe(1)
    expect(lines(out.stdout)).toHaveLength(1)
    expect(out.stderr).toBe(
      'score: bad.json: not an assessment file (expected a JSON object)\n' +
        'score: missing.json: no such file\n' +
        'score: 3 files: 1 scored, 2 refused; levels 1: 0, 2: 1, 3: 0, 4: 0, 5: 0, none: 0\n',
    )
  })

  it('scores every file a directory holds, and says when an argument names no file (exit 1)', async () => {
    const tree = { 'dir/x.json': files['a.json'] ?? '', 'dir/sub/y.json': files['c.json'] ?? '' }
    const out = await run(['dir/'], tree)
    expect(out.exitCode).toBe(0)
    expect((lines(out.stdout) as ScoredFile[]).map((r) => r.file)).toEqual(['dir/sub/y.json', 'dir/x.json'])
    const empty = await run(['dir/', 'nothing/'], tree)
    expect(empty.exitCode).toBe(1)
    expect(empty.stderr).toContain('score: nothing/: no file matches\n')
    expect(lines(empty.stdout)).toHaveLength(2)
  })

  it('--csv prints a header and one row of key numbers per file scored', async () => {
    const out = await run(['--csv', 'a.json', 'bad.json', 'c.json'], files)
    expect(out.exitCode).toBe(1)
    const rows = out.stdout.trimEnd().split('\n')
    expect(rows[0]).toBe(
      'file,questionnaireVersion,catalogueVersion,level,dependencyIndex,concentration,fragility,governance,pathScore,completeness,singlePointsOfFailure,dominantTools',
    )
    expect(rows).toHaveLength(3)
    const c = await scoreAssessmentText(files['c.json'] ?? '')
    if (!c.ok) throw new Error('c.json should score')
    const r = c.result
    const n = (x: number | null) => (x === null ? '' : String(Math.round(x * 100) / 100))
    expect(rows[2]).toBe(
      [
        'c.json',
        r.questionnaireVersion,
        r.catalogueVersion,
        r.level,
        n(r.dependencyIndex),
        n(r.concentration),
        n(r.fragility),
        n(r.governance),
        n(r.pathScore),
        n(r.completeness.ratio),
        new Set(r.singlePointsOfFailure.map(singlePointKey)).size,
        factsOf(r).dominantTools.join(' '),
      ].join(','),
    )
  })

  it('--summary prints only the aggregate of the files scored', async () => {
    const out = await run(['--summary', 'a.json', 'a.json', 'c.json', 'bad.json'], files)
    expect(out.exitCode).toBe(1)
    const summary = JSON.parse(out.stdout) as Summary
    expect(summary).toMatchObject({ files: 4, scored: 3, refused: 1 })
    const a = await scoreAssessmentText(files['a.json'] ?? '')
    const c = await scoreAssessmentText(files['c.json'] ?? '')
    if (!a.ok || !c.ok) throw new Error('examples should score')
    const levels = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, none: 0 }
    for (const r of [a.result, a.result, c.result]) levels[r.level === null ? 'none' : r.level]++
    expect(summary.levels).toEqual(levels)
    // Three values, x, x and y: the median is x, the mean (2x + y) / 3.
    const x = a.result.dependencyIndex ?? 0
    const y = c.result.dependencyIndex ?? 0
    const round = (v: number) => Math.round(v * 100) / 100
    expect(summary.keyNumbers.dependencyIndex).toMatchObject({
      count: 3,
      median: round(x),
      mean: round((2 * x + y) / 3),
      min: round(Math.min(x, y)),
      max: round(Math.max(x, y)),
    })
    // A dominant tool of the first example is counted once per file that uses it: twice.
    const first = factsOf(a.result).dominantTools[0]
    expect(summary.dominantTools.find((t) => t.toolId === first)?.files).toBe(
      factsOf(c.result).dominantTools.includes(first ?? '') ? 3 : 2,
    )
  })

  it('names a file whose scoring throws, and still scores the others', async () => {
    const failing = (version: number) =>
      version === 1 ? Promise.reject(new Error('broken content')) : loadContent(version)
    const out = await run(['a.json', 'c.json'], files, failing)
    expect(out.exitCode).toBe(1)
    expect((lines(out.stdout) as ScoredFile[]).map((r) => r.file)).toEqual(['c.json'])
    expect(out.stderr).toContain('score: a.json: could not be scored (Error: broken content)\n')
  })

  it('usage errors exit 2; --help prints usage and exits 0', async () => {
    expect(await run([], files)).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr: expect.stringContaining('usage:'),
    })
    expect(await run(['--bogus'], files)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('unknown option --bogus'),
    })
    expect(await run(['--csv', '--summary', 'a.json'], files)).toMatchObject({ exitCode: 2 })
    expect(await run(['--jobs', '0', 'a.json'], files)).toMatchObject({ exitCode: 2 })
    expect(await run(['--help'], files)).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('usage:'),
    })
  })
})

describe('quantile and csvField', () => {
  it('interpolates quartiles between the nearest values', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75)
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantile([5], 0.75)).toBe(5)
    expect(quantile([], 0.5)).toBeNull()
  })

  it('quotes fields with commas or quotes, and keeps a would-be formula as text', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField(null)).toBe('')
    expect(csvField(1 / 3)).toBe('0.33')
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
    const out = lines(run.stdout) as ScoredFile[]
    expect(out.map((r) => [r.file, r.result.questionnaireVersion, r.result.level])).toEqual([
      ['examples/small-association-dominant.json', 1, 2],
      ['examples/ethical-self-hosted.json', 1, 5],
      ['examples/volunteer-run-self-hosted.json', 2, 3],
    ])
    // The plan comes with each result: the volunteer-run example's one proposal (examples-plans.test.ts).
    expect(out[2]?.plan.proposals.map((p) => [p.functionId, p.alternativeId, p.gain])).toEqual([
      ['payments', 'paheko-payments', 40.61],
    ])
    expect(run.stderr).toMatch(
      new RegExp(
        `^score: ${bad}: not JSON \\(.+\\)\nscore: 4 files: 3 scored, 1 refused; levels 1: 0, 2: 1, 3: 1, 4: 0, 5: 1, none: 0\n$`,
      ),
    )
    expect(run.stderr).not.toContain('    at ')
  }, 60_000)

  it('with worker threads, scores the files of a quoted pattern in path order, as in one thread', () => {
    const tree = join(dir, 'members')
    for (let i = 0; i < 12; i++) {
      mkdirSync(join(tree, `region-${i % 3}`), { recursive: true })
      writeFileSync(
        join(tree, `region-${i % 3}`, `m${String(i).padStart(2, '0')}.json`),
        exampleText(EXAMPLES[i % 4] ?? ''),
      )
    }
    writeFileSync(join(tree, 'region-0', 'notes.txt'), 'not an assessment')
    const score = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'src/cli/score.ts', ...args], { cwd: ROOT, encoding: 'utf8' })
    const threads = score('--jobs', '2', '--csv', `${tree}/**/*.json`)
    const single = score('--jobs', '1', '--csv', tree)
    expect(threads.status).toBe(0)
    expect(threads.stdout).toBe(single.stdout)
    const files = threads.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((row) => row.split(',')[0])
    expect(files).toHaveLength(12)
    expect(files).toEqual([...files].sort())
    expect(threads.stderr).toBe(single.stderr)
    expect(threads.stderr).toMatch(/^score: 12 files: 12 scored, 0 refused; /)
  }, 120_000)
})
