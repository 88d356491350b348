import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import HomeView from '@/views/HomeView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (the document title follows the language). */
    titleKey: string
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { titleKey: 'app.home.title' } },
  {
    path: '/diagnostic/:sectionId?',
    name: 'wizard',
    component: () => import('@/views/WizardView.vue'),
    meta: { titleKey: 'app.wizard.title' },
  },
  {
    path: '/resultats',
    name: 'results',
    component: () => import('@/views/ResultsView.vue'),
    meta: { titleKey: 'app.results.title' },
  },
  {
    path: '/methode',
    name: 'method',
    component: () => import('@/views/MethodView.vue'),
    meta: { titleKey: 'app.nav.method' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { titleKey: 'app.notFound.title' },
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
