import { describe, expect, it } from 'vitest'
import HomeHero from '@/components/home/HomeHero.vue'
import { mountWithApp } from '../support/mount'

describe('HomeHero', () => {
  it('says what this is in the page heading, which can take focus after navigation', () => {
    const h1 = mountWithApp(HomeHero).get('h1')
    expect(h1.text()).toBe('Vos outils numériques sont-ils des choix\u202f?')
    expect(h1.attributes('tabindex')).toBe('-1')
  })

  it('lists the three promises in words, the icons and the path drawing hidden from screen readers', () => {
    const wrapper = mountWithApp(HomeHero, { locale: 'en' })
    const promises = wrapper.findAll('li').map((li) => li.text())
    expect(promises).toHaveLength(3)
    expect(promises[0]).toContain('about twenty minutes')
    expect(promises[1]).toContain('never leave this device')
    expect(wrapper.findAll('svg').every((svg) => svg.attributes('aria-hidden') === 'true')).toBe(true)
    expect(wrapper.findAll('svg')).toHaveLength(4)
  })
})
