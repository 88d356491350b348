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
  forbiddenKeyProblems,
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
  NAME_MAX,
  TEXT_ANSWER_MAX,
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
/** A string of at most `max` characters (a `tooLong` problem past it). */
function upTo(max: number) {
  return v.pipe(STRING, v.maxLength(max, `expected at most ${max} characters`))
}

function orDontKnow<const T extends readonly [string, ...string[]]>(values: T) {
  return oneOf([...values, DONT_KNOW] as const)
}

const OtherToolSchema = variantOption({
  kind: v.literal('other'),
  // Absent from files and drafts written before described tools had ids: see withId.
  id: v.optional(NON_EMPTY),
  name: upTo(NAME_MAX),
  vendor: upTo(NAME_MAX),
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
  reason: v.optional(upTo(TEXT_ANSWER_MAX)),
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
    variantOption({ kind: v.literal('text'), value: upTo(TEXT_ANSWER_MAX) }),
    variantOption({ kind: v.literal('dontKnow') }),
    FunctionAnswerSchema,
  ],
  'expected one of single, multiple, scale, text, dontKnow, function',
)

/** The organisation's mark on one plan action. */
export const ActionMarkSchema = object({
  status: oneOf(ACTION_STATUSES),
  note: v.optional(upTo(ACTION_NOTE_MAX)),
  updatedAt: TIMESTAMP_SCHEMA,
})

/** An assessment as stored and exported. */
export const AssessmentSchema = object({
  id: STRING,
  // Optional: files written before assessments could be named or carried over have neither.
  title: v.optional(v.pipe(STRING, v.maxLength(TITLE_MAX, `expected at most ${TITLE_MAX} characters`))),
  basedOn: v.optional(object({ id: STRING, createdAt: TIMESTAMP_SCHEMA })),
  // Question ids, checked as the answers' keys are (strings); one that names no question is harmless.
  confirmed: v.optional(list(STRING)),
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

/**
 * A tool or option listed twice in one answer: the format forbids it, since each copy would count
 * in the scores (the wizard cannot produce it: a tool is ticked once).
 */
function duplicateProblems(answer: Answer, path: string): ReadProblem[] {
  if (answer.kind !== 'function' && answer.kind !== 'multiple') return []
  const keys =
    answer.kind === 'function'
      ? answer.tools.map((tool) => (tool.kind === 'catalogue' ? `tool ${tool.toolId}` : `tool ${tool.id}`))
      : answer.values.map((value) => `option ${value}`)
  // Almost every answer repeats nothing: found out in one pass before describing anything (a
  // history of 200 reads some 6,000 answers: npm run bench, history200Ms).
  if (new Set(keys).size === keys.length) return []
  const field = answer.kind === 'function' ? 'tools' : 'values'
  // One problem per repeated value, at its second place: 200 copies make one line, not 199.
  const seen = new Set<string>()
  const reported = new Set<string>()
  return keys.flatMap((key, i): ReadProblem[] => {
    if (!seen.has(key)) {
      seen.add(key)
      return []
    }
    if (reported.has(key)) return []
    reported.add(key)
    const count = keys.filter((k) => k === key).length
    return [{ kind: 'duplicate', path: `${path}.${field}[${i}]`, detail: `${key} is listed ${count} times` }]
  })
}

/**
 * Reads an assessment from untrusted data: forbidden keys first (they would otherwise vanish
 * unseen), then every malformed field (`invalidField`, `tooLong`), then duplicates in answers.
 */
export function readAssessmentData(value: unknown, path = 'assessment'): ReadAssessmentData {
  const forbidden = forbiddenKeyProblems(value, path)
  if (forbidden.length) return { ok: false, problems: forbidden }
  const parsed = v.safeParse(AssessmentSchema, value)
  if (!parsed.success) return { ok: false, problems: issueProblems(path, parsed.issues) }
  const duplicates = Object.entries(parsed.output.answers).flatMap(([id, answer]) =>
    duplicateProblems(answer, `${path}.answers.${id}`),
  )
  return duplicates.length ? { ok: false, problems: duplicates } : { ok: true, assessment: parsed.output }
}

/** Reads one answer from untrusted data; throws InvalidAssessmentError naming the first bad field. */
export function parseAnswer(value: unknown, path: string): Answer {
  const forbidden = forbiddenKeyProblems(value, path)
  if (forbidden.length) throw toError(forbidden)
  const parsed = v.safeParse(AnswerSchema, value)
  if (!parsed.success) throw toError(issueProblems(path, parsed.issues))
  const duplicates = duplicateProblems(parsed.output, path)
  if (duplicates.length) throw toError(duplicates)
  return parsed.output
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
