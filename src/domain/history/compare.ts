/**
 * Comparing two assessments of one organisation: what moved between an earlier and a later one.
 * Pure and deterministic, no Vue: the compare screen and the PDF report read the same model, and
 * it carries every name in both languages so it reads without a catalogue.
 *
 * Decisions (docs/methodology.md, "Comparing two assessments"):
 * - Same questionnaire version: each side is the Result it was given (what its report showed).
 * - Different versions: both sides are scored again on the *shared basis*: the questions both
 *   versions ask (and, in function questions, the follow-ups both ask), with one catalogue. A
 *   version-1 side is first migrated to version 2 (migrateToV2) so both read version 2's catalogue:
 *   a change then comes from the organisation, never from a re-rated tool or a new question. The
 *   numbers each report showed are kept beside (`reported`), the questions only one version asks
 *   are listed, and so are the facts the catalogue changed for the tools involved.
 * - Tools are matched by catalogue id; tools the respondent described, by their folded name (each
 *   assessment gives its described tools their own ids).
 * - Changes are in whole points between rounded numbers, as the screens show them, so "45 → 33"
 *   always reads "down 12".
 */
import type { ActionKey, ActionMark, Assessment, FunctionAnswer } from '../assessment/types'
import { markedActions, mitigationKey, type MitigationId, type Plan } from '../advice'
import { findFunction, findTool } from '../catalogue'
import type { Catalogue, FunctionId, Localized, ToolFacts, ToolId } from '../catalogue/types'
import type { Content } from '../registry'
import { isVersion1 } from '../registry'
import { score } from '../scoring'
import type { FunctionScore, PathLevel, Result, SinglePointOfFailure, ValueScore } from '../scoring/types'
import { FOLLOW_UP_FIELDS } from '../questionnaire/types'
import type { FollowUpField, Question, Questionnaire, ValueId } from '../questionnaire/types'
import { CONCERN_BANDS, KEY_NUMBERS, percent, type KeyNumber } from '../results/summary'
import { foldText } from '../text'
import { migrateToV2 } from './migrate'

/** One side of a comparison: an assessment with the content it was answered against, scored and planned. */
export interface ScoredAssessment {
  assessment: Assessment
  content: Content
  result: Result
  plan: Plan
}

/** Which way a number moved. */
export const MOVEMENTS = ['up', 'down', 'same', 'unknown'] as const
export type Movement = (typeof MOVEMENTS)[number]

/** What the move means for the organisation: 'unknown' when either side lacks the number. */
export const VERDICTS = ['better', 'worse', 'same', 'unknown'] as const
export type Verdict = (typeof VERDICTS)[number]

/** A key number on both sides, in whole points on 0–100 (completeness as a percentage). */
export interface NumberChange {
  key: KeyNumber
  before: number | null
  after: number | null
  /** after − before; null when either is missing. */
  change: number | null
  movement: Movement
  verdict: Verdict
  /** Whether a higher value is the better one (governance, completeness). */
  higherIsBetter: boolean
}

export interface LevelChange {
  before: PathLevel | null
  after: PathLevel | null
  /** after − before in steps; null when either is missing. */
  change: number | null
  verdict: Verdict
}

/** A tool as an assessment names it: catalogue name, or as the respondent typed it. */
export interface ToolRef {
  /** Catalogue id, or `described:<folded name>` for a tool the respondent described. */
  key: string
  label: Localized
  described: boolean
}

/**
 * What changed for one function. 'tools': in use on both sides with other tools (`removed` →
 * `added`, either may be empty); 'started': newly used; 'stopped': no longer used.
 */
export const FUNCTION_CHANGE_KINDS = ['tools', 'started', 'stopped'] as const
export type FunctionChangeKind = (typeof FUNCTION_CHANGE_KINDS)[number]

export interface FunctionChange {
  functionId: FunctionId
  functionName: Localized
  kind: FunctionChangeKind
  removed: readonly ToolRef[]
  added: readonly ToolRef[]
  /** D on each side in whole points; null where the function is not scored. */
  dependencyBefore: number | null
  dependencyAfter: number | null
}

/** A single point of failure with the names it is told with. */
export interface SinglePointRef {
  /** Stable across assessments: kind and ids. */
  key: string
  point: SinglePointOfFailure
  /** The vendor's name (vitalFunctions, login); null for a person. */
  vendor: string | null
  /** The login tool's name; null for the other kinds. */
  tool: Localized | null
  functions: readonly Localized[]
  /** The functions it concerns (for a login, those using the tool): what the other side must answer to tell. */
  functionIds: readonly FunctionId[]
}

export interface Changes<T> {
  /** On the earlier side only, and the later answers show it gone. */
  removed: readonly T[]
  /** On the later side only, and the earlier answers show it was not there. */
  added: readonly T[]
  /** On both. */
  kept: readonly T[]
  /**
   * On one side only, but the other side's answers cannot tell (the functions concerned left
   * unanswered, the value not rated): neither removed nor new, so not claimed as either.
   */
  unknown: readonly T[]
}

/** A value contradicted by practice on at least one side, with its scores on both. */
export interface ContradictionRef {
  value: ValueId
  before: ValueScore | null
  after: ValueScore | null
}

/**
 * Whether the later answers show an action of the earlier plan done. Proposals: 'shown' (the
 * alternative is used, none of the replaced tools), 'partly' (the alternative beside a replaced
 * tool), 'notShown' (a replaced tool still used, the alternative not), 'otherTool' (the replaced
 * tools are gone, for another tool than the one proposed), 'stopped' (the function is no longer
 * used), 'notAnswered'. Mitigations: 'noLongerProposed' or 'stillProposed' by the later plan.
 */
export const ACTION_EVIDENCE = [
  'shown',
  'partly',
  'notShown',
  'otherTool',
  'stopped',
  'notAnswered',
  'noLongerProposed',
  'stillProposed',
] as const
export type ActionEvidence = (typeof ACTION_EVIDENCE)[number]

export type ActionRef =
  | {
      kind: 'proposal'
      functionId: FunctionId
      functionName: Localized
      from: readonly Localized[]
      to: Localized
    }
  | { kind: 'mitigation'; mitigationId: MitigationId; functionId?: FunctionId; functionName?: Localized }

/** An action of the earlier plan the organisation marked, and what the later answers say of it. */
export interface ActionFollowUp {
  key: ActionKey
  mark: ActionMark
  action: ActionRef
  evidence: ActionEvidence
}

/** A question only one of the two questionnaires asks. */
export type QuestionRef =
  | { kind: 'question'; questionId: string; labelKey: string }
  | { kind: 'function'; questionId: string; functionId: FunctionId; functionName: Localized }
  /** A follow-up asked of every function in use (who holds the keys). */
  | { kind: 'followUp'; field: FollowUpField; labelKey: string }

/** A fact of a tool the two catalogues rate differently. */
export interface FactChange {
  toolId: ToolId
  toolName: Localized
  fact: keyof ToolFacts
  before: string
  after: string
}

export interface VersionDifferences {
  /** Asked by the later questionnaire only, then by the earlier only. */
  questionsAdded: readonly QuestionRef[]
  questionsRemoved: readonly QuestionRef[]
  /** Facts changed between the two catalogues for the tools either side uses. */
  factsChanged: readonly FactChange[]
  /** Whether the earlier side was migrated from version 1 to be compared. */
  migrated: boolean
  /** The key numbers each report showed, before re-scoring on the shared basis. */
  reported: {
    before: Readonly<Record<KeyNumber, number | null>>
    after: Readonly<Record<KeyNumber, number | null>>
  }
  reportedLevel: { before: PathLevel | null; after: PathLevel | null }
}

/** Who and when, for the headings. */
export interface ComparedSide {
  id: string
  name: string | null
  /** Creation date (ISO): stable, unlike the last save, which marking an action moves. */
  date: string
  questionnaireVersion: number
  catalogueVersion: string
}

export interface Comparison {
  earlier: ComparedSide
  later: ComparedSide
  /** 'same': both answered with one version; 'shared': re-scored on what two versions share. */
  basis: 'same' | 'shared'
  numbers: readonly NumberChange[]
  level: LevelChange
  /** Functions whose use or tools changed, in the later questionnaire's reading order. */
  functions: readonly FunctionChange[]
  singlePoints: Changes<SinglePointRef>
  /** removed: resolved; added: new. */
  contradictions: Changes<ContradictionRef>
  /** Marked actions of the earlier plan, in the plan's order. */
  actions: readonly ActionFollowUp[]
  /** Null when both sides share their questionnaire and catalogue versions. */
  versions: VersionDifferences | null
}

// ---------------------------------------------------------------------------------------------
// Key numbers

/** The key numbers of a Result in whole points, as the results page shows them. */
export function keyNumbersOf(result: Result): Record<KeyNumber, number | null> {
  const round = (x: number | null) => (x === null ? null : Math.round(x))
  return {
    dependencyIndex: round(result.dependencyIndex),
    concentration: round(result.concentration),
    fragility: round(result.fragility),
    governance: round(result.governance),
    completeness: percent(result.completeness.ratio),
  }
}

function movementOf(change: number | null): Movement {
  if (change === null) return 'unknown'
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same'
}

function verdictOf(change: number | null, higherIsBetter: boolean): Verdict {
  if (change === null) return 'unknown'
  if (change === 0) return 'same'
  return change > 0 === higherIsBetter ? 'better' : 'worse'
}

function numberChanges(before: Result, after: Result): NumberChange[] {
  const a = keyNumbersOf(before)
  const b = keyNumbersOf(after)
  return KEY_NUMBERS.map((key) => {
    const x = a[key]
    const y = b[key]
    const change = x === null || y === null ? null : y - x
    const { higherIsBetter } = CONCERN_BANDS[key]
    return {
      key,
      before: x,
      after: y,
      change,
      movement: movementOf(change),
      verdict: verdictOf(change, higherIsBetter),
      higherIsBetter,
    }
  })
}

// ---------------------------------------------------------------------------------------------
// The shared basis of two questionnaire versions

function questionsById(questionnaire: Questionnaire): Map<string, Question> {
  return new Map(questionnaire.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)))
}

/**
 * The questionnaire `base` restricted to the questions `other` also asks (same id and kind), and
 * in function questions to the follow-ups both ask: scoring with it reads only shared answers.
 */
export function sharedQuestionnaire(base: Questionnaire, other: Questionnaire): Questionnaire {
  const theirs = questionsById(other)
  return {
    ...base,
    sections: base.sections.map((section) => ({
      ...section,
      questions: section.questions.flatMap((q): Question[] => {
        const match = theirs.get(q.id)
        if (!match || match.kind !== q.kind) return []
        if (q.kind !== 'function' || match.kind !== 'function') return [q]
        const fields = new Set(match.followUps.map((f) => f.field))
        return [{ ...q, followUps: q.followUps.filter((f) => fields.has(f.field)) }]
      }),
    })),
  }
}

/** Function answers lose the follow-ups the shared questionnaire does not ask (scoring reads them as given). */
function withSharedFollowUps(assessment: Assessment, shared: Questionnaire): Assessment {
  const answers = { ...assessment.answers }
  for (const q of questionsById(shared).values()) {
    const answer = answers[q.id]
    if (q.kind !== 'function' || answer?.kind !== 'function') continue
    const kept = new Set(q.followUps.map((f) => f.field))
    const next: FunctionAnswer = { ...answer }
    for (const field of FOLLOW_UP_FIELDS) if (!kept.has(field)) delete next[field]
    answers[q.id] = next
  }
  return { ...assessment, answers }
}

interface Basis {
  before: Result
  after: Result
  migrated: boolean
}

/** Both sides as compared: as given when one version, else re-scored on the shared basis. */
function basisOf(earlier: ScoredAssessment, later: ScoredAssessment): Basis {
  const sameVersion =
    earlier.assessment.questionnaireVersion === later.assessment.questionnaireVersion &&
    earlier.result.catalogueVersion === later.result.catalogueVersion
  if (sameVersion) return { before: earlier.result, after: later.result, migrated: false }
  // The questions (and follow-ups) both versions ask, as answered, before any migration.
  const shared = sharedQuestionnaire(earlier.content.questionnaire, later.content.questionnaire)
  let a = earlier.assessment
  let b = later.assessment
  let aContent: Content = earlier.content
  let bContent: Content = later.content
  let migrated = false
  if (isVersion1(a) && !isVersion1(b)) {
    a = migrateToV2(a, earlier.content, later.content).assessment
    aContent = later.content
    migrated = true
  } else if (isVersion1(b) && !isVersion1(a)) {
    b = migrateToV2(b, later.content, earlier.content).assessment
    bContent = earlier.content
  }
  // Each side's questionnaire (after migration) cut down to the shared questions.
  const scoreSide = (assessment: Assessment, content: Content, info: Result['assessment']): Result => {
    const questionnaire = sharedQuestionnaire(content.questionnaire, shared)
    return {
      ...score(questionnaire, content.catalogue, withSharedFollowUps(assessment, questionnaire).answers),
      assessment: info,
    }
  }
  return {
    before: scoreSide(a, aContent, earlier.result.assessment),
    after: scoreSide(b, bContent, later.result.assessment),
    migrated,
  }
}

// ---------------------------------------------------------------------------------------------
// Functions and tools

function toolRef(tool: FunctionScore['tools'][number]): ToolRef {
  return {
    key: tool.described ? `described:${foldText(tool.label.fr.trim())}` : tool.toolId,
    label: tool.label,
    described: tool.described,
  }
}

function inUse(f: FunctionScore | undefined): boolean {
  return f !== undefined && (f.status === 'scored' || f.use === 'used')
}

function nameOfFunction(catalogues: readonly Catalogue[], id: FunctionId): Localized {
  for (const catalogue of catalogues) {
    const found = findFunction(catalogue, id)
    if (found) return found.name
  }
  return { fr: id, en: id }
}

function roundOrNull(x: number | null): number | null {
  return x === null ? null : Math.round(x)
}

function functionChanges(before: Result, after: Result, catalogues: readonly Catalogue[]): FunctionChange[] {
  const earlier = new Map(before.functions.map((f) => [f.functionId, f]))
  const later = new Map(after.functions.map((f) => [f.functionId, f]))
  const order = [...new Set([...after.functions, ...before.functions].map((f) => f.functionId))]
  return order.flatMap((functionId): FunctionChange[] => {
    const a = earlier.get(functionId)
    const b = later.get(functionId)
    const usedBefore = inUse(a)
    const usedAfter = inUse(b)
    const toolsA = (a?.tools ?? []).map(toolRef)
    const toolsB = (b?.tools ?? []).map(toolRef)
    const keysA = new Set(toolsA.map((t) => t.key))
    const keysB = new Set(toolsB.map((t) => t.key))
    const removed = toolsA.filter((t) => !keysB.has(t.key))
    const added = toolsB.filter((t) => !keysA.has(t.key))
    const base = {
      functionId,
      functionName: nameOfFunction(catalogues, functionId),
      dependencyBefore: roundOrNull(a?.dependency ?? null),
      dependencyAfter: roundOrNull(b?.dependency ?? null),
    }
    // Only what each side says for sure: a function left unanswered on one side is not a change.
    if (usedBefore && usedAfter) {
      return removed.length || added.length ? [{ ...base, kind: 'tools', removed, added }] : []
    }
    if (!usedBefore && usedAfter && a?.status === 'unused')
      return [{ ...base, kind: 'started', removed: [], added }]
    if (usedBefore && !usedAfter && b?.status === 'unused')
      return [{ ...base, kind: 'stopped', removed, added: [] }]
    return []
  })
}

// ---------------------------------------------------------------------------------------------
// Single points of failure and contradictions

function pointKey(point: SinglePointOfFailure): string {
  switch (point.kind) {
    case 'vitalFunctions':
      return `vitalFunctions:${point.vendorId}`
    case 'login':
      return `login:${point.vendorId}:${point.toolId}`
    case 'person':
      return `person:${point.functionId}`
  }
}

function pointRef(
  point: SinglePointOfFailure,
  result: Result,
  catalogues: readonly Catalogue[],
): SinglePointRef {
  const vendor =
    point.kind === 'person'
      ? null
      : (result.vendors.find((v) => v.id === point.vendorId)?.label ?? point.vendorId)
  let tool: Localized | null = null
  if (point.kind === 'login') {
    const found = result.functions.flatMap((f) => f.tools).find((t) => t.toolId === point.toolId)
    tool = found?.label ?? { fr: point.toolId, en: point.toolId }
  }
  const ids =
    point.kind === 'vitalFunctions' ? point.functionIds : point.kind === 'person' ? [point.functionId] : []
  const concerned =
    point.kind === 'login'
      ? result.functions
          .filter((f) => f.tools.some((t) => t.toolId === point.toolId))
          .map((f) => f.functionId)
      : ids
  return {
    key: pointKey(point),
    point,
    vendor,
    tool,
    functions: ids.map((id) => nameOfFunction(catalogues, id)),
    functionIds: concerned,
  }
}

/** Whether a result answers every one of these functions (used with a known tool, or not used). */
function answersAll(result: Result, ids: readonly FunctionId[]): boolean {
  return ids.every((id) => {
    const f = result.functions.find((x) => x.functionId === id)
    return f !== undefined && f.status !== 'unknown'
  })
}

/**
 * Items of each side split by key into removed, added and kept (each side's own item for removed and
 * added, the later one's for kept); an item on one side only goes to `unknown` when `toldBy` says
 * the other side's answers cannot tell.
 */
function diffByKey<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  toldBy: (item: T, other: 'before' | 'after') => boolean,
): Changes<T> {
  const keysA = new Set(before.map(key))
  const keysB = new Set(after.map(key))
  const onlyA = before.filter((x) => !keysB.has(key(x)))
  const onlyB = after.filter((x) => !keysA.has(key(x)))
  return {
    removed: onlyA.filter((x) => toldBy(x, 'after')),
    added: onlyB.filter((x) => toldBy(x, 'before')),
    kept: after.filter((x) => keysA.has(key(x))),
    unknown: [...onlyA.filter((x) => !toldBy(x, 'after')), ...onlyB.filter((x) => !toldBy(x, 'before'))],
  }
}

function contradictionChanges(before: Result, after: Result): Changes<ContradictionRef> {
  const ref = (value: ValueId): ContradictionRef => ({
    value,
    before: before.values.find((v) => v.value === value) ?? null,
    after: after.values.find((v) => v.value === value) ?? null,
  })
  return diffByKey(
    before.contradictions.map(ref),
    after.contradictions.map(ref),
    (c) => c.value,
    (c, other) => ((other === 'after' ? c.after : c.before)?.gap ?? null) !== null,
  )
}

// ---------------------------------------------------------------------------------------------
// Actions of the earlier plan

function proposalEvidence(
  functionId: FunctionId,
  replaced: readonly ToolId[],
  alternative: ToolId,
  after: Result,
): ActionEvidence {
  const f = after.functions.find((x) => x.functionId === functionId)
  if (!f) return 'notAnswered'
  if (f.status === 'unused') return 'stopped'
  if (!inUse(f) || f.tools.length === 0) return 'notAnswered'
  const ids = new Set(f.tools.map((t) => t.toolId))
  const hasAlternative = ids.has(alternative)
  const keepsReplaced = replaced.some((id) => ids.has(id))
  if (hasAlternative) return keepsReplaced ? 'partly' : 'shown'
  return keepsReplaced ? 'notShown' : 'otherTool'
}

function toolLabel(result: Result, catalogues: readonly Catalogue[], id: ToolId): Localized {
  const scored = result.functions.flatMap((f) => f.tools).find((t) => t.toolId === id)
  if (scored) return scored.label
  for (const catalogue of catalogues) {
    const found = findTool(catalogue, id)
    if (found) return found.tool.name
  }
  return { fr: id, en: id }
}

function actionFollowUps(
  earlier: ScoredAssessment,
  later: ScoredAssessment,
  after: Result,
  catalogues: readonly Catalogue[],
): ActionFollowUp[] {
  const laterKeys = new Set(later.plan.mitigations.map(mitigationKey))
  return markedActions(earlier.plan, earlier.assessment.actions).flatMap((marked): ActionFollowUp[] => {
    if (!marked.mark) return []
    if (marked.kind === 'proposal') {
      const p = marked.proposal
      return [
        {
          key: marked.key,
          mark: marked.mark,
          action: {
            kind: 'proposal',
            functionId: p.functionId,
            functionName: nameOfFunction(catalogues, p.functionId),
            from: p.currentToolIds.map((id) => toolLabel(earlier.result, catalogues, id)),
            to: toolLabel(earlier.result, catalogues, p.alternativeId),
          },
          evidence: proposalEvidence(p.functionId, p.currentToolIds, p.alternativeId, after),
        },
      ]
    }
    const m = marked.mitigation
    return [
      {
        key: marked.key,
        mark: marked.mark,
        action: {
          kind: 'mitigation',
          mitigationId: m.id,
          ...(m.functionId === undefined
            ? {}
            : { functionId: m.functionId, functionName: nameOfFunction(catalogues, m.functionId) }),
        },
        evidence: laterKeys.has(marked.key) ? 'stillProposed' : 'noLongerProposed',
      },
    ]
  })
}

// ---------------------------------------------------------------------------------------------
// What differs between two versions

function questionRefs(
  questionnaire: Questionnaire,
  other: Questionnaire,
  catalogues: readonly Catalogue[],
): QuestionRef[] {
  const theirs = questionsById(other)
  const refs: QuestionRef[] = []
  const followUps = new Map<FollowUpField, string>()
  for (const q of questionsById(questionnaire).values()) {
    const match = theirs.get(q.id)
    if (!match || match.kind !== q.kind) {
      refs.push(
        q.kind === 'function'
          ? {
              kind: 'function',
              questionId: q.id,
              functionId: q.functionId,
              functionName: nameOfFunction(catalogues, q.functionId),
            }
          : { kind: 'question', questionId: q.id, labelKey: q.labelKey },
      )
    } else if (q.kind === 'function' && match.kind === 'function') {
      const fields = new Set(match.followUps.map((f) => f.field))
      for (const f of q.followUps)
        if (!fields.has(f.field) && !followUps.has(f.field)) followUps.set(f.field, f.labelKey)
    }
  }
  // A follow-up is one question asked of every function: listed once, after the rest.
  for (const [field, labelKey] of followUps) refs.push({ kind: 'followUp', field, labelKey })
  return refs
}

const FACT_KEYS = [
  'businessModel',
  'jurisdiction',
  'licence',
  'export',
  'e2ee',
  'marketPower',
  'hosting',
  'notApplicable',
] as const

function factText(facts: ToolFacts, key: (typeof FACT_KEYS)[number]): string {
  const value = facts[key]
  return typeof value === 'string' ? value : [...value].sort().join(', ')
}

function factsChanged(before: Result, after: Result, from: Catalogue, to: Catalogue): FactChange[] {
  const ids = [
    ...new Set(
      [...before.functions, ...after.functions].flatMap((f) =>
        f.tools.filter((t) => !t.described).map((t) => t.toolId),
      ),
    ),
  ].sort()
  return ids.flatMap((toolId) => {
    const a = findTool(from, toolId)?.tool
    const b = findTool(to, toolId)?.tool
    if (!a || !b) return []
    return FACT_KEYS.flatMap((fact): FactChange[] => {
      const x = factText(a.facts, fact)
      const y = factText(b.facts, fact)
      return x === y ? [] : [{ toolId, toolName: b.name, fact, before: x, after: y }]
    })
  })
}

// ---------------------------------------------------------------------------------------------

function sideOf(scored: ScoredAssessment): ComparedSide {
  return {
    id: scored.assessment.id,
    name: scored.result.assessment?.name ?? null,
    date: scored.assessment.createdAt,
    questionnaireVersion: scored.assessment.questionnaireVersion,
    catalogueVersion: scored.result.catalogueVersion,
  }
}

function levelChange(before: PathLevel | null, after: PathLevel | null): LevelChange {
  const change = before === null || after === null ? null : after - before
  return { before, after, change, verdict: verdictOf(change, true) }
}

/** What moved between an earlier and a later assessment, each scored with its own content. */
export function compareAssessments(earlier: ScoredAssessment, later: ScoredAssessment): Comparison {
  const basis = basisOf(earlier, later)
  const catalogues = [later.content.catalogue, earlier.content.catalogue]
  const { before, after } = basis
  const shared =
    earlier.assessment.questionnaireVersion !== later.assessment.questionnaireVersion ||
    earlier.result.catalogueVersion !== later.result.catalogueVersion
  return {
    earlier: sideOf(earlier),
    later: sideOf(later),
    basis: shared ? 'shared' : 'same',
    numbers: numberChanges(before, after),
    level: levelChange(before.level, after.level),
    functions: functionChanges(before, after, catalogues),
    singlePoints: diffByKey(
      before.singlePointsOfFailure.map((p) => pointRef(p, before, catalogues)),
      after.singlePointsOfFailure.map((p) => pointRef(p, after, catalogues)),
      (p) => p.key,
      (p, other) => answersAll(other === 'after' ? after : before, p.functionIds),
    ),
    contradictions: contradictionChanges(before, after),
    actions: actionFollowUps(earlier, later, after, catalogues),
    versions: shared
      ? {
          questionsAdded: questionRefs(
            later.content.questionnaire,
            earlier.content.questionnaire,
            catalogues,
          ),
          questionsRemoved: questionRefs(
            earlier.content.questionnaire,
            later.content.questionnaire,
            catalogues,
          ),
          factsChanged: factsChanged(
            earlier.result,
            later.result,
            earlier.content.catalogue,
            later.content.catalogue,
          ),
          migrated: basis.migrated,
          reported: { before: keyNumbersOf(earlier.result), after: keyNumbersOf(later.result) },
          reportedLevel: { before: earlier.result.level, after: later.result.level },
        }
      : null,
  }
}
