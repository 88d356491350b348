/**
 * Moving an assessment answered with questionnaire version 1 to version 2, and saying what
 * changed. Pure and deterministic: the same assessment and content always give the same result.
 *
 * Rules (DOMAIN.md "Method v2", docs/catalogue-corrections.md "Catalogue v2"):
 * - every answer to a question both versions ask is kept as it is (profile, values, governance,
 *   function answers with their follow-ups and reasons);
 * - the catalogue's non-tools of version 1 ("No AI", "No analytics / server-log statistics") are
 *   taken out of the function's tools; when nothing is left the function reads "not used", which
 *   is what those entries meant;
 * - any other catalogue tool the new catalogue no longer lists for the function is taken out and
 *   listed, so the person can choose again;
 * - entries split in version 2 keep their version-1 id (`gmail` stays `gmail`): kept, and listed
 *   with the entries they were split into, since the kept one now means less than it did;
 * - an answer the new version cannot read (a question it no longer asks, an option it no longer
 *   offers) is dropped and listed with why;
 * - questions new in version 2 stay unanswered, and are listed in the new version's reading order.
 */
import { checkAssessment } from '../assessment/check'
import type { Answer, Assessment, FunctionAnswer, ToolChoice } from '../assessment/types'
import { DONT_KNOW } from '../assessment/types'
import type { Catalogue, FunctionId, Localized, ToolId } from '../catalogue/types'
import type { ReadProblemKind } from '../read-problem'
import type { FollowUpField, FunctionQuestion, Question, Questionnaire } from '../questionnaire/types'

export { isVersion1 } from '../registry'

/** The parts of a version's content a migration reads. */
export interface VersionContent {
  questionnaire: Questionnaire
  catalogue: Catalogue
}

/**
 * Catalogue version 1's entries that were not tools but "we use none" (v2.3 of the corrections):
 * version 2 removed them, and its questionnaire offers "not used" instead.
 */
export const NOT_TOOLS_V1: readonly ToolId[] = ['no-ai', 'server-log-stats']

/**
 * Entries of two vendors or two business models that version 2 split (v2.2 of the corrections):
 * the version-1 id is kept for one part, and these are the new entries beside it.
 */
export const SPLIT_IN_V2: Readonly<Record<ToolId, readonly ToolId[]>> = {
  gmail: ['google-workspace-mail'],
  outlook: ['exchange-online'],
  'zoom-teams-polls': ['teams-polls'],
  'big-cloud-hosting': ['azure-hosting', 'google-cloud-hosting'],
  'proton-infomaniak-calendar': ['infomaniak-calendar'],
}

/** A function as a report names it, in both languages, so the report reads without a catalogue. */
export interface FunctionRef {
  questionId: string
  functionId: FunctionId
  functionName: Localized
}

/** A question version 2 asks that the assessment has no answer to. */
export type NewQuestion =
  /** A follow-up new in version 2 (who holds the keys) of a function in use. */
  | (FunctionRef & { kind: 'followUp'; field: FollowUpField; sectionId: string; labelKey: string })
  /** A function version 1 did not ask about (payroll, e-signature, phone). */
  | (FunctionRef & { kind: 'function'; sectionId: string })
  /** Any other new question (the three practices). */
  | { kind: 'question'; questionId: string; sectionId: string; labelKey: string }

export const DROPPED_TOOL_REASONS = ['notATool', 'notInCatalogue'] as const
export type DroppedToolReason = (typeof DROPPED_TOOL_REASONS)[number]

/** A catalogue tool taken out of a function's answer. */
export interface DroppedTool extends FunctionRef {
  toolId: ToolId
  /** Its version-1 name. */
  toolName: Localized
  reason: DroppedToolReason
}

/** A kept tool whose version-1 entry was split: it now means one part only. */
export interface NarrowedTool extends FunctionRef {
  toolId: ToolId
  /** Its version-1 and version-2 names ("Gmail / Google Workspace" → "Gmail (free account)"). */
  before: Localized
  after: Localized
  /** The entries it was split into, which the person may be using instead. */
  splitInto: readonly { toolId: ToolId; toolName: Localized }[]
}

/** An answer the new version cannot read, dropped whole: the kind of problem version 2's check found. */
export interface DroppedAnswer {
  questionId: string
  reason: ReadProblemKind
}

export interface MigrationReport {
  fromVersion: number
  toVersion: number
  /** In the new version's reading order. */
  newQuestions: readonly NewQuestion[]
  droppedTools: readonly DroppedTool[]
  /** Functions that now read "not used": every tool they had was a non-tool. */
  nowUnused: readonly FunctionRef[]
  narrowedTools: readonly NarrowedTool[]
  droppedAnswers: readonly DroppedAnswer[]
}

export interface Migration {
  assessment: Assessment
  report: MigrationReport
}

function functionQuestions(questionnaire: Questionnaire): Map<string, FunctionQuestion> {
  const found = new Map<string, FunctionQuestion>()
  for (const s of questionnaire.sections)
    for (const q of s.questions) if (q.kind === 'function') found.set(q.id, q)
  return found
}

function nameOf(catalogue: Catalogue, functionId: FunctionId): Localized {
  return catalogue.functions.find((f) => f.id === functionId)?.name ?? { fr: functionId, en: functionId }
}

function toolName(catalogue: Catalogue, functionId: FunctionId, toolId: ToolId): Localized {
  const tool = catalogue.functions.find((f) => f.id === functionId)?.tools.find((t) => t.id === toolId)
  return tool?.name ?? { fr: toolId, en: toolId }
}

/** Whether the function's follow-ups are asked: in use, and a tool chosen or said to be unknown. */
export function asksFollowUps(answer: Answer | undefined): answer is FunctionAnswer {
  return (
    answer?.kind === 'function' &&
    answer.use === 'used' &&
    (answer.tools.length > 0 || answer.toolUnknown === true)
  )
}

interface ToolsMigrated {
  answer: FunctionAnswer
  dropped: DroppedTool[]
  narrowed: NarrowedTool[]
  nowUnused: boolean
}

/** Takes out the tools version 2 does not list for this function; notes the split ones kept. */
function migrateTools(
  answer: FunctionAnswer,
  ref: FunctionRef,
  from: Catalogue,
  to: Catalogue,
): ToolsMigrated {
  const known = new Set(to.functions.find((f) => f.id === ref.functionId)?.tools.map((t) => t.id) ?? [])
  const dropped: DroppedTool[] = []
  const narrowed: NarrowedTool[] = []
  const kept: ToolChoice[] = []
  for (const choice of answer.tools) {
    if (choice.kind !== 'catalogue') {
      kept.push(choice)
    } else if (!known.has(choice.toolId)) {
      dropped.push({
        ...ref,
        toolId: choice.toolId,
        toolName: toolName(from, ref.functionId, choice.toolId),
        reason: NOT_TOOLS_V1.includes(choice.toolId) ? 'notATool' : 'notInCatalogue',
      })
    } else {
      kept.push(choice)
      const parts = (SPLIT_IN_V2[choice.toolId] ?? []).filter((id) => known.has(id))
      if (parts.length) {
        narrowed.push({
          ...ref,
          toolId: choice.toolId,
          before: toolName(from, ref.functionId, choice.toolId),
          after: toolName(to, ref.functionId, choice.toolId),
          splitInto: parts.map((id) => ({ toolId: id, toolName: toolName(to, ref.functionId, id) })),
        })
      }
    }
  }
  if (!dropped.length) return { answer, dropped, narrowed, nowUnused: false }
  // Only non-tools were given: "we use none", which version 2 asks as "not used". The follow-ups
  // described a non-tool, so they go with it.
  const onlyNonTools =
    kept.length === 0 && answer.toolUnknown !== true && dropped.every((d) => d.reason === 'notATool')
  if (onlyNonTools && answer.use === 'used') {
    return { answer: { kind: 'function', use: 'unused', tools: [] }, dropped, narrowed, nowUnused: true }
  }
  return { answer: { ...answer, tools: kept }, dropped, narrowed, nowUnused: false }
}

/** Follow-up values the new version no longer offers are taken out (none between versions 1 and 2). */
function keepOfferedFollowUps(answer: FunctionAnswer, question: FunctionQuestion): FunctionAnswer {
  let next = answer
  for (const followUp of question.followUps) {
    const value = answer[followUp.field]
    if (value === undefined || value === DONT_KNOW) continue
    if (!followUp.options.some((o) => o.value === value)) {
      next = { ...next }
      delete next[followUp.field]
    }
  }
  return next
}

/** The questions of version 2 the migrated answers leave open, in reading order. */
function newQuestionsOf(migrated: Assessment, from: VersionContent, to: VersionContent): NewQuestion[] {
  const before = new Map(from.questionnaire.sections.flatMap((s) => s.questions.map((q) => [q.id, q])))
  return to.questionnaire.sections.flatMap((section) =>
    section.questions.flatMap((q: Question): NewQuestion[] => {
      const old = before.get(q.id)
      if (q.kind === 'function') {
        const ref = {
          questionId: q.id,
          functionId: q.functionId,
          functionName: nameOf(to.catalogue, q.functionId),
        }
        if (!old) return [{ kind: 'function', sectionId: section.id, ...ref }]
        const answer = migrated.answers[q.id]
        if (old.kind !== 'function' || !asksFollowUps(answer)) return []
        const oldFields = new Set(old.followUps.map((f) => f.field))
        return q.followUps
          .filter((f) => !oldFields.has(f.field) && answer[f.field] === undefined)
          .map((f) => ({
            kind: 'followUp',
            field: f.field,
            labelKey: f.labelKey,
            sectionId: section.id,
            ...ref,
          }))
      }
      return old ? [] : [{ kind: 'question', questionId: q.id, sectionId: section.id, labelKey: q.labelKey }]
    }),
  )
}

/**
 * The version-2 assessment (same id and dates, questionnaire version 2) of a version-1 one, and a
 * report of what is new and what changed. `v1` and `v2` are the contents of the two versions.
 */
export function migrateToV2(assessment: Assessment, v1: VersionContent, v2: VersionContent): Migration {
  const fromFunctions = functionQuestions(v1.questionnaire)
  const toFunctions = functionQuestions(v2.questionnaire)
  const target: Assessment = {
    ...assessment,
    questionnaireId: v2.questionnaire.id,
    questionnaireVersion: v2.questionnaire.version,
  }
  const droppedTools: DroppedTool[] = []
  const narrowedTools: NarrowedTool[] = []
  const nowUnused: FunctionRef[] = []
  const droppedAnswers: DroppedAnswer[] = []
  const answers: Record<string, Answer> = {}

  // Answers in the new version's reading order, then any it does not ask (they will be dropped):
  // the same assessment always gives the same object, whatever order its answers were saved in.
  const order = [
    ...v2.questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id)),
    ...Object.keys(assessment.answers).sort(),
  ]
  for (const id of new Set(order)) {
    const original = assessment.answers[id]
    if (original === undefined) continue
    let answer = original
    const question = toFunctions.get(id)
    if (question && answer.kind === 'function') {
      const ref: FunctionRef = {
        questionId: id,
        functionId: question.functionId,
        functionName: nameOf(v2.catalogue, question.functionId),
      }
      // Tools are read against the catalogue of the function as version 1 named it.
      const fromCatalogue = fromFunctions.has(id) ? v1.catalogue : v2.catalogue
      const tools = migrateTools(answer, ref, fromCatalogue, v2.catalogue)
      droppedTools.push(...tools.dropped)
      narrowedTools.push(...tools.narrowed)
      if (tools.nowUnused) nowUnused.push(ref)
      answer = keepOfferedFollowUps(tools.answer, question)
    }
    const problems = checkAssessment({ ...target, answers: { [id]: answer } }, v2.questionnaire, v2.catalogue)
    const first = problems[0]
    if (first) droppedAnswers.push({ questionId: id, reason: first.kind })
    else answers[id] = answer
  }

  const migrated: Assessment = { ...target, answers }
  return {
    assessment: migrated,
    report: {
      fromVersion: assessment.questionnaireVersion,
      toVersion: v2.questionnaire.version,
      newQuestions: newQuestionsOf(migrated, v1, v2),
      droppedTools,
      nowUnused,
      narrowedTools,
      droppedAnswers,
    },
  }
}

/** The first section of the new version with a question left open by the migration, if any. */
export function firstSectionWithNewQuestions(report: MigrationReport): string | undefined {
  return report.newQuestions[0]?.sectionId
}
