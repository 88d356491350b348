/**
 * Carries out an action chosen on one assessment of the home page (its card or the list): the
 * same for the draft in progress and for the others. Loads the history store on demand, so the
 * first screen does not carry it.
 */
import type { TypedTranslate } from '@/i18n/translate'
import { downloadAssessment } from '@/composables/download'
import type { AssessmentRecord } from '@/persistence/records'
import type { ItemAction } from './actions'

type Open = (id: string, view: 'wizard' | 'results') => Promise<void>

/** Duplicate, next year's (then opens it), download or delete; rename is the caller's form. */
export async function actOn(
  record: Pick<AssessmentRecord, 'id' | 'name' | 'assessment'>,
  action: ItemAction,
  t: TypedTranslate,
  open: Open,
): Promise<void> {
  const { useHistoryStore } = await import('@/stores/history')
  const history = useHistoryStore()
  switch (action.kind) {
    case 'duplicate':
      await history.duplicate(record.id, t('app.home.history.copyTitle', { name: record.name }))
      break
    case 'nextYear': {
      const id = await history.startNextYear(record.id)
      if (id) await open(id, 'wizard')
      break
    }
    case 'download':
      await downloadAssessment(record.assessment)
      break
    case 'delete':
      await history.remove(record.id)
      break
    case 'rename':
      break
  }
}
