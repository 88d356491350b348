import { describe, expect, it } from 'vitest'
import WizardSaveStatus from '@/components/wizard/WizardSaveStatus.vue'
import { mountWithApp } from '../support/mount'

describe('WizardSaveStatus', () => {
  it('quietly says the answers are saved, in a polite status region', () => {
    const wrapper = mountWithApp(WizardSaveStatus, { props: { state: 'saved' } })
    expect(wrapper.get('[role="status"]').text()).toContain('Enregistré sur cet appareil')
  })

  it('says when the answers on screen were just updated from another tab', () => {
    const wrapper = mountWithApp(WizardSaveStatus, {
      props: { state: 'saved', updatedElsewhere: true },
    })
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Mis à jour avec les réponses saisies dans un autre onglet',
    )
  })

  it('marks a failed save quietly: the app-wide notice is the one alert', () => {
    const wrapper = mountWithApp(WizardSaveStatus, { props: { state: 'failed' } })
    expect(wrapper.text()).toBe('Pas enregistré (voir l’avis en haut de la page)')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    // Not in the polite region either: announced once, by AppSaveProblem.
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
    expect(wrapper.find('[aria-live]').exists()).toBe(false)
  })

  it('speaks English when the app does', () => {
    const wrapper = mountWithApp(WizardSaveStatus, { props: { state: 'failed' }, locale: 'en' })
    expect(wrapper.text()).toBe('Not saved (see the notice at the top of the page)')
  })
})
