import { defineStore } from 'pinia'
import { ref } from 'vue'
import { initialLocale, readStoredLocale, storeLocale, type AppLocale } from '@/i18n/locales'

/** User settings that outlive an assessment: for now, the language. */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<AppLocale>(
    initialLocale(readStoredLocale(), navigator.languages ?? [navigator.language]),
  )

  function setLocale(next: AppLocale) {
    locale.value = next
    storeLocale(next)
  }

  return { locale, setLocale }
})
