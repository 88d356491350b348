/**
 * The mark on one plan action: what the person sees (the question, "not decided" and the four
 * statuses, the note once a status is set, a worded badge), and that choosing saves through the
 * draft store into the assessment.
 */
import { createPinia, disposePinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ResultsActionMark from '@/components/results/ResultsActionMark.vue'
import type { Assessment } from '@/domain/assessment/types'
import { useDraftStore } from '@/stores/draft'
import { resetDatabase } from '../support/database'
import { mountWithApp } from '../support/mount'

const KEY = 'replace:email:ethical-host-mail'
const base: Assessment = {
  id: 'a-1',
  questionnaireId: 'autonomie-numerique',
  questionnaireVersion: 2,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
  answers: {},
}

const pinias: Pinia[] = []
afterEach(async () => {
  pinias.splice(0).forEach(disposePinia)
  await resetDatabase()
})

function mountMark(assessment: Assessment, locale: 'fr' | 'en' = 'fr') {
  const pinia = createPinia()
  pinias.push(pinia)
  setActivePinia(pinia)
  const draft = useDraftStore()
  draft.assessment = assessment
  const wrapper = mountWithApp(ResultsActionMark, {
    locale,
    pinia,
    props: { actionKey: KEY, actionName: 'Messagerie : passer à X' },
  })
  return { wrapper, draft }
}

describe('ResultsActionMark', () => {
  it('asks where the action stands, labelled with the action, offering "not decided" and the four statuses', () => {
    const { wrapper } = mountMark(base)
    const select = wrapper.get('select')
    const label = wrapper.get(`label[for="${select.attributes('id')}"]`)
    expect(label.text()).toBe('Où en est cette action\u202f? (Messagerie : passer à X)')
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'Pas encore décidé',
      'Prévue',
      'En cours',
      'Faite',
      'Écartée',
    ])
    expect((select.element as HTMLSelectElement).value).toBe('')
    // No note without a status: the format keeps notes on marks only.
    expect(wrapper.find('textarea').exists()).toBe(false)
  })

  it('choosing "done" saves the mark in the assessment, says so in words, and opens the note', async () => {
    const { wrapper, draft } = mountMark(base)
    await wrapper.get('select').setValue('done')
    expect(draft.assessment?.actions?.[KEY]?.status).toBe('done')
    expect(wrapper.get('.action-mark__badge').text()).toBe('✓ Action faite')
    await vi.waitFor(() => expect(draft.saveState).toBe('saved'))
    expect(wrapper.get('[aria-live="polite"]').text()).toContain('Enregistré')

    const note = wrapper.get('textarea')
    await note.setValue('Migré en octobre')
    expect(draft.assessment?.actions?.[KEY]).toMatchObject({ status: 'done', note: 'Migré en octobre' })
  })

  it('shows a stored mark and its note, in English too; "not decided" clears it', async () => {
    const marked: Assessment = {
      ...base,
      actions: { [KEY]: { status: 'declined', note: 'Too costly', updatedAt: '2026-11-29T10:00:00.000Z' } },
    }
    const { wrapper, draft } = mountMark(marked, 'en')
    expect((wrapper.get('select').element as HTMLSelectElement).value).toBe('declined')
    expect(wrapper.get('.action-mark__badge').text()).toBe('Action declined')
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('Too costly')

    await wrapper.get('select').setValue('')
    expect(draft.assessment?.actions).toBeUndefined()
    expect(wrapper.find('.action-mark__badge').exists()).toBe(false)
  })
})
