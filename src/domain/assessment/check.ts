/**
 * Checks well-formed answers against the questionnaire and catalogue they claim: the right
 * questionnaire and version, known question ids, answers of the question's kind, known option
 * values and tool ids. Used before scoring a file from elsewhere.
 */
import type { Catalogue } from '../catalogue/types'
import type { FunctionQuestion, Question, Questionnaire, TextQuestion } from '../questionnaire/types'
import { FOLLOW_UP_FIELDS } from '../questionnaire/types'
import type { ReadProblem } from '../read-problem'
import type { Answer, Assessment, FunctionAnswer } from './types'
import { DONT_KNOW, NAME_MAX, TEXT_ANSWER_MAX } from './types'

/** The longest answer a text question takes: a line is a name (NAME_MAX), a box a few paragraphs. */
export function textAnswerMax(question: TextQuestion): number {
  return question.multiline ? TEXT_ANSWER_MAX : NAME_MAX
}

/** Tool ids listed under each function: a tool answers only the function it serves. */
type ToolsByFunction = ReadonlyMap<string, ReadonlySet<string>>

function answerProblems(
  question: Question,
  answer: Answer,
  path: string,
  toolsByFunction: ToolsByFunction,
): ReadProblem[] {
  const wrongKind = (detail: string): ReadProblem[] => [
    { kind: 'wrongAnswerKind', path: `${path}.kind`, detail },
  ]
  if (answer.kind === 'dontKnow')
    return question.kind === 'text' ? wrongKind('a text question has no “I don’t know”') : []
  if (question.kind === 'function') {
    if (answer.kind !== 'function') return wrongKind(`expected a function answer, got ${answer.kind}`)
    const known = toolsByFunction.get(question.functionId) ?? new Set<string>()
    const tools = answer.tools.flatMap((t, i): ReadProblem[] =>
      t.kind === 'catalogue' && !known.has(t.toolId)
        ? [
            {
              kind: 'unknownTool',
              path: `${path}.tools[${i}].toolId`,
              detail: `unknown tool id ${t.toolId} for function ${question.functionId}`,
            },
          ]
        : [],
    )
    return [...followUpProblems(question, answer, path), ...tools]
  }
  if (answer.kind !== question.kind)
    return wrongKind(`expected a ${question.kind} answer, got ${answer.kind}`)
  const unknownOption = (value: string, at: string): ReadProblem => ({
    kind: 'unknownOption',
    path: at,
    detail: `unknown option "${value}"`,
  })
  if (answer.kind === 'single' && question.kind === 'single') {
    return question.options.some((o) => o.value === answer.value)
      ? []
      : [unknownOption(answer.value, `${path}.value`)]
  }
  if (answer.kind === 'text' && question.kind === 'text') {
    // The schema caps every text at TEXT_ANSWER_MAX; only the question knows it is a one-line name.
    const max = textAnswerMax(question)
    return answer.value.length > max
      ? [{ kind: 'tooLong', path: `${path}.value`, detail: `expected at most ${max} characters` }]
      : []
  }
  if (answer.kind === 'multiple' && question.kind === 'multiple') {
    return answer.values.flatMap((value, i) =>
      question.options.some((o) => o.value === value) ? [] : [unknownOption(value, `${path}.values[${i}]`)],
    )
  }
  return []
}

/**
 * Follow-up answers the question's version does not offer: the reader accepts every version's
 * values (a version 2 `keys`, exit `impossible`), so a version 1 file giving them is caught here.
 */
function followUpProblems(question: FunctionQuestion, answer: FunctionAnswer, path: string): ReadProblem[] {
  return FOLLOW_UP_FIELDS.flatMap((field): ReadProblem[] => {
    const value = answer[field]
    if (value === undefined || value === DONT_KNOW) return []
    const offered = question.followUps.find((f) => f.field === field)?.options ?? []
    return offered.some((o) => o.value === value)
      ? []
      : [{ kind: 'unknownOption', path: `${path}.${field}`, detail: `unknown option "${value}"` }]
  })
}

// Both lookups depend on loaded content only, never on the answers: built once per questionnaire
// and catalogue rather than for every file checked (the batch scorer checks thousands).
const toolsCache = new WeakMap<Catalogue, ToolsByFunction>()
const questionsCache = new WeakMap<Questionnaire, ReadonlyMap<string, Question>>()

function toolsOf(catalogue: Catalogue): ToolsByFunction {
  let tools = toolsCache.get(catalogue)
  if (!tools) {
    tools = new Map(catalogue.functions.map((f) => [f.id, new Set(f.tools.map((t) => t.id))]))
    toolsCache.set(catalogue, tools)
  }
  return tools
}

function questionsOf(questionnaire: Questionnaire): ReadonlyMap<string, Question> {
  let questions = questionsCache.get(questionnaire)
  if (!questions) {
    questions = new Map(questionnaire.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)))
    questionsCache.set(questionnaire, questions)
  }
  return questions
}

/**
 * Every problem found, in question order then unknown ids; empty when the assessment fits. A
 * questionnaire version above the one given is `newerVersion` (made with a newer app).
 */
export function checkAssessment(
  assessment: Assessment,
  questionnaire: Questionnaire,
  catalogue: Catalogue,
  root = 'assessment',
): ReadProblem[] {
  if (assessment.questionnaireId !== questionnaire.id) {
    return [
      {
        kind: 'unknownQuestionnaire',
        path: `${root}.questionnaireId`,
        detail: `unknown questionnaire "${assessment.questionnaireId}", expected "${questionnaire.id}"`,
      },
    ]
  }
  if (assessment.questionnaireVersion !== questionnaire.version) {
    const newer = assessment.questionnaireVersion > questionnaire.version
    return [
      {
        // An older version has no reader yet: unknown to this app, like a foreign questionnaire.
        kind: newer ? 'newerVersion' : 'unknownQuestionnaire',
        path: `${root}.questionnaireVersion`,
        detail: `questionnaire version ${assessment.questionnaireVersion}, this app knows version ${questionnaire.version}`,
      },
    ]
  }
  const toolsByFunction = toolsOf(catalogue)
  const questions = questionsOf(questionnaire)
  return Object.entries(assessment.answers).flatMap(([id, answer]): ReadProblem[] => {
    const path = `${root}.answers.${id}`
    const question = questions.get(id)
    if (!question) return [{ kind: 'unknownQuestion', path, detail: 'answer to an unknown question' }]
    return answerProblems(question, answer, path, toolsByFunction)
  })
}
