/**
 * Reading an assessment from untrusted data (a stored record, an imported file): every field
 * is checked, and the first problem is reported with its path so the user can be told plainly.
 */
import type { Answer, Assessment, FunctionAnswer, OtherTool, ToolChoice } from './types'
import { DONT_KNOW } from './types'
import { BUSINESS_MODELS, EXPORTS, HOSTINGS, JURISDICTIONS, LICENCES } from '../catalogue/values'

export class InvalidAssessmentError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`)
    this.name = 'InvalidAssessmentError'
  }
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fail(path: string, problem: string): never {
  throw new InvalidAssessmentError(path, problem)
}

function object(value: unknown, path: string): Json {
  if (!isObject(value)) fail(path, 'expected an object')
  return value
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'expected a string')
  return value
}

function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : string(value, path)
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, `expected one of ${allowed.join(', ')}`)
  }
  return value as T
}

function optionalOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T | undefined {
  return value === undefined ? undefined : oneOf(value, allowed, path)
}

function isoDate(value: unknown, path: string): string {
  const text = string(value, path)
  if (Number.isNaN(Date.parse(text))) fail(path, 'expected an ISO date')
  return text
}

function parseOtherTool(raw: Json, path: string): OtherTool {
  return {
    kind: 'other',
    name: string(raw.name, `${path}.name`),
    vendor: string(raw.vendor, `${path}.vendor`),
    jurisdiction: oneOf(raw.jurisdiction, [...JURISDICTIONS, DONT_KNOW], `${path}.jurisdiction`),
    licence: oneOf(raw.licence, [...LICENCES, DONT_KNOW], `${path}.licence`),
    businessModel: oneOf(raw.businessModel, [...BUSINESS_MODELS, DONT_KNOW], `${path}.businessModel`),
    export: oneOf(raw.export, [...EXPORTS, DONT_KNOW], `${path}.export`),
    hosting: oneOf(raw.hosting, [...HOSTINGS, DONT_KNOW], `${path}.hosting`),
  }
}

function parseToolChoice(value: unknown, path: string): ToolChoice {
  const raw = object(value, path)
  const kind = oneOf(raw.kind, ['catalogue', 'other'], `${path}.kind`)
  if (kind === 'catalogue') return { kind, toolId: string(raw.toolId, `${path}.toolId`) }
  return parseOtherTool(raw, path)
}

function parseFunctionAnswer(raw: Json, path: string): FunctionAnswer {
  if (!Array.isArray(raw.tools)) fail(`${path}.tools`, 'expected a list')
  const answer: FunctionAnswer = {
    kind: 'function',
    use: oneOf(raw.use, ['used', 'unused', DONT_KNOW], `${path}.use`),
    tools: raw.tools.map((tool, i) => parseToolChoice(tool, `${path}.tools[${i}]`)),
  }
  if (raw.toolUnknown !== undefined) {
    if (typeof raw.toolUnknown !== 'boolean') fail(`${path}.toolUnknown`, 'expected true or false')
    answer.toolUnknown = raw.toolUnknown
  }
  const criticality = optionalOneOf(
    raw.criticality,
    ['minor', 'important', 'vital', DONT_KNOW],
    `${path}.criticality`,
  )
  const data = optionalOneOf(
    raw.data,
    ['public', 'internal', 'personal', 'sensitive', DONT_KNOW],
    `${path}.data`,
  )
  const exit = optionalOneOf(
    raw.exit,
    ['notChecked', 'exportPossible', 'exitTested', DONT_KNOW],
    `${path}.exit`,
  )
  const stance = optionalOneOf(raw.stance, ['default', 'deliberate', DONT_KNOW], `${path}.stance`)
  const reason = optionalString(raw.reason, `${path}.reason`)
  if (criticality !== undefined) answer.criticality = criticality
  if (data !== undefined) answer.data = data
  if (exit !== undefined) answer.exit = exit
  if (stance !== undefined) answer.stance = stance
  if (reason !== undefined) answer.reason = reason
  return answer
}

/** Checks one answer's shape (not whether its question exists: see the questionnaire check). */
export function parseAnswer(value: unknown, path: string): Answer {
  const raw = object(value, path)
  const kind = oneOf(
    raw.kind,
    ['single', 'multiple', 'scale', 'text', 'dontKnow', 'function'],
    `${path}.kind`,
  )
  switch (kind) {
    case 'single':
      return { kind, value: string(raw.value, `${path}.value`) }
    case 'multiple': {
      if (!Array.isArray(raw.values)) fail(`${path}.values`, 'expected a list')
      return { kind, values: raw.values.map((v, i) => string(v, `${path}.values[${i}]`)) }
    }
    case 'scale': {
      const v = raw.value
      if (v !== 1 && v !== 2 && v !== 3 && v !== 4 && v !== 5)
        fail(`${path}.value`, 'expected a whole number from 1 to 5')
      return { kind, value: v }
    }
    case 'text':
      return { kind, value: string(raw.value, `${path}.value`) }
    case 'dontKnow':
      return { kind }
    case 'function':
      return parseFunctionAnswer(raw, path)
  }
}

/** Reads an assessment from untrusted data; throws InvalidAssessmentError naming the first bad field. */
export function parseAssessment(value: unknown, path = 'assessment'): Assessment {
  const raw = object(value, path)
  const version = raw.questionnaireVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail(`${path}.questionnaireVersion`, 'expected a whole number of at least 1')
  }
  const rawAnswers = object(raw.answers, `${path}.answers`)
  const answers: Record<string, Answer> = {}
  for (const [questionId, answer] of Object.entries(rawAnswers)) {
    answers[questionId] = parseAnswer(answer, `${path}.answers.${questionId}`)
  }
  return {
    id: string(raw.id, `${path}.id`),
    questionnaireId: string(raw.questionnaireId, `${path}.questionnaireId`),
    questionnaireVersion: version,
    createdAt: isoDate(raw.createdAt, `${path}.createdAt`),
    updatedAt: isoDate(raw.updatedAt, `${path}.updatedAt`),
    answers,
  }
}
