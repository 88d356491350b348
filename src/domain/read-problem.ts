/**
 * The one shape of a problem found while reading untrusted data (an imported file, a stored
 * draft, the catalogue): a kind the screens and the command line choose their message from, the
 * dotted path of the field at fault and a technical detail shown only in "details".
 */
import type * as v from 'valibot'

export const READ_PROBLEM_KINDS = [
  /** The text is not JSON at all. */
  'notJson',
  /** JSON, but not this app's file format. */
  'otherFormat',
  /** Written by a newer app: a format or questionnaire version this app does not know yet. */
  'newerVersion',
  /** A field has the wrong type or an impossible value (includes broken cross-references). */
  'invalidField',
  'unknownQuestionnaire',
  'unknownQuestion',
  'wrongAnswerKind',
  'unknownOption',
  'unknownTool',
  /** Larger than any real assessment (ASSESSMENT_FILE_MAX_CHARS): refused before it is parsed. */
  'tooLarge',
  /** A key that names a JavaScript object's internals (`__proto__`, `constructor`, `prototype`). */
  'forbiddenKey',
  /** The same tool or option listed twice in one answer: it would count twice in the scores. */
  'duplicate',
  /** A text longer than its field allows (answers, reasons and notes, names). */
  'tooLong',
] as const
export type ReadProblemKind = (typeof READ_PROBLEM_KINDS)[number]

export interface ReadProblem {
  kind: ReadProblemKind
  /** Dotted path of the field at fault (`assessment.answers.fn.email.tools[0].kind`); '' for the whole text. */
  path: string
  /** What is wrong, in English, for the details and the command line. */
  detail: string
}

/** `root.key[0].other`: object keys joined by dots, array indexes in brackets. */
export function issuePath(root: string, issue: v.BaseIssue<unknown>): string {
  let path = root
  for (const item of issue.path ?? []) {
    if (item.type === 'array' && typeof item.key === 'number') path += `[${item.key}]`
    else path += path === '' ? String(item.key) : `.${String(item.key)}`
  }
  return path
}

/** valibot's issues as read problems: a text over its length limit is `tooLong`, any other a field of the wrong shape. */
export function issueProblems(root: string, issues: readonly v.BaseIssue<unknown>[]): ReadProblem[] {
  return issues.map((issue) => ({
    kind: issue.type === 'max_length' ? 'tooLong' : 'invalidField',
    path: issuePath(root, issue),
    detail: issue.message,
  }))
}

/** `path: detail`, or the detail alone when the path names the whole text. */
export function formatReadProblem(problem: ReadProblem): string {
  return problem.path === '' ? problem.detail : `${problem.path}: ${problem.detail}`
}
