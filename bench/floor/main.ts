/**
 * The floor page: the app's stack (vue, pinia, vue-router, vue-i18n) running one minimal component,
 * built like the app. What the first screen weighs beyond this is the app's own doing; see
 * scripts/bench.ts, which compares the two.
 */
import { createApp, h } from 'vue'
import { createPinia } from 'pinia'
import { createRouter, createWebHashHistory, RouterView } from 'vue-router'
import { createI18n } from 'vue-i18n'
import FloorPage from './FloorPage.vue'

const i18n = createI18n({ legacy: false, locale: 'fr', messages: { fr: { hello: 'Bonjour {n}' } } })
const router = createRouter({
  history: createWebHashHistory(),
  routes: [{ path: '/', component: FloorPage }],
})

createApp({ render: () => h(RouterView) })
  .use(createPinia())
  .use(i18n)
  .use(router)
  .mount('#app')
