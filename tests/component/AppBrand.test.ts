import { describe, expect, it } from 'vitest'
import AppBrand from '@/components/app/AppBrand.vue'
import { mountWithApp } from '../support/mount'

describe('AppBrand', () => {
  it('writes the product name as text, in French', () => {
    const wrapper = mountWithApp(AppBrand)
    expect(wrapper.text()).toBe('Autonomie numérique')
  })

  it('writes the product name as text, in English', () => {
    const wrapper = mountWithApp(AppBrand, { locale: 'en' })
    expect(wrapper.text()).toBe('Digital autonomy')
  })

  it('leads home, with the drawn mark hidden from screen readers so the link is named by its text', () => {
    const wrapper = mountWithApp(AppBrand, {
      global: { stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } } },
    })
    expect(wrapper.get('a').attributes('href')).toBe('/')
    expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true')
  })
})
