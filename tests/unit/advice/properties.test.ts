/**
 * The action plan's properties (DOMAIN, "Action plan"), checked with fast-check over random answer
 * sets on the advice fixture.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type {
  Answer,
  Answers,
  FunctionAnswer,
  OtherTool,
  ToolChoice,
} from '../../../src/domain/assessment/types'
import { KEY_HOLDERS } from '../../../src/domain/assessment/types'
import { buildPlan } from '../../../src/domain/advice'
import type { Plan } from '../../../src/domain/advice'
import { candidatesFor, isWorthActingOn, toolValueImportance } from '../../../src/domain/advice/plan'
import { score } from '../../../src/domain/scoring'
import { indexTools, primaryTool, resolveTools } from '../../../src/domain/scoring/dependency'
import type { Result } from '../../../src/domain/scoring/types'
import {
  FUNCTION_QUESTIONS,
  FUNCTION_QUESTION_IDS,
  RATED_VALUES,
  TOOLS,
  catalogue,
  questionnaire,
  routes,
} from './fixtures'
import type { ToolKey } from './fixtures'

const RUNS = { numRuns: 200 }
const tools = indexTools(catalogue)
const dk = 'dontKnow' as const

const otherTool: fc.Arbitrary<OtherTool> = fc.record({
  kind: fc.constant('other' as const),
  id: fc.constantFrom('other-pad', 'other-board'),
  name: fc.constantFrom('Pad', 'Board'),
  vendor: fc.constantFrom('Acme', 'Coop'),
  jurisdiction: fc.constantFrom('extraterritorial', 'eu-or-adequate', 'self-or-ethical-eu', dk),
  licence: fc.constantFrom('libre', 'open-core', 'proprietary', dk),
  businessModel: fc.constantFrom('advertising-data', 'freemium', 'subscription', 'public-or-commons', dk),
  export: fc.constantFrom('full', 'partial', 'none', dk),
  hosting: fc.constantFrom('vendor-cloud', 'ethical-host', 'self-hosted', 'local', dk),
})

const choice: fc.Arbitrary<ToolChoice> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(...(Object.keys(TOOLS) as ToolKey[])).map((k) => catalogueChoice(k)),
  },
  { weight: 1, arbitrary: otherTool },
)

function catalogueChoice(k: ToolKey): ToolChoice {
  return { kind: 'catalogue', toolId: TOOLS[k].id }
}

/** Sub-answers, left out when undefined as a stored answer would. */
const usedAnswer: fc.Arbitrary<FunctionAnswer> = fc
  .record({
    tools: fc.array(choice, { minLength: 1, maxLength: 3 }),
    criticality: fc.constantFrom('minor', 'important', 'vital', dk, undefined),
    data: fc.constantFrom('public', 'internal', 'personal', 'sensitive', dk, undefined),
    exit: fc.constantFrom('notChecked', 'exportPossible', 'exitTested', dk, undefined),
    stance: fc.constantFrom('default', 'deliberate', dk, undefined),
    keys: fc.constantFrom(...KEY_HOLDERS, dk, undefined),
  })
  .map(({ tools: t, ...subs }) => ({
    kind: 'function' as const,
    use: 'used' as const,
    tools: t,
    ...Object.fromEntries(Object.entries(subs).filter(([, v]) => v !== undefined)),
  }))

const functionAnswer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 8, arbitrary: usedAnswer },
  { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'function', use: 'unused', tools: [] }) },
  {
    weight: 1,
    arbitrary: fc.constant<Answer>({ kind: 'function', use: 'used', tools: [], toolUnknown: true }),
  },
)

const answersArb: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.array(fc.option(functionAnswer, { freq: 5 }), { minLength: 6, maxLength: 6 }),
    fc.array(fc.option(fc.constantFrom<1 | 2 | 3 | 4 | 5>(1, 2, 3, 4, 5), { freq: 2 }), {
      minLength: 5,
      maxLength: 5,
    }),
    fc.option(fc.constantFrom('all', 'some', 'none', dk)),
  )
  .map(([fns, ratings, twoFactor]) => {
    const out: Record<string, Answer> = {}
    FUNCTION_QUESTION_IDS.forEach((id, i) => {
      const a = fns[i]
      if (a) out[id] = a
    })
    RATED_VALUES.forEach((v, i) => {
      const r = ratings[i]
      if (r) out[`imp_${v}`] = { kind: 'scale', value: r }
    })
    if (twoFactor)
      out['gov.twoFactor'] = twoFactor === dk ? { kind: dk } : { kind: 'single', value: twoFactor }
    return out
  })

function planOf(answers: Answers): { result: Result; plan: Plan } {
  const result = score(questionnaire, catalogue, answers)
  return { result, plan: buildPlan(result, catalogue, routes, answers) }
}

function dependencyOf(result: Result, functionId: string): number | null {
  return result.functions.find((f) => f.functionId === functionId)?.dependency ?? null
}

const questionOf = (functionId: string) =>
  FUNCTION_QUESTION_IDS.find((id) => FUNCTION_QUESTIONS[id] === functionId) ?? ''

describe('properties of the action plan (DOMAIN)', () => {
  it('applying a proposal (the tool replaced in the answers, re-scored) lowers DI by exactly gain / n', () => {
    let applied = 0
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { result, plan } = planOf(answers)
        for (const p of plan.proposals) {
          const qid = questionOf(p.functionId)
          const answer = answers[qid]
          const fn = result.functions.find((f) => f.functionId === p.functionId)
          if (answer?.kind !== 'function' || !fn) throw new Error('a proposal for a function not answered')
          // the most exposed tools leave (all of them on a tie), the others stay, the alternative comes in
          const top = primaryTool(fn.tools)?.exposure
          const kept = answer.tools.filter((c) => resolveTools([c], tools)[0]?.exposure !== top)
          const done: Answers = {
            ...answers,
            [qid]: { ...answer, tools: [...kept, { kind: 'catalogue', toolId: p.alternativeId }] },
          }
          const after = score(questionnaire, catalogue, done)
          const n = result.functions.filter((f) => f.status === 'scored').length
          expect(after.dependencyIndex ?? NaN).toBeCloseTo((result.dependencyIndex ?? NaN) - p.gain / n, 9)
          expect(after.dependencyIndex ?? NaN).toBeCloseTo(p.dependencyIndexIfDone, 9)
          expect(dependencyOf(after, p.functionId) ?? NaN).toBeCloseTo(p.newDependency, 9)
          applied += 1
        }
      }),
      RUNS,
    )
    // the property must have been exercised, not vacuously true
    expect(applied).toBeGreaterThan(50)
  })

  it('a deliberate choice never gets a replacement', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { result, plan } = planOf(answers)
        for (const p of plan.proposals) {
          expect(result.functions.find((f) => f.functionId === p.functionId)?.stance).not.toBe('deliberate')
        }
        for (const a of plan.worthActingOn) {
          const deliberate =
            result.functions.find((f) => f.functionId === a.functionId)?.stance === 'deliberate'
          expect(a.kind === 'deliberate').toBe(deliberate)
        }
      }),
      RUNS,
    )
  })

  it('no action below D 25, and every function in use at D ≥ 25 is worth acting on', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { result, plan } = planOf(answers)
        const acted = [
          ...plan.worthActingOn.map((a) => a.functionId),
          ...plan.proposals.map((p) => p.functionId),
          ...plan.mitigations.flatMap((m) => (m.functionId ? [m.functionId] : [])),
        ]
        for (const id of acted) expect(dependencyOf(result, id) ?? -1).toBeGreaterThanOrEqual(25)
        expect(plan.worthActingOn.map((a) => a.functionId).sort()).toEqual(
          result.functions
            .filter((f) => f.dependency !== null && f.dependency >= 25)
            .map((f) => f.functionId)
            .sort(),
        )
      }),
      RUNS,
    )
  })

  it('at most one proposal per function: its best candidate, with gain > 0, ordered by priority', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { result, plan } = planOf(answers)
        const ids = plan.proposals.map((p) => p.functionId)
        expect(new Set(ids).size).toBe(ids.length)
        for (const [i, p] of plan.proposals.entries()) {
          expect(p.gain).toBeGreaterThan(0)
          expect(p.sixMonthPlan).toBe(i < 6)
          expect(p.quickWin).toBe(p.effort === 1 && p.gain >= 10)
          const next = plan.proposals[i + 1]
          if (next) expect(next.priority).toBeLessThanOrEqual(p.priority)
          const fn = result.functions.find((f) => f.functionId === p.functionId)
          if (!fn || !isWorthActingOn(fn)) throw new Error('a proposal for a function not worth acting on')
          const best = candidatesFor(fn, catalogue, tools, routes, toolValueImportance(result))[0]
          expect(best?.tool.id).toBe(p.alternativeId)
        }
        // a function worth acting on, not deliberate, without proposal has no candidate at all
        for (const a of plan.worthActingOn.filter((x) => x.kind === 'noAlternative')) {
          const fn = result.functions.find((f) => f.functionId === a.functionId)
          if (!fn || !isWorthActingOn(fn)) throw new Error('unexpected')
          expect(candidatesFor(fn, catalogue, tools, routes, toolValueImportance(result))).toEqual([])
        }
      }),
      RUNS,
    )
  })

  it('is deterministic and independent of answer order and of the order tools were picked in', () => {
    fc.assert(
      fc.property(answersArb, fc.array(fc.nat(), { minLength: 1 }), (answers, order) => {
        const first = JSON.stringify(planOf(answers).plan)
        expect(JSON.stringify(planOf(answers).plan)).toBe(first)
        const keys = Object.keys(answers)
          .map((k, i) => ({ k, o: order[i % order.length] ?? 0, i }))
          .sort((x, y) => x.o - y.o || x.i - y.i)
          .map((x) => x.k)
        const shuffled: Answers = Object.fromEntries(
          keys.map((k) => {
            const a = answers[k] as Answer
            return [k, a.kind === 'function' ? { ...a, tools: [...a.tools].reverse() } : a]
          }),
        )
        expect(JSON.stringify(planOf(shuffled).plan)).toBe(first)
      }),
      RUNS,
    )
  })
})
