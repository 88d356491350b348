import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import HomeView from '@/views/HomeView.vue'
import type { MessageKey } from '@/i18n'
import type { MessagePart } from '@/i18n/loading'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (the document title follows the language). */
    titleKey: MessageKey
    /** The message parts the page shows, loaded before it resolves (the shell's come with `app`). */
    messages: readonly MessagePart[]
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { titleKey: 'app.home.title', messages: ['app'] } },
  {
    path: '/diagnostic/:sectionId?',
    name: 'wizard',
    component: () => import('@/views/WizardView.vue'),
    meta: { titleKey: 'app.wizard.title', messages: ['app', 'wizard', 'q'] },
  },
  {
    path: '/resultats',
    name: 'results',
    component: () => import('@/views/ResultsView.vue'),
    // 'method': the path's level names and descriptions are the method page's.
    meta: { titleKey: 'app.results.title', messages: ['app', 'wizard', 'results', 'q', 'method'] },
  },
  {
    path: '/comparer',
    name: 'compare',
    component: () => import('@/views/CompareView.vue'),
    // 'results': the key numbers' names and the chart frame; 'q' and 'method': question labels, level
    // names and catalogue facts of the versions section.
    meta: { titleKey: 'app.compare.title', messages: ['app', 'results', 'compare', 'q', 'method'] },
  },
  {
    path: '/methode',
    name: 'method',
    component: () => import('@/views/MethodView.vue'),
    meta: { titleKey: 'app.nav.methodTitle', messages: ['app', 'q', 'method'] },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { titleKey: 'app.notFound.title', messages: ['app'] },
  },
]

/** Hash history, so any static host (or a folder opened locally) serves every route. */
export function createAppRouter() {
  return createRouter({
    history: createWebHashHistory(),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })
}
