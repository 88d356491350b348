/** Mounting helpers for component tests: the real i18n messages (all of them, loaded up front) and a fresh Pinia. */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type { Component } from 'vue'
import { createAppI18n } from '@/i18n'
import { messages } from '@/i18n/messages'
import type { AppLocale } from '@/i18n/locales'

export function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: AppLocale } = {},
) {
  const { locale = 'fr', global, ...rest } = options
  return mount(component, {
    ...rest,
    global: {
      ...global,
      plugins: [createAppI18n(locale, messages), createPinia(), ...(global?.plugins ?? [])],
      stubs: { RouterLink: { template: '<a><slot /></a>' }, ...(global?.stubs ?? {}) },
    },
  } as ComponentMountingOptions<C>)
}
