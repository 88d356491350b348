/**
 * The properties the scoring method promises, checked with fast-check over random answer sets on
 * the fixture: (1) a tool of lower exposure never raises the dependency index; (2) a more critical
 * function on a dominant tool never lowers it; (3) a function marked "not used" changes nothing;
 * (4) one vendor for everything gives concentration 100; (6) scores are deterministic and do not
 * depend on the order of the answers. Property 5 (an organisation on the dominant platforms lands on
 * level 1 or 2, one on self-hosted and ethical tools on level 4 or 5) needs whole organisations: it
 * is checked in score.test.ts and on the examples in examples.test.ts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type {
  Answer,
  Answers,
  Criticality,
  FunctionAnswer,
  OtherTool,
  ToolChoice,
} from '../../../src/domain/assessment/types'
import { otherToolIdFromName } from '../../../src/domain/assessment/types'
import { score } from '../../../src/domain/scoring'
import { indexTools, resolveTools } from '../../../src/domain/scoring/dependency'
import type { Result } from '../../../src/domain/scoring/types'
import { VALUE_IDS } from '../../../src/domain/questionnaire/types'
import {
  FUNCTION_QUESTIONS,
  FUNCTION_QUESTION_IDS,
  GOVERNANCE_QUESTION_IDS,
  TOOLS,
  catalogue,
  questionnaire,
  withoutQuestion,
} from './fixtures'
import type { FixtureToolKey, FunctionQuestionId } from './fixtures'

const RUNS = { numRuns: 200 }
const tools = indexTools(catalogue)
const ALL_FUNCTION_QUESTIONS = [...FUNCTION_QUESTION_IDS, 'fn_website'] as const

// ---- arbitraries ----------------------------------------------------------------------------

const dk = 'dontKnow' as const
const toolKey = fc.constantFrom(...(Object.keys(TOOLS) as FixtureToolKey[]))
const catalogueChoice = (keys: fc.Arbitrary<FixtureToolKey>): fc.Arbitrary<ToolChoice> =>
  keys.map((k) => ({ kind: 'catalogue', toolId: TOOLS[k].id }))

// Ids as the reader derives them for old files (from the name), so equal names are one tool.
const otherTool: fc.Arbitrary<OtherTool> = fc
  .record({
    kind: fc.constant('other' as const),
    name: fc.constantFrom('Pad', 'Board', 'Mail', ' Pad '),
    vendor: fc.constantFrom('Acme', 'acme ', 'Coop', 'Big Co'),
    jurisdiction: fc.constantFrom('extraterritorial', 'eu-or-adequate', 'self-or-ethical-eu', dk),
    licence: fc.constantFrom('libre', 'open-core', 'proprietary', dk),
    businessModel: fc.constantFrom('advertising-data', 'freemium', 'subscription', 'public-or-commons', dk),
    export: fc.constantFrom('full', 'partial', 'none', dk),
    hosting: fc.constantFrom('vendor-cloud', 'ethical-host', 'self-hosted', 'local', dk),
  })
  .map((tool) => ({ ...tool, id: otherToolIdFromName(tool.name) }))

/** Any tool choice, including one whose id is missing from the catalogue. */
const anyChoice: fc.Arbitrary<ToolChoice> = fc.oneof(
  { weight: 6, arbitrary: catalogueChoice(toolKey) },
  { weight: 2, arbitrary: otherTool },
  { weight: 1, arbitrary: fc.constant<ToolChoice>({ kind: 'catalogue', toolId: 'no-such-tool' }) },
)
/** A choice that can always be scored. */
const knownChoice: fc.Arbitrary<ToolChoice> = fc.oneof(catalogueChoice(toolKey), otherTool)

const criticality = fc.constantFrom<Criticality | typeof dk | undefined>(
  'minor',
  'important',
  'vital',
  dk,
  undefined,
)
const data = fc.constantFrom('public', 'internal', 'personal', 'sensitive', dk, undefined)
const exit = fc.constantFrom('notChecked', 'exportPossible', 'exitTested', dk, undefined)
const stance = fc.constantFrom('default', 'deliberate', dk, undefined)

function usedAnswer(choices: fc.Arbitrary<readonly ToolChoice[]>): fc.Arbitrary<FunctionAnswer> {
  return fc
    .record({
      tools: choices,
      toolUnknown: fc.boolean(),
      criticality,
      data,
      exit,
      stance,
    })
    .map(({ tools: t, toolUnknown, ...subs }) => {
      const a: FunctionAnswer = { kind: 'function', use: 'used', tools: t, toolUnknown }
      // leave undefined sub-answers out, as a stored answer would
      return { ...a, ...Object.fromEntries(Object.entries(subs).filter(([, v]) => v !== undefined)) }
    })
}

const functionAnswer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 6, arbitrary: usedAnswer(fc.array(anyChoice, { maxLength: 3 })) },
  { weight: 2, arbitrary: fc.constant<Answer>({ kind: 'function', use: 'unused', tools: [] }) },
  { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'function', use: 'dontKnow', tools: [] }) },
  { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'dontKnow' }) },
)

const scaleAnswer: fc.Arbitrary<Answer> = fc.oneof(
  fc.constantFrom(1, 2, 3, 4, 5).map((value): Answer => ({ kind: 'scale', value })),
  fc.constant<Answer>({ kind: 'dontKnow' }),
)
const governanceAnswer: fc.Arbitrary<Answer> = fc.oneof(
  fc.constantFrom('yes', 'partly', 'no').map((value): Answer => ({ kind: 'single', value })),
  fc.constant<Answer>({ kind: 'dontKnow' }),
)

/** An optional entry: the key is absent about a quarter of the time. */
function entry(key: string, answer: fc.Arbitrary<Answer>): fc.Arbitrary<[string, Answer] | null> {
  return fc.option(
    answer.map((a): [string, Answer] => [key, a]),
    { freq: 4 },
  )
}

function answersFrom(entries: readonly ([string, Answer] | null)[]): Answers {
  return Object.fromEntries(entries.filter((e): e is [string, Answer] => e !== null))
}

/** A random, possibly partial answer set over the whole fixture questionnaire. */
const answers: fc.Arbitrary<Answers> = fc
  .tuple(
    entry(
      'has_website',
      fc.constantFrom('yes', 'no').map((value): Answer => ({ kind: 'single', value })),
    ),
    entry(
      'channels',
      fc.subarray(['a', 'b']).map((values): Answer => ({ kind: 'multiple', values })),
    ),
    ...ALL_FUNCTION_QUESTIONS.map((id) => entry(id, functionAnswer)),
    ...VALUE_IDS.map((v) => entry(`imp_${v}`, scaleAnswer)),
    ...GOVERNANCE_QUESTION_IDS.map((id) => entry(id, governanceAnswer)),
  )
  .map(answersFrom)

const functionQuestionId = fc.constantFrom<FunctionQuestionId>(...FUNCTION_QUESTION_IDS)

/** Everything in a Result but the per-function list and completeness. */
function scores(r: Result): Omit<Result, 'functions' | 'completeness'> {
  const { functions: _f, completeness: _c, ...rest } = r
  void _f
  void _c
  return rest
}

function exposureOf(choice: ToolChoice): number {
  return resolveTools([choice], tools)[0]?.exposure ?? NaN
}

// ---- properties -----------------------------------------------------------------------------

describe('DOMAIN properties', () => {
  it('1. replacing a function tool by one of lower exposure never raises the dependency index', () => {
    fc.assert(
      fc.property(
        answers,
        functionQuestionId,
        usedAnswer(fc.array(anyChoice, { maxLength: 2 })),
        fc.nat(),
        knownChoice,
        knownChoice,
        (base, qid, fnAnswer, position, a, b) => {
          if (fnAnswer.kind !== 'function') return
          const [high, low] = exposureOf(a) >= exposureOf(b) ? [a, b] : [b, a]
          const at = position % (fnAnswer.tools.length + 1)
          const withTool = (t: ToolChoice): FunctionAnswer => ({
            ...fnAnswer,
            tools: [...fnAnswer.tools.slice(0, at), t, ...fnAnswer.tools.slice(at)],
          })
          const before = score(questionnaire, catalogue, { ...base, [qid]: withTool(high) })
          const after = score(questionnaire, catalogue, { ...base, [qid]: withTool(low) })
          expect(before.dependencyIndex).not.toBeNull()
          expect(after.dependencyIndex ?? NaN).toBeLessThanOrEqual(before.dependencyIndex ?? NaN)
        },
      ),
      RUNS,
    )
  })

  it('2. raising the criticality of a function that uses a dominant tool never lowers the dependency index', () => {
    const levels: Criticality[] = ['minor', 'important', 'vital']
    const dominantKey = fc.constantFrom(
      ...(Object.keys(TOOLS) as FixtureToolKey[]).filter((k) => TOOLS[k].side === 'dominant'),
    )
    fc.assert(
      fc.property(
        answers,
        functionQuestionId,
        usedAnswer(fc.array(anyChoice, { maxLength: 2 })),
        catalogueChoice(dominantKey),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (base, qid, fnAnswer, dominant, i, j) => {
          if (fnAnswer.kind !== 'function') return
          const [lo, hi] = [levels[Math.min(i, j)], levels[Math.max(i, j)]]
          const withCriticality = (c: Criticality | undefined): FunctionAnswer => ({
            ...fnAnswer,
            tools: [dominant, ...fnAnswer.tools],
            criticality: c,
          })
          const lower = score(questionnaire, catalogue, { ...base, [qid]: withCriticality(lo) })
          const higher = score(questionnaire, catalogue, { ...base, [qid]: withCriticality(hi) })
          expect(higher.dependencyIndex ?? NaN).toBeGreaterThanOrEqual(lower.dependencyIndex ?? NaN)
        },
      ),
      RUNS,
    )
  })

  it('3. a function marked "not used" changes no score, exactly as if it were not in the questionnaire', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...ALL_FUNCTION_QUESTIONS), (base, qid) => {
        const withUnused: Answers = { ...base, [qid]: { kind: 'function', use: 'unused', tools: [] } }
        const { [qid]: _removed, ...withoutAnswer } = base
        void _removed
        const full = score(questionnaire, catalogue, withUnused)
        const absent = score(withoutQuestion(questionnaire, qid), catalogue, withoutAnswer)
        expect(scores(full)).toEqual(scores(absent))
        // the per-function list differs only by the unused function's own entry
        const functionId = qid === 'fn_website' ? 'website' : FUNCTION_QUESTIONS[qid]
        expect(full.functions.filter((f) => f.functionId !== functionId)).toEqual(absent.functions)
        // completeness differs by the one answered unit of the unused function, when it is visible
        const hasWebsite = base.has_website
        const visible = qid !== 'fn_website' || (hasWebsite?.kind === 'single' && hasWebsite.value === 'yes')
        expect(full.functions.filter((f) => f.functionId === functionId).map((f) => f.status)).toEqual(
          visible ? ['unused'] : [],
        )
        const unit = visible ? 1 : 0
        expect(full.completeness.applicable).toBe(absent.completeness.applicable + unit)
        expect(full.completeness.answered).toBe(absent.completeness.answered + unit)
      }),
      RUNS,
    )
  })

  it('4. one vendor holding every function gives concentration 100', () => {
    // two catalogue tools of vendor 'mega', possibly both in one function
    const megaTools = fc.array(catalogueChoice(fc.constantFrom<FixtureToolKey>('megaMail', 'megaLogin')), {
      minLength: 1,
      maxLength: 3,
    })
    // described tools whose vendor is written 'Acme', 'acme ' or 'ACME': one vendor, 'other:acme'
    const acmeTools = fc.array(
      fc
        .tuple(otherTool, fc.constantFrom('Acme', 'acme ', 'ACME'))
        .map(([t, vendor]): OtherTool => ({ ...t, vendor, hosting: 'vendor-cloud' })),
      { minLength: 1, maxLength: 3 },
    )
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.uniqueArray(fc.constantFrom(...FUNCTION_QUESTION_IDS), { minLength: 1 }),
        fc.array(fc.tuple(megaTools, acmeTools, criticality), { minLength: 6, maxLength: 6 }),
        (useCatalogue, usedIds, perFunction) => {
          const a: Record<string, Answer> = {}
          FUNCTION_QUESTION_IDS.forEach((id, i) => {
            const [mega, acme, c] = perFunction[i] ?? [[], [], undefined]
            a[id] = usedIds.includes(id)
              ? {
                  kind: 'function',
                  use: 'used',
                  tools: useCatalogue ? mega : acme,
                  ...(c ? { criticality: c } : {}),
                }
              : { kind: 'function', use: 'unused', tools: [] }
          })
          const r = score(questionnaire, catalogue, a)
          expect(r.concentration).toBe(100)
          expect(r.vendorShares).toHaveLength(1)
          expect(r.vendorShares[0]?.vendorId).toBe(useCatalogue ? 'mega' : 'other:acme')
        },
      ),
      RUNS,
    )
  })

  describe('5. bounds', () => {
    const usedSubset = fc.uniqueArray(fc.constantFrom(...FUNCTION_QUESTION_IDS), { minLength: 1 })

    it('every function on a maximum-risk tool, vital, sensitive, no exit: every D = 100 and DI = 100', () => {
      const maxTools = fc.uniqueArray(
        catalogueChoice(fc.constantFrom<FixtureToolKey>('megaMail', 'megaLogin')),
        {
          minLength: 1,
          maxLength: 2,
          selector: (c) => (c.kind === 'catalogue' ? c.toolId : c.name),
        },
      )
      fc.assert(
        fc.property(usedSubset, fc.array(maxTools, { minLength: 6, maxLength: 6 }), (usedIds, choices) => {
          const a: Record<string, Answer> = {}
          usedIds.forEach((id, i) => {
            a[id] = {
              kind: 'function',
              use: 'used',
              tools: choices[i] ?? [],
              criticality: 'vital',
              data: 'sensitive',
              exit: 'notChecked',
            }
          })
          const r = score(questionnaire, catalogue, a)
          const scoredFns = r.functions.filter((f) => f.status === 'scored')
          expect(scoredFns).toHaveLength(usedIds.length)
          for (const f of scoredFns) expect(f.dependency).toBe(100)
          expect(r.dependencyIndex).toBe(100)
        }),
        RUNS,
      )
    })

    it('every function on self-hosted libre software with full export: every D = 0 and DI = 0', () => {
      const selfRun: fc.Arbitrary<ToolChoice> = fc.oneof(
        catalogueChoice(fc.constantFrom<FixtureToolKey>('cloudbox', 'keycloak', 'libreoffice')),
        otherTool.chain((t) =>
          fc.constantFrom('self-hosted' as const, 'local' as const).map((hosting): OtherTool => ({
            ...t,
            hosting,
            licence: 'libre',
            export: 'full',
            jurisdiction: 'self-or-ethical-eu',
          })),
        ),
      )
      fc.assert(
        fc.property(
          usedSubset,
          fc.array(fc.tuple(fc.array(selfRun, { minLength: 1, maxLength: 3 }), criticality, data, exit), {
            minLength: 6,
            maxLength: 6,
          }),
          (usedIds, perFunction) => {
            const a: Record<string, Answer> = {}
            usedIds.forEach((id, i) => {
              const [t, c, d, e] = perFunction[i] ?? [[], undefined, undefined, undefined]
              a[id] = { kind: 'function', use: 'used', tools: t, criticality: c, data: d, exit: e }
            })
            const r = score(questionnaire, catalogue, a)
            for (const f of r.functions.filter((x) => x.status === 'scored')) expect(f.dependency).toBe(0)
            expect(r.dependencyIndex).toBe(0)
            expect(r.concentration).toBe(0)
          },
        ),
        RUNS,
      )
    })
  })

  it('6. scores are deterministic and independent of answer order', () => {
    fc.assert(
      fc.property(answers, fc.array(fc.nat(), { minLength: 1 }), fc.boolean(), (a, order, reverseTools) => {
        const first = score(questionnaire, catalogue, a)
        expect(score(questionnaire, catalogue, a)).toEqual(first)
        // same answers, keys in a shuffled order
        const keys = Object.keys(a)
          .map((k, i) => ({ k, o: order[i % order.length] ?? 0, i }))
          .sort((x, y) => x.o - y.o || x.i - y.i)
          .map((x) => x.k)
        const shuffled: Answers = Object.fromEntries(keys.map((k) => [k, a[k] as Answer]))
        expect(JSON.stringify(score(questionnaire, catalogue, shuffled))).toBe(JSON.stringify(first))
        // tools picked in another order: every score but the per-function tool lists is the same
        if (reverseTools) {
          const reversed: Answers = Object.fromEntries(
            keys.map((k) => {
              const x = a[k] as Answer
              return [k, x.kind === 'function' ? { ...x, tools: [...x.tools].reverse() } : x]
            }),
          )
          // ...except a described vendor's label: the spelling met first, so pick order decides it.
          const unlabelled = (r: Result) => ({
            ...scores(r),
            vendors: r.vendors.map((v) => ({ ...v, label: v.kind === 'described' ? '' : v.label })),
          })
          expect(unlabelled(score(questionnaire, catalogue, reversed))).toEqual(unlabelled(first))
        }
      }),
      RUNS,
    )
  })
})
