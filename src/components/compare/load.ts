/**
 * Reading what the compare page shows from storage: an assessment by id, scored and planned with
 * its own version's content (as the results page does), and the trend of its organisation.
 * Storage failures are thrown (StorageError) for the page to say so.
 */
import { buildPlan } from '@/domain/advice'
import type { ScoredAssessment } from '@/domain/history/compare'
import { organisationKey, trendOf, trendOfAssessment, type Trend } from '@/domain/history/trend'
import { organisationName } from '@/domain/questionnaire/bank'
import { loadContent, type Content } from '@/domain/registry'
import { scoreAssessment } from '@/domain/scoring'
import { getAssessment } from '@/persistence/assessments'
import type { AssessmentRecord } from '@/persistence/records'

/** Why one side could not be shown: not stored, unreadable (set aside), or a version this app does not know. */
export type SideProblem = 'missing' | 'unreadable' | 'unknownVersion'

export type SideLoad = { ok: true; scored: ScoredAssessment } | { ok: false; problem: SideProblem }

const contents = new Map<number, Promise<Content | undefined>>()
function contentOf(version: number): Promise<Content | undefined> {
  let loading = contents.get(version)
  if (!loading) {
    loading = loadContent(version)
    contents.set(version, loading)
  }
  return loading
}

/** The stored assessment `id`, scored and planned with its own content. */
export async function loadScored(id: string): Promise<SideLoad> {
  const read = await getAssessment(id)
  if (read.status === 'empty') return { ok: false, problem: 'missing' }
  if (read.status === 'unreadable') return { ok: false, problem: 'unreadable' }
  const assessment = read.record.assessment
  const content = await contentOf(assessment.questionnaireVersion)
  if (!content) return { ok: false, problem: 'unknownVersion' }
  const result = scoreAssessment(content, assessment)
  return {
    ok: true,
    scored: {
      assessment,
      content,
      result,
      plan: buildPlan(result, content.catalogue, content.routes, assessment.answers),
    },
  }
}

/** The organisation's name an assessment is grouped under (null when unnamed). */
export function organisationOf(record: AssessmentRecord): string | null {
  return organisationName(record.assessment.answers) ?? null
}

/** The trend of the organisation assessment `id` belongs to, from the stored records (each scored with its own content). */
export async function trendFor(records: readonly AssessmentRecord[], id: string): Promise<Trend | undefined> {
  const keyOf = (r: AssessmentRecord) => organisationKey({ id: r.id, name: organisationOf(r) })
  const self = records.find((r) => r.id === id)
  if (!self) return undefined
  // Only the organisation's own assessments are scored: a history of 200 stays quick.
  const same = records.filter((r) => keyOf(r) === keyOf(self))
  const inputs = await Promise.all(
    same.map(async (r) => {
      const content = await contentOf(r.assessment.questionnaireVersion)
      return content
        ? [
            {
              id: r.id,
              name: organisationOf(r),
              date: r.createdAt,
              result: scoreAssessment(content, r.assessment),
            },
          ]
        : []
    }),
  )
  return trendOfAssessment(trendOf(inputs.flat()), id)
}
