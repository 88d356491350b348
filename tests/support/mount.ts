/**
 * Mounting helpers for component tests: the real i18n messages, a Pinia, and the content
 * (questionnaire and catalogue) a view would provide, version 1 unless a test says otherwise.
 */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, type Pinia } from 'pinia'
import { shallowRef, type Component } from 'vue'
import { CONTENT } from '@/composables/content'
import { catalogueV1 } from '@/domain/catalogue/v1'
import { routesV2 } from '@/domain/catalogue/v2'
import { questionnaire as questionnaireV1 } from '@/domain/questionnaire/bank'
import type { Content } from '@/domain/registry'
import { createAppI18n } from '@/i18n'
import { messages } from '@/i18n/messages'
import type { AppLocale } from '@/i18n/locales'

export const contentV1: Content = { questionnaire: questionnaireV1, catalogue: catalogueV1, routes: routesV2 }

/**
 * Mounts with the app's i18n and a Pinia: `pinia` when the test prepared one (to fill a store
 * before mounting), else a fresh one. Never both: a second Pinia would replace the first.
 */
export function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: AppLocale; pinia?: Pinia; content?: Content } = {},
) {
  const { locale = 'fr', pinia = createPinia(), content = contentV1, global, ...rest } = options
  return mount(component, {
    ...rest,
    global: {
      ...global,
      plugins: [createAppI18n(locale, messages), pinia, ...(global?.plugins ?? [])],
      provide: { [CONTENT]: shallowRef(content), ...(global?.provide ?? {}) },
      stubs: { RouterLink: { template: '<a><slot /></a>' }, ...(global?.stubs ?? {}) },
    },
  })
}
