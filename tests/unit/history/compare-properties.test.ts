/**
 * The comparison's promises over random pairs (fast-check): an assessment compared with itself
 * shows no change; swapping the two sides inverts every change (numbers, level, tools, single
 * points of failure, contradictions). Sides are the example files with random tool changes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Assessment, FunctionAnswer } from '@/domain/assessment/types'
import { compareAssessments, type Comparison } from '@/domain/history/compare'
import { contentOf, example, EXAMPLES, scored } from './compare-support'

const RUNS = { numRuns: 60 }

/** An example with some function answers changed: other catalogue tools, or "not used". */
function mutated(base: Assessment): fc.Arbitrary<Assessment> {
  const content = contentOf(base)
  const functions = content.questionnaire.sections.flatMap((s) =>
    s.questions.flatMap((q) => (q.kind === 'function' ? [q] : [])),
  )
  const change = fc.constantFrom(...functions).chain((q) => {
    const ids = content.catalogue.functions.find((f) => f.id === q.functionId)?.tools.map((t) => t.id) ?? []
    const answer: fc.Arbitrary<FunctionAnswer> = fc.oneof(
      fc.constant<FunctionAnswer>({ kind: 'function', use: 'unused', tools: [] }),
      fc
        .record({
          tools: fc.subarray(ids, { minLength: 1, maxLength: 2 }),
          criticality: fc.constantFrom('minor' as const, 'important' as const, 'vital' as const),
        })
        .map(({ tools, criticality }): FunctionAnswer => ({
          kind: 'function',
          use: 'used',
          tools: tools.map((toolId) => ({ kind: 'catalogue', toolId })),
          criticality,
          data: 'personal',
          exit: 'notChecked',
          stance: 'default',
        })),
    )
    return answer.map((a) => [q.id, a] as const)
  })
  return fc.array(change, { maxLength: 4 }).map((changes) => ({
    ...base,
    answers: { ...base.answers, ...Object.fromEntries(changes) },
  }))
}

const sources = EXAMPLES.map(example)
const side = fc.constantFrom(...sources).chain(mutated)
const sameVersionPair = fc
  .constantFrom(...sources)
  .chain((base) =>
    fc.tuple(
      mutated(base),
      fc
        .constantFrom(...sources.filter((s) => s.questionnaireVersion === base.questionnaireVersion))
        .chain(mutated),
    ),
  )

function compare(a: Assessment, b: Assessment): Comparison {
  return compareAssessments(scored(a, contentOf(a)), scored(b, contentOf(b)))
}

const keys = <T extends { key: string }>(xs: readonly T[]) => xs.map((x) => x.key).sort()

describe('compareAssessments properties', () => {
  it('shows no change when an assessment is compared with itself', () => {
    fc.assert(
      fc.property(side, (a) => {
        const c = compare(a, a)
        for (const n of c.numbers) {
          expect(n.change === null ? n.verdict : n.change).toBe(n.change === null ? 'unknown' : 0)
        }
        expect(c.level.change === null || c.level.change === 0).toBe(true)
        expect(c.functions).toEqual([])
        expect(c.singlePoints.added).toEqual([])
        expect(c.singlePoints.removed).toEqual([])
        expect(c.contradictions.added).toEqual([])
        expect(c.contradictions.removed).toEqual([])
        expect(c.singlePoints.unknown).toEqual([])
        expect(c.contradictions.unknown).toEqual([])
      }),
      RUNS,
    )
  })

  it('inverts every change when the two sides are swapped (same and different versions)', () => {
    const anyPair = fc.oneof(sameVersionPair, fc.tuple(side, side))
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        const ab = compare(a, b)
        const ba = compare(b, a)
        ab.numbers.forEach((n, i) => {
          const m = ba.numbers[i]!
          expect([m.before, m.after]).toEqual([n.after, n.before])
          expect(m.change).toBe(n.change === null ? null : -n.change || 0)
          const flipped = { better: 'worse', worse: 'better', same: 'same', unknown: 'unknown' } as const
          expect(m.verdict).toBe(flipped[n.verdict])
        })
        expect(ba.level.change).toBe(ab.level.change === null ? null : -ab.level.change || 0)
        const mirror = ab.functions.map((f) => ({
          functionId: f.functionId,
          kind: f.kind === 'started' ? 'stopped' : f.kind === 'stopped' ? 'started' : 'tools',
          removed: keys(f.added),
          added: keys(f.removed),
        }))
        expect(
          ba.functions
            .map((f) => ({
              functionId: f.functionId,
              kind: f.kind,
              removed: keys(f.removed),
              added: keys(f.added),
            }))
            .sort((x, y) => x.functionId.localeCompare(y.functionId)),
        ).toEqual(mirror.sort((x, y) => x.functionId.localeCompare(y.functionId)))
        expect(keys(ba.singlePoints.added)).toEqual(keys(ab.singlePoints.removed))
        expect(keys(ba.singlePoints.removed)).toEqual(keys(ab.singlePoints.added))
        expect(ba.contradictions.added.map((c) => c.value).sort()).toEqual(
          ab.contradictions.removed.map((c) => c.value).sort(),
        )
        expect(ba.contradictions.removed.map((c) => c.value).sort()).toEqual(
          ab.contradictions.added.map((c) => c.value).sort(),
        )
        expect(keys(ba.singlePoints.unknown)).toEqual(keys(ab.singlePoints.unknown))
        expect(ba.contradictions.unknown.map((c) => c.value).sort()).toEqual(
          ab.contradictions.unknown.map((c) => c.value).sort(),
        )
      }),
      RUNS,
    )
  })
})
