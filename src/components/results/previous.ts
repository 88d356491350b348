/**
 * The previous assessment of the same organisation, read from storage and compared with the one on
 * screen, for the report's "changes" section. Imported with `import()` when the PDF is asked for, so
 * the results page loads neither the storage nor the comparison before then.
 */
import { compareAssessments, type Comparison, type ScoredAssessment } from '@/domain/history/compare'
import { organisationKey, previousAssessment } from '@/domain/history/trend'
import { organisationName } from '@/domain/questionnaire/bank'
import { listAssessments } from '@/persistence/assessments'
import { loadScored, organisationOf } from '@/components/compare/load'

/** The comparison of `later` with the latest stored assessment of its organisation started before it; null when there is none. */
export async function previousComparison(later: ScoredAssessment): Promise<Comparison | null> {
  const self = {
    id: later.assessment.id,
    name: organisationName(later.assessment.answers) ?? null,
    date: later.assessment.createdAt,
  }
  const records = await listAssessments()
  // The assessment on screen is the one compared, even when storage holds an older save of it.
  const items = [
    self,
    ...records
      .filter((r) => r.id !== self.id)
      .map((r) => ({ id: r.id, name: organisationOf(r), date: r.createdAt })),
  ]
  const previous = previousAssessment(items, self.id)
  // previousAssessment falls back to another organisation or a later one for the compare page's
  // chooser; the report compares only with this organisation's past.
  if (!previous || organisationKey(previous) !== organisationKey(self) || previous.date >= self.date)
    return null
  const loaded = await loadScored(previous.id)
  return loaded.ok ? compareAssessments(loaded.scored, later) : null
}
