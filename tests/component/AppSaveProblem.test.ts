import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import AppSaveProblem from '@/components/app/AppSaveProblem.vue'
import type { Assessment } from '@/domain/assessment/types'
import fr from '@/i18n/messages/app.fr'
import en from '@/i18n/messages/app.en'
import { useDraftStore } from '@/stores/draft'
import { mountWithApp } from '../support/mount'

const assessment: Assessment = {
  id: 'a-1',
  questionnaireId: 'autonomie-numerique',
  questionnaireVersion: 2,
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
  answers: {},
}

/** A Pinia whose draft store shows `assessment` in the given save state. */
function withSave(state: 'saved' | 'failed', importUnsaved = false) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const draft = useDraftStore()
  draft.assessment = assessment
  draft.saveState = state
  draft.saveProblem = state === 'failed' ? 'quota' : null
  draft.importUnsaved = importUnsaved
  return pinia
}

describe('AppSaveProblem', () => {
  it('shows nothing while saves succeed', () => {
    const wrapper = mountWithApp(AppSaveProblem, { pinia: withSave('saved') })
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('says the answers are not saved, why, and offers to download them', () => {
    const wrapper = mountWithApp(AppSaveProblem, { pinia: withSave('failed') })
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain(fr.saveProblem.heading)
    expect(alert.text()).toContain(fr.saveProblem.quota)
    expect(alert.findAll('button').map((b) => b.text())).toEqual([
      fr.saveProblem.download,
      fr.saveProblem.retry,
    ])
  })

  it('says an imported file is not saved and will be gone after a reload', () => {
    const wrapper = mountWithApp(AppSaveProblem, { pinia: withSave('failed', true), locale: 'en' })
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain(en.saveProblem.importHeading)
    expect(alert.text()).toContain(en.saveProblem.importKeep)
  })
})
