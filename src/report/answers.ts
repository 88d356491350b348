/**
 * Every answer in words, question by question, for the report's appendix and the CSV export: what the
 * respondent chose, typed or described, including each free-text reason. Pure: a translate function in,
 * strings out.
 */
import type { Answer, Answers, FunctionAnswer, ToolChoice } from '@/domain/assessment/types'
import { DONT_KNOW } from '@/domain/assessment/types'
import { findTool } from '@/domain/catalogue'
import type { Catalogue } from '@/domain/catalogue/types'
import { isVisible } from '@/domain/questionnaire'
import type { FollowUpField, FunctionQuestion, Question, Questionnaire } from '@/domain/questionnaire/types'
import type { Words } from '@/components/results/wording'

/** One answered or applicable question, worded. */
export interface AnswerRow {
  sectionTitle: string
  questionId: string
  question: string
  /** The answer in words; for a function, its tools then its follow-ups, one per line. */
  answer: string
  /** A function's free-text reason, also inside `answer`; kept apart for the CSV's column. */
  reason?: string
}

/** A tool's name: the catalogue's, or the described name with its vendor. */
export function toolChoiceName(catalogue: Catalogue, choice: ToolChoice, { t, lang }: Words): string {
  if (choice.kind === 'catalogue') return findTool(catalogue, choice.toolId)?.tool.name[lang] ?? choice.toolId
  const vendor = choice.vendor.trim()
  return vendor ? t('app.results.report.answers.otherTool', { name: choice.name, vendor }) : choice.name
}

/** The label of one of a function's follow-up answers, from the question's own options. */
export function followUpAnswer(
  question: FunctionQuestion,
  field: FollowUpField,
  value: string | undefined,
  words: Words,
): string | null {
  if (value === undefined) return null
  if (value === DONT_KNOW) return words.t('app.wizard.dontKnow')
  const option = question.followUps.find((f) => f.field === field)?.options.find((o) => o.value === value)
  return option ? words.tDynamic(option.labelKey) : value
}

function functionLines(
  question: FunctionQuestion,
  answer: FunctionAnswer,
  catalogue: Catalogue,
  words: Words,
): string[] {
  const { t, tDynamic } = words
  if (answer.use === DONT_KNOW) return [t('app.wizard.dontKnow')]
  if (answer.use === 'unused') return [t('app.wizard.fn.notUsed')]
  const tools = answer.toolUnknown
    ? t('app.wizard.fn.toolUnknown')
    : answer.tools.map((choice) => toolChoiceName(catalogue, choice, words)).join(', ')
  const lines = [t('method.pair', { label: t('app.results.report.answers.tools'), value: tools || '–' })]
  for (const followUp of question.followUps) {
    const text = followUpAnswer(question, followUp.field, answer[followUp.field], words)
    // The follow-ups' short names are the functions table's column titles.
    if (text !== null)
      lines.push(
        t('method.pair', { label: tDynamic(`app.results.report.functions.${followUp.field}`), value: text }),
      )
  }
  const reason = answer.reason?.trim()
  if (reason) lines.push(t('method.pair', { label: t('app.results.report.answers.reason'), value: reason }))
  return lines
}

/** The answer to one question in words; "no answer" when there is none. */
export function answerText(
  question: Question,
  answer: Answer | undefined,
  catalogue: Catalogue,
  words: Words,
): string {
  const { t, tDynamic } = words
  if (!answer) return t('app.results.report.answers.none')
  if (answer.kind === 'dontKnow') return t('app.wizard.dontKnow')
  const option = (value: string) =>
    'options' in question
      ? tDynamic(question.options.find((o) => o.value === value)?.labelKey ?? value)
      : value
  switch (answer.kind) {
    case 'single':
      return option(answer.value)
    case 'multiple':
      return answer.values.map(option).join(', ')
    case 'scale':
      return t('app.results.report.answers.scale', { value: answer.value })
    case 'text':
      return answer.value.trim() || t('app.results.report.answers.none')
    case 'function':
      return question.kind === 'function'
        ? functionLines(question, answer, catalogue, words).join('\n')
        : t('app.results.report.answers.none')
  }
}

/** Every question shown to the respondent (its condition holds), in reading order, with its answer. */
export function answerRows(
  questionnaire: Questionnaire,
  catalogue: Catalogue,
  answers: Answers,
  words: Words,
): AnswerRow[] {
  return questionnaire.sections.flatMap((section) =>
    section.questions
      .filter((question) => isVisible(question, answers))
      .map((question) => {
        const answer = answers[question.id]
        const reason = answer?.kind === 'function' ? answer.reason?.trim() : undefined
        return {
          sectionTitle: words.tDynamic(section.titleKey),
          questionId: question.id,
          question: words.tDynamic(question.labelKey),
          answer: answerText(question, answer, catalogue, words),
          ...(reason ? { reason } : {}),
        }
      }),
  )
}
