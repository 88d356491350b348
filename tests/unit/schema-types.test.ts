/**
 * The schemas and the explicit interfaces must not drift apart. The interfaces stay the
 * documented types the app reads; these checks run in `npm run type-check` (vue-tsc reads the
 * tests) and fail to compile when a schema produces something its interface does not allow, or
 * when one has a field the other lacks.
 */
import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import type { AnswerSchema, AssessmentSchema } from '@/domain/assessment/parse'
import type { Answer, Assessment } from '@/domain/assessment/types'
import type { CatalogueSchema } from '@/domain/catalogue/parse'
import type { Catalogue, CatalogueFunction, Tool, Vendor } from '@/domain/catalogue/types'

type ParsedCatalogue = v.InferOutput<typeof CatalogueSchema>
type ParsedFunction = ParsedCatalogue['functions'][number]
type ParsedTool = ParsedFunction['tools'][number]

describe('schemas and interfaces agree', () => {
  it('the catalogue schema produces Catalogue, with the same fields at every level', () => {
    expectTypeOf<ParsedCatalogue>().toExtend<Catalogue>()
    expectTypeOf<keyof ParsedCatalogue>().toEqualTypeOf<keyof Catalogue>()
    expectTypeOf<keyof ParsedFunction>().toEqualTypeOf<keyof CatalogueFunction>()
    expectTypeOf<keyof ParsedCatalogue['vendors'][number]>().toEqualTypeOf<keyof Vendor>()
    // A dominant tool's output has kind/migration only as `never` (refused): same key set as Tool.
    expectTypeOf<keyof Extract<ParsedTool, { side: 'alternative' }>>().toEqualTypeOf<keyof Tool>()
  })

  it('the assessment schemas produce Assessment and Answer', () => {
    expectTypeOf<v.InferOutput<typeof AssessmentSchema>>().toExtend<Assessment>()
    expectTypeOf<keyof v.InferOutput<typeof AssessmentSchema>>().toEqualTypeOf<keyof Assessment>()
    expectTypeOf<v.InferOutput<typeof AnswerSchema>>().toExtend<Answer>()
    expectTypeOf<v.InferOutput<typeof AnswerSchema>['kind']>().toEqualTypeOf<Answer['kind']>()
  })
})
