import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n } from './i18n'
import { initialLocale, readStoredLocale } from './i18n/locales'
import './styles/main.css'

const app = createApp(App)
app.use(createPinia())
app.use(createAppI18n(initialLocale(readStoredLocale(), navigator.languages ?? [navigator.language])))
app.use(createAppRouter())
app.mount('#app')
