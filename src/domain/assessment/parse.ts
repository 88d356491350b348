/**
 * Reading an assessment from untrusted data (a stored draft, an imported file) through valibot
 * schemas built from the constant lists, so every field is checked and every problem is
 * reported with its dotted path.
 *
 * The types stay the explicit interfaces of types.ts (their comments document the format); a
 * type-level test (tests/unit/assessment/schema-types.test.ts) asserts the schemas produce them.
 */
import * as v from 'valibot'
import { BUSINESS_MODELS, EXPORTS, HOSTINGS, JURISDICTIONS, LICENCES } from '../catalogue/values'
import { issueProblems, type ReadProblem, type ReadProblemKind } from '../read-problem'
import {
  BOOLEAN,
  NON_EMPTY,
  STRING,
  TIMESTAMP_SCHEMA,
  list,
  object,
  oneOf,
  recordOf,
  variantOption,
} from '../schemas'
import type { Answer, Assessment, OtherTool, ToolChoice } from './types'
import {
  ACTION_NOTE_MAX,
  ACTION_STATUSES,
  CRITICALITIES,
  DATA_HELD,
  DONT_KNOW,
  EXIT_READINESS,
  FUNCTION_USES,
  KEY_HOLDERS,
  STANCES,
  TITLE_MAX,
  otherToolIdFromName,
} from './types'

/** Thrown by parseAssessment; carries the first problem (kind, path, detail). */
export class InvalidAssessmentError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly kind: ReadProblemKind = 'invalidField',
  ) {
    super(path === '' ? problem : `${path}: ${problem}`)
    this.name = 'InvalidAssessmentError'
  }
}

/** A list of values, then "I don't know", which every closed question and follow-up accepts. */
function orDontKnow<const T extends readonly [string, ...string[]]>(values: T) {
  return oneOf([...values, DONT_KNOW] as const)
}

const OtherToolSchema = variantOption({
  kind: v.literal('other'),
  // Absent from files and drafts written before described tools had ids: see withId.
  id: v.optional(NON_EMPTY),
  name: STRING,
  vendor: STRING,
  jurisdiction: orDontKnow(JURISDICTIONS),
  licence: orDontKnow(LICENCES),
  businessModel: orDontKnow(BUSINESS_MODELS),
  export: orDontKnow(EXPORTS),
  hosting: orDontKnow(HOSTINGS),
})

/** A described tool saved without an id gets the one its scores were computed with (`other:<name>`). */
function withId({ id, ...tool }: v.InferOutput<typeof OtherToolSchema>): OtherTool {
  return { ...tool, id: id ?? otherToolIdFromName(tool.name) }
}

const CatalogueChoiceSchema = variantOption({ kind: v.literal('catalogue'), toolId: STRING })

const ToolChoiceSchema = v.pipe(
  v.variant('kind', [CatalogueChoiceSchema, OtherToolSchema], 'expected one of catalogue, other'),
  v.transform((choice): ToolChoice => (choice.kind === 'other' ? withId(choice) : choice)),
)

const FunctionAnswerSchema = variantOption({
  kind: v.literal('function'),
  use: orDontKnow(FUNCTION_USES),
  tools: list(ToolChoiceSchema),
  toolUnknown: v.optional(BOOLEAN),
  criticality: v.optional(orDontKnow(CRITICALITIES)),
  data: v.optional(orDontKnow(DATA_HELD)),
  exit: v.optional(orDontKnow(EXIT_READINESS)),
  stance: v.optional(orDontKnow(STANCES)),
  // Questionnaire version 2: without it here, the object schema would drop a file's keys answers.
  keys: v.optional(orDontKnow(KEY_HOLDERS)),
  reason: v.optional(STRING),
})

/** One answer's shape (not whether its question exists: see check.ts). */
export const AnswerSchema = v.variant(
  'kind',
  [
    variantOption({ kind: v.literal('single'), value: STRING }),
    variantOption({ kind: v.literal('multiple'), values: list(STRING) }),
    variantOption({
      kind: v.literal('scale'),
      value: v.picklist([1, 2, 3, 4, 5], 'expected a whole number from 1 to 5'),
    }),
    variantOption({ kind: v.literal('text'), value: STRING }),
    variantOption({ kind: v.literal('dontKnow') }),
    FunctionAnswerSchema,
  ],
  'expected one of single, multiple, scale, text, dontKnow, function',
)

/** The organisation's mark on one plan action. */
export const ActionMarkSchema = object({
  status: oneOf(ACTION_STATUSES),
  note: v.optional(
    v.pipe(STRING, v.maxLength(ACTION_NOTE_MAX, `expected at most ${ACTION_NOTE_MAX} characters`)),
  ),
  updatedAt: TIMESTAMP_SCHEMA,
})

/** An assessment as stored and exported. */
export const AssessmentSchema = object({
  id: STRING,
  // Optional: files written before assessments could be named or carried over have neither.
  title: v.optional(v.pipe(STRING, v.maxLength(TITLE_MAX, `expected at most ${TITLE_MAX} characters`))),
  basedOn: v.optional(object({ id: STRING, createdAt: TIMESTAMP_SCHEMA })),
  questionnaireId: STRING,
  questionnaireVersion: v.pipe(
    v.number('expected a whole number of at least 1'),
    v.integer('expected a whole number of at least 1'),
    v.minValue(1, 'expected a whole number of at least 1'),
  ),
  createdAt: TIMESTAMP_SCHEMA,
  updatedAt: TIMESTAMP_SCHEMA,
  answers: recordOf(AnswerSchema),
  // Optional: files and drafts written before the plan could be marked have none.
  actions: v.optional(recordOf(ActionMarkSchema)),
})

export type ReadAssessmentData = { ok: true; assessment: Assessment } | { ok: false; problems: ReadProblem[] }

/** Reads an assessment from untrusted data; every malformed field is an `invalidField` problem. */
export function readAssessmentData(value: unknown, path = 'assessment'): ReadAssessmentData {
  const parsed = v.safeParse(AssessmentSchema, value)
  if (parsed.success) return { ok: true, assessment: parsed.output }
  return { ok: false, problems: issueProblems(path, parsed.issues) }
}

/** Reads one answer from untrusted data; throws InvalidAssessmentError naming the first bad field. */
export function parseAnswer(value: unknown, path: string): Answer {
  const parsed = v.safeParse(AnswerSchema, value)
  if (parsed.success) return parsed.output
  throw toError(issueProblems(path, parsed.issues))
}

/** Reads an assessment from untrusted data; throws InvalidAssessmentError naming the first bad field. */
export function parseAssessment(value: unknown, path = 'assessment'): Assessment {
  const read = readAssessmentData(value, path)
  if (read.ok) return read.assessment
  throw toError(read.problems)
}

function toError(problems: readonly ReadProblem[]): InvalidAssessmentError {
  const first = problems[0]
  return first
    ? new InvalidAssessmentError(first.path, first.detail, first.kind)
    : new InvalidAssessmentError('', 'unreadable')
}
