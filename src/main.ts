import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n } from './i18n'
import { installMessageLoading } from './i18n/loading'
import { initialLocale, readStoredLocale } from './i18n/locales'
import './styles/main.css'

const app = createApp(App)
const i18n = createAppI18n(initialLocale(readStoredLocale(), navigator.languages ?? [navigator.language]))
const router = createAppRouter()
// Messages load per language and per route: the first route's must be there before the first paint.
installMessageLoading(router, i18n)
app.use(createPinia())
app.use(i18n)
app.use(router)
// Should a message file fail to load, mounting anyway beats a blank page.
void router
  .isReady()
  .catch(() => undefined)
  .then(() => app.mount('#app'))
