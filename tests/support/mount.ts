/** Mounting helpers for component tests: the real i18n messages and a Pinia. */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, type Pinia } from 'pinia'
import type { Component } from 'vue'
import { createAppI18n } from '@/i18n'
import type { AppLocale } from '@/i18n/locales'

/**
 * Mounts with the app's i18n and a Pinia: `pinia` when the test prepared one (to fill a store
 * before mounting), else a fresh one. Never both: a second Pinia would replace the first.
 */
export function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: AppLocale; pinia?: Pinia } = {},
) {
  const { locale = 'fr', pinia = createPinia(), global, ...rest } = options
  return mount(component, {
    ...rest,
    global: {
      ...global,
      plugins: [createAppI18n(locale), pinia, ...(global?.plugins ?? [])],
      stubs: { RouterLink: { template: '<a><slot /></a>' }, ...(global?.stubs ?? {}) },
    },
  } as ComponentMountingOptions<C>)
}
