/**
 * One way to take in an assessment file from elsewhere (the app's "open a file", the command
 * line): read its text through the schemas, look up the content of the questionnaire version it
 * was answered against (registry), then check its answers against that version's questionnaire
 * and catalogue. A version 1 file and a version 2 file both open, each with its own content.
 */
import type { ReadProblem } from '../read-problem'
import { latestQuestionnaire, loadContent, type Content } from '../registry'
import { checkAssessment } from './check'
import { readAssessmentFile } from './file'
import type { Assessment } from './types'

export type ReadAssessment =
  { ok: true; assessment: Assessment; content: Content } | { ok: false; problems: ReadProblem[] }

/**
 * Every problem of the file's shape, or else every mismatch with the content of its questionnaire
 * version, so one attempt tells everything to fix; on success, that content to show and score it
 * with. Each problem has a kind to choose the message from. `load` is the registry's loadContent
 * (a test may pass another).
 */
export async function readAssessmentText(
  text: string,
  load: (version: number) => Promise<Content | undefined> = loadContent,
): Promise<ReadAssessment> {
  const read = readAssessmentFile(text)
  if (!read.ok) return read
  return checkAgainstContent(read.assessment, load)
}

/**
 * The second half of reading: an assessment whose shape is already read (readAssessmentData) is
 * checked against the content of its questionnaire version. Storage calls it directly on a record
 * it has just parsed, rather than writing the record out as a file to read it back: the same
 * checks, without a second JSON round trip and schema pass per record (a history of 200 opens
 * in time: npm run bench, history200Ms).
 */
export async function checkAgainstContent(
  assessment: Assessment,
  load: (version: number) => Promise<Content | undefined> = loadContent,
  path = 'assessment',
): Promise<ReadAssessment> {
  if (assessment.questionnaireId !== latestQuestionnaire.id) {
    return {
      ok: false,
      problems: [
        {
          kind: 'unknownQuestionnaire',
          path: `${path}.questionnaireId`,
          detail: `unknown questionnaire "${assessment.questionnaireId}", expected "${latestQuestionnaire.id}"`,
        },
      ],
    }
  }
  const version = assessment.questionnaireVersion
  const content = await load(version)
  if (!content) {
    // Versions only grow: one above the latest comes from a newer app; one below, never shipped.
    const newer = version > latestQuestionnaire.version
    return {
      ok: false,
      problems: [
        {
          kind: newer ? 'newerVersion' : 'unknownQuestionnaire',
          path: `${path}.questionnaireVersion`,
          detail: newer
            ? `questionnaire version ${version} was made by a newer version of this app (it knows versions up to ${latestQuestionnaire.version})`
            : `questionnaire version ${version} is unknown to this app`,
        },
      ],
    }
  }
  const problems = checkAssessment(assessment, content.questionnaire, content.catalogue, path)
  return problems.length ? { ok: false, problems } : { ok: true, assessment, content }
}
