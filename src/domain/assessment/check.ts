/**
 * Checks well-formed answers against the questionnaire and catalogue they claim: the right
 * questionnaire and version, known question ids, answers of the question's kind, known option
 * values and tool ids. Used before scoring a file from elsewhere.
 */
import type { Catalogue } from '../catalogue/types'
import type { Question, Questionnaire } from '../questionnaire/types'
import type { Answer, Assessment } from './types'

export interface AnswerProblem {
  path: string
  problem: string
}

/** Tool ids listed under each function: a tool answers only the function it serves. */
type ToolsByFunction = ReadonlyMap<string, ReadonlySet<string>>

function answerProblem(question: Question, answer: Answer, toolsByFunction: ToolsByFunction): string | null {
  if (answer.kind === 'dontKnow')
    return question.kind === 'text' ? 'a text question has no “I don’t know”' : null
  if (question.kind === 'function') {
    if (answer.kind !== 'function') return `expected a function answer, got ${answer.kind}`
    const known = toolsByFunction.get(question.functionId) ?? new Set<string>()
    const unknown = answer.tools.flatMap((t) =>
      t.kind === 'catalogue' && !known.has(t.toolId) ? [t.toolId] : [],
    )
    return unknown.length ? `unknown tool id ${unknown.join(', ')} for function ${question.functionId}` : null
  }
  if (answer.kind !== question.kind) return `expected a ${question.kind} answer, got ${answer.kind}`
  if (answer.kind === 'single' && question.kind === 'single') {
    return question.options.some((o) => o.value === answer.value) ? null : `unknown option "${answer.value}"`
  }
  if (answer.kind === 'multiple' && question.kind === 'multiple') {
    const bad = answer.values.filter((v) => !question.options.some((o) => o.value === v))
    return bad.length ? `unknown option ${bad.map((v) => `"${v}"`).join(', ')}` : null
  }
  return null
}

/** Every problem found, in question order then unknown ids; empty when the assessment fits. */
export function checkAssessment(
  assessment: Assessment,
  questionnaire: Questionnaire,
  catalogue: Catalogue,
): AnswerProblem[] {
  if (assessment.questionnaireId !== questionnaire.id) {
    return [
      {
        path: 'questionnaireId',
        problem: `unknown questionnaire "${assessment.questionnaireId}", expected "${questionnaire.id}"`,
      },
    ]
  }
  if (assessment.questionnaireVersion !== questionnaire.version) {
    return [
      {
        path: 'questionnaireVersion',
        problem: `unknown questionnaire version ${assessment.questionnaireVersion}, this tool knows version ${questionnaire.version}`,
      },
    ]
  }
  const toolsByFunction: ToolsByFunction = new Map(
    catalogue.functions.map((f) => [f.id, new Set(f.tools.map((t) => t.id))]),
  )
  const questions = new Map(questionnaire.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)))
  const problems: AnswerProblem[] = []
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const question = questions.get(id)
    if (!question) {
      problems.push({ path: `answers.${id}`, problem: 'answer to an unknown question' })
      continue
    }
    const problem = answerProblem(question, answer, toolsByFunction)
    if (problem) problems.push({ path: `answers.${id}`, problem })
  }
  return problems
}
