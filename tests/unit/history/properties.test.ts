/**
 * The migration's promises over random version-1 assessments (fast-check): the result always
 * passes version 2's check; no answer to a shared question is lost (only non-tools and tools
 * version 2 does not list leave, and each is listed); new questions stay unanswered; the same
 * assessment always gives the same result, whatever order its answers were saved in.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkAssessment } from '@/domain/assessment/check'
import type { Answer, Assessment, FunctionAnswer, OtherTool, ToolChoice } from '@/domain/assessment/types'
import { DONT_KNOW } from '@/domain/assessment/types'
import { migrateToV2, NOT_TOOLS_V1 } from '@/domain/history/migrate'
import type { Question } from '@/domain/questionnaire/types'
import { v1, v2 } from './fixtures'

const RUNS = { numRuns: 150 }
const dk = DONT_KNOW

const otherTool: fc.Arbitrary<OtherTool> = fc.record({
  kind: fc.constant('other' as const),
  id: fc.constantFrom('other-a', 'other-b'),
  name: fc.constantFrom('Pad', 'Board'),
  vendor: fc.constantFrom('Acme', 'Coop'),
  jurisdiction: fc.constantFrom('extraterritorial', 'eu-or-adequate', 'self-or-ethical-eu', dk),
  licence: fc.constantFrom('libre', 'open-core', 'proprietary', dk),
  businessModel: fc.constantFrom('advertising-data', 'freemium', 'subscription', 'public-or-commons', dk),
  export: fc.constantFrom('full', 'partial', 'none', dk),
  hosting: fc.constantFrom('vendor-cloud', 'ethical-host', 'self-hosted', 'local', dk),
})

/** A version-1 answer to a question; with `junk`, sometimes a tool id no catalogue has. */
function answerTo(question: Question): fc.Arbitrary<Answer> {
  switch (question.kind) {
    case 'text':
      return fc.string({ maxLength: 12 }).map((value) => ({ kind: 'text', value }))
    case 'single':
      return fc.oneof(
        fc
          .constantFrom(...question.options.map((o) => o.value))
          .map((value) => ({ kind: 'single' as const, value })),
        fc.constant({ kind: 'dontKnow' as const }),
      )
    case 'multiple':
      return fc.subarray(question.options.map((o) => o.value)).map((values) => ({ kind: 'multiple', values }))
    case 'scale':
      return fc.oneof(
        fc.constantFrom(1, 2, 3, 4, 5 as const).map((value) => ({ kind: 'scale' as const, value })),
        fc.constant({ kind: 'dontKnow' as const }),
      )
    case 'function': {
      const ids =
        v1.catalogue.functions.find((f) => f.id === question.functionId)?.tools.map((t) => t.id) ?? []
      const choice: fc.Arbitrary<ToolChoice> = fc.oneof(
        {
          weight: 6,
          arbitrary: fc.constantFrom(...ids).map((toolId) => ({ kind: 'catalogue' as const, toolId })),
        },
        // The non-tools, often enough to meet them alone and beside other tools.
        {
          weight: 2,
          arbitrary: fc
            .constantFrom(...NOT_TOOLS_V1)
            .map((toolId) => ({ kind: 'catalogue' as const, toolId })),
        },
        { weight: 1, arbitrary: otherTool },
        { weight: 1, arbitrary: fc.constant({ kind: 'catalogue' as const, toolId: 'no-such-tool' }) },
      )
      const followUp = (values: readonly string[]) =>
        fc.option(fc.constantFrom(...values, dk), { nil: undefined })
      const fields = Object.fromEntries(
        question.followUps.map((f) => [f.field, followUp(f.options.map((o) => o.value))]),
      )
      return fc
        .record({
          use: fc.constantFrom('used', 'unused', dk),
          tools: fc.uniqueArray(choice, {
            maxLength: 3,
            selector: (c) => (c.kind === 'catalogue' ? c.toolId : c.id),
          }),
          toolUnknown: fc.option(fc.boolean(), { nil: undefined }),
          reason: fc.option(fc.constantFrom('Because', ''), { nil: undefined }),
          ...fields,
        })
        .map((raw) => {
          // Leave out the fields fast-check drew as absent, as the app never stores `undefined`.
          const answer = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined))
          return { kind: 'function', ...answer } as FunctionAnswer
        })
    }
  }
}

const QUESTIONS = v1.questionnaire.sections.flatMap((s) => s.questions)

const assessment: fc.Arbitrary<Assessment> = fc
  .record(Object.fromEntries(QUESTIONS.map((q) => [q.id, answerTo(q)])), { requiredKeys: [] })
  .map((answers) => ({
    id: 'a-1',
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    answers: answers as Record<string, Answer>,
  }))

const catalogueIds = (answer: FunctionAnswer) =>
  answer.tools.flatMap((t) => (t.kind === 'catalogue' ? [t.toolId] : []))

describe('migrateToV2, over random version-1 assessments', () => {
  it('always gives an assessment version 2 reads without a problem, same id and dates', () => {
    fc.assert(
      fc.property(assessment, (before) => {
        const { assessment: after } = migrateToV2(before, v1, v2)
        expect(checkAssessment(after, v2.questionnaire, v2.catalogue)).toEqual([])
        expect(after).toMatchObject({
          id: before.id,
          createdAt: before.createdAt,
          updatedAt: before.updatedAt,
          questionnaireVersion: 2,
        })
      }),
      RUNS,
    )
  })

  it('loses no answer to a shared question: only the listed tools leave', () => {
    fc.assert(
      fc.property(assessment, (before) => {
        const { assessment: after, report } = migrateToV2(before, v1, v2)
        expect(report.droppedAnswers).toEqual([])
        for (const [id, answer] of Object.entries(before.answers)) {
          const kept = after.answers[id]
          if (answer.kind !== 'function') {
            expect(kept, id).toEqual(answer)
            continue
          }
          const dropped = report.droppedTools.filter((d) => d.questionId === id).map((d) => d.toolId)
          // Exactly the tools version 2 does not list for this function left, in order.
          const known = new Set(
            v2.catalogue.functions.flatMap((f) => (`fn.${f.id}` === id ? f.tools.map((t) => t.id) : [])),
          )
          expect(dropped).toEqual(catalogueIds(answer).filter((t) => !known.has(t)))
          const remaining = answer.tools.filter((t) => t.kind !== 'catalogue' || known.has(t.toolId))
          if (report.nowUnused.some((f) => f.questionId === id)) {
            // Only non-tools were given: "we use none".
            expect(remaining).toEqual([])
            expect(dropped.every((t) => NOT_TOOLS_V1.includes(t))).toBe(true)
            expect(kept).toEqual({ kind: 'function', use: 'unused', tools: [] })
          } else {
            expect(kept, id).toEqual({ ...answer, tools: remaining })
          }
        }
      }),
      RUNS,
    )
  })

  it('leaves every question it lists as new unanswered', () => {
    fc.assert(
      fc.property(assessment, (before) => {
        const { assessment: after, report } = migrateToV2(before, v1, v2)
        for (const q of report.newQuestions) {
          const answer = after.answers[q.questionId]
          if (q.kind === 'followUp') expect(answer?.kind === 'function' && answer[q.field]).toBeFalsy()
          else expect(answer).toBeUndefined()
        }
      }),
      RUNS,
    )
  })

  it('is deterministic and independent of the order answers were saved in', () => {
    fc.assert(
      fc.property(assessment, fc.infiniteStream(fc.double()), (before, randoms) => {
        const entries = Object.entries(before.answers)
        const shuffled = entries
          .map((entry) => ({ entry, key: randoms.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => entry)
        const first = migrateToV2(before, v1, v2)
        expect(migrateToV2(before, v1, v2)).toEqual(first)
        const reordered = migrateToV2({ ...before, answers: Object.fromEntries(shuffled) }, v1, v2)
        expect(reordered).toEqual(first)
        expect(Object.keys(reordered.assessment.answers)).toEqual(Object.keys(first.assessment.answers))
      }),
      RUNS,
    )
  })
})
