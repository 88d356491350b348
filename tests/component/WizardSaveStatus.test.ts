import { describe, expect, it } from 'vitest'
import WizardSaveStatus from '@/components/wizard/WizardSaveStatus.vue'
import { mountWithApp } from '../support/mount'

describe('WizardSaveStatus', () => {
  it('quietly says the answers are saved, in a polite status region', () => {
    const wrapper = mountWithApp(WizardSaveStatus, { props: { state: 'saved', problem: null } })
    expect(wrapper.get('[role="status"]').text()).toContain('Enregistré sur cet appareil')
  })

  it('says when the answers on screen were just updated from another tab', () => {
    const wrapper = mountWithApp(WizardSaveStatus, {
      props: { state: 'saved', problem: null, updatedElsewhere: true },
    })
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Mis à jour avec les réponses saisies dans un autre onglet',
    )
  })

  it('explains a full disk plainly, as an alert', () => {
    const wrapper = mountWithApp(WizardSaveStatus, { props: { state: 'failed', problem: 'quota' } })
    expect(wrapper.get('[role="alert"]').text()).toContain('l’espace de stockage de cet appareil est plein')
  })

  it('speaks English when the app does', () => {
    const wrapper = mountWithApp(WizardSaveStatus, {
      props: { state: 'failed', problem: 'unavailable' },
      locale: 'en',
    })
    expect(wrapper.get('[role="alert"]').text()).toContain('this browser does not allow saving')
  })
})
