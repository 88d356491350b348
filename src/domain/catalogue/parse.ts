/**
 * Reading the catalogue from untyped JSON through a valibot schema built from the lists in
 * values.ts, then checking the cross-references a schema cannot express. A bad edit of
 * catalogue.json fails loudly at start-up (and in the tests) instead of producing a wrong score.
 *
 * The types stay the explicit interfaces of types.ts (read by the whole app); a type-level test
 * (tests/unit/catalogue/schema-types.test.ts) asserts the schema's output is exactly them.
 */
import * as v from 'valibot'
import { issueProblems, type ReadProblem } from '../read-problem'
import { BOOLEAN, CALENDAR_DATE, NON_EMPTY, list, object, oneOf, variantOption } from '../schemas'
import type { Catalogue } from './types'
import {
  BUSINESS_MODELS,
  CONFIDENCES,
  E2EE,
  EFFORTS,
  EXPORTS,
  FACETS,
  FUNCTION_GROUPS,
  FUNCTION_IDS,
  HOSTINGS,
  JURISDICTIONS,
  KINDS,
  LICENCES,
  MARKET_POWERS,
} from './values'

export class InvalidCatalogueError extends Error {
  constructor(readonly problems: readonly [ReadProblem, ...ReadProblem[]]) {
    super(`${problems[0].path}: ${problems[0].detail}`)
    this.name = 'InvalidCatalogueError'
  }
}

const LocalizedSchema = object({ fr: NON_EMPTY, en: NON_EMPTY })

const FactsSchema = object({
  businessModel: oneOf(BUSINESS_MODELS),
  jurisdiction: oneOf(JURISDICTIONS),
  licence: oneOf(LICENCES),
  export: oneOf(EXPORTS),
  e2ee: oneOf(E2EE),
  marketPower: oneOf(MARKET_POWERS),
  hosting: oneOf(HOSTINGS),
  notApplicable: list(oneOf(FACETS)),
})

const toolEntries = {
  id: NON_EMPTY,
  name: LocalizedSchema,
  /** null: no outside vendor holds the organisation's data. */
  vendorId: v.nullable(NON_EMPTY),
  facts: FactsSchema,
  licenceSpdx: v.optional(NON_EMPTY),
  confidence: oneOf(CONFIDENCES),
  evidence: NON_EMPTY,
  sourceIds: list(NON_EMPTY),
  checkedOn: CALENDAR_DATE,
  /** Catalogue version 2: the service itself is a designated core platform service under the DMA. */
  dmaCoreService: v.optional(BOOLEAN),
}

// A kind or migration on a dominant tool is a data mistake the recommendations would misread.
const DominantToolSchema = variantOption({
  ...toolEntries,
  side: v.literal('dominant'),
  kind: v.optional(v.never('only alternatives have a kind')),
  migration: v.optional(v.never('only alternatives have a migration')),
})

const AlternativeToolSchema = variantOption({
  ...toolEntries,
  side: v.literal('alternative'),
  kind: oneOf(KINDS),
  migration: object({ effort: oneOf(EFFORTS), reason: LocalizedSchema }),
})

// Neither dominant nor proposed by the plan (catalogue version 2): no kind, no migration either.
const OtherToolSchema = variantOption({
  ...toolEntries,
  side: v.literal('other'),
  kind: v.optional(v.never('only alternatives have a kind')),
  migration: v.optional(v.never('only alternatives have a migration')),
})

const ToolSchema = v.variant(
  'side',
  [DominantToolSchema, AlternativeToolSchema, OtherToolSchema],
  'expected one of dominant, alternative, other',
)

const FunctionSchema = object({
  id: oneOf(FUNCTION_IDS),
  group: oneOf(FUNCTION_GROUPS),
  name: LocalizedSchema,
  tools: list(ToolSchema),
})

const VendorSchema = object({
  id: NON_EMPTY,
  name: NON_EMPTY,
  /** ISO 3166 alpha-2 country of the headquarters. */
  country: v.pipe(NON_EMPTY, v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code such as FR')),
  dmaGatekeeper: BOOLEAN,
  usJurisdiction: BOOLEAN,
  confidence: oneOf(CONFIDENCES),
  sourceIds: list(NON_EMPTY),
})

const SourceSchema = object({
  id: NON_EMPTY,
  title: NON_EMPTY,
  url: v.pipe(NON_EMPTY, v.regex(/^https?:\/\//, 'expected an http(s) URL')),
})

/** The catalogue's shape; cross-references are checked afterwards (checkReferences). */
export const CatalogueSchema = object({
  id: NON_EMPTY,
  version: NON_EMPTY,
  asOf: CALENDAR_DATE,
  functions: list(FunctionSchema),
  vendors: list(VendorSchema),
  sources: list(SourceSchema),
})

/**
 * Cross-references the schema cannot express; checked after the shape is known so each
 * problem can name the exact entry at fault.
 */
function checkReferences(catalogue: Catalogue): ReadProblem[] {
  const problems: ReadProblem[] = []
  const fail = (path: string, detail: string) => problems.push({ kind: 'invalidField', path, detail })
  const vendorIds = new Set(catalogue.vendors.map((vendor) => vendor.id))
  const sourceIds = new Set(catalogue.sources.map((source) => source.id))
  const toolIds = new Set<string>()
  const functionIds = new Set<string>()
  catalogue.functions.forEach((fn, f) => {
    if (functionIds.has(fn.id)) fail(`functions[${f}].id`, `duplicate function id ${fn.id}`)
    functionIds.add(fn.id)
    fn.tools.forEach((tool, t) => {
      const path = `functions[${f}].tools[${t}]`
      if (toolIds.has(tool.id)) fail(`${path}.id`, `duplicate tool id ${tool.id}`)
      toolIds.add(tool.id)
      if (tool.vendorId !== null && !vendorIds.has(tool.vendorId)) {
        fail(`${path}.vendorId`, `unknown vendor ${tool.vendorId}`)
      }
      tool.sourceIds.forEach((id, s) => {
        if (!sourceIds.has(id)) fail(`${path}.sourceIds[${s}]`, `unknown source ${id}`)
      })
    })
  })
  catalogue.vendors.forEach((vendor, index) => {
    vendor.sourceIds.forEach((id, s) => {
      if (!sourceIds.has(id)) fail(`vendors[${index}].sourceIds[${s}]`, `unknown source ${id}`)
    })
  })
  return problems
}

export type ReadCatalogue = { ok: true; catalogue: Catalogue } | { ok: false; problems: ReadProblem[] }

/** Validates untyped data against the catalogue schema and its cross-references, reporting every problem. */
export function readCatalogue(data: unknown): ReadCatalogue {
  const parsed = v.safeParse(CatalogueSchema, data)
  if (!parsed.success) {
    // The root has no name of its own in catalogue paths: `functions[3].id`, or `catalogue` for the whole.
    const problems = issueProblems('', parsed.issues).map((p) =>
      p.path === '' ? { ...p, path: 'catalogue' } : p,
    )
    return { ok: false, problems }
  }
  const catalogue: Catalogue = parsed.output
  const problems = checkReferences(catalogue)
  return problems.length ? { ok: false, problems } : { ok: true, catalogue }
}

/** Validates untyped data (the imported catalogue.json) and returns it typed, or throws InvalidCatalogueError. */
export function parseCatalogue(data: unknown): Catalogue {
  const read = readCatalogue(data)
  if (read.ok) return read.catalogue
  const [first, ...rest] = read.problems
  if (!first) throw new Error('unreachable: a refused catalogue always has a problem')
  throw new InvalidCatalogueError([first, ...rest])
}
