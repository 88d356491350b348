/**
 * The version notice: shown for a draft answered with version 1, with the number of questions
 * version 2 adds; its button migrates and saves the draft, goes to the first section with new
 * questions and lists what is new; its download button exports the answers as they are.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import VersionNotice from '@/components/app/VersionNotice.vue'
import type { Assessment } from '@/domain/assessment/types'
import { catalogueV2 } from '@/domain/catalogue/v2'
import { loadDraft } from '@/persistence/drafts'
import { readAssessmentRecord } from '@/persistence/records'
import { useDraftStore } from '@/stores/draft'
import { mountWithApp } from '../support/mount'
import { resetDatabase } from '../support/database'

/** The draft the app stored before version 2 (tests/fixtures/v1, kept forever). */
function storedV1Draft(): Assessment {
  const raw: unknown = JSON.parse(
    readFileSync(resolve(process.cwd(), 'tests/fixtures/v1/draft-record.json'), 'utf8'),
  )
  return readAssessmentRecord(raw).assessment
}

async function mountNotice(assessment: Assessment, locale: 'fr' | 'en' = 'fr') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const draft = useDraftStore()
  draft.assessment = assessment
  draft.loadState = 'ready'
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div />' } },
      { path: '/resultats', name: 'results', component: { template: '<div />' } },
      { path: '/diagnostic/:sectionId?', name: 'wizard', component: { template: '<div />' } },
    ],
  })
  await router.push('/resultats')
  const wrapper = mountWithApp(VersionNotice, { locale, pinia, global: { plugins: [router] } })
  return { wrapper, draft, router }
}

function button(wrapper: Awaited<ReturnType<typeof mountNotice>>['wrapper'], name: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`no button ${name}`)
  return found
}

beforeEach(resetDatabase)
afterEach(() => vi.restoreAllMocks())

describe('VersionNotice', () => {
  it('says a version-1 draft was filled with version 1 and how many questions version 2 adds', async () => {
    const { wrapper } = await mountNotice(storedV1Draft())
    // 9 functions asked who holds the keys, phone, payroll, e-signature, 3 practices (migrate.test.ts).
    await vi.waitFor(() =>
      expect(wrapper.text()).toContain(
        'Ce diagnostic a été rempli avec la version 1 du questionnaire. La version 2 ajoute 15 questions (qui détient les accès',
      ),
    )
    expect(button(wrapper, 'Continuer avec la version 2').exists()).toBe(true)
    expect(button(wrapper, 'Télécharger mes réponses (version 1)').exists()).toBe(true)
  })

  it('says it in English too', async () => {
    const { wrapper } = await mountNotice(storedV1Draft(), 'en')
    await vi.waitFor(() =>
      expect(wrapper.text()).toContain(
        'This assessment was filled in with version 1 of the questionnaire. Version 2 adds 15 questions',
      ),
    )
    expect(button(wrapper, 'Continue with version 2').exists()).toBe(true)
  })

  it('shows nothing for a draft answered with version 2', async () => {
    const { wrapper } = await mountNotice({ ...storedV1Draft(), questionnaireVersion: 2, answers: {} })
    await flushPromises()
    expect(wrapper.find('section').exists()).toBe(false)
  })

  it('downloads the answers as they are, still version 1', async () => {
    const { wrapper } = await mountNotice(storedV1Draft())
    await vi.waitFor(() => expect(wrapper.find('section').exists()).toBe(true))
    let saved: Blob | undefined
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob
      return 'blob:test'
    })
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    await button(wrapper, 'Télécharger mes réponses (version 1)').trigger('click')
    // The file format loads on demand, so the download follows the click a moment later.
    await vi.waitFor(() => expect(saved).toBeDefined())
    const file = JSON.parse(await saved!.text()) as { assessment: Assessment }
    expect(file.assessment).toEqual(storedV1Draft())
  })

  it('migrates and saves the draft, goes to the first section with new questions and lists what is new', async () => {
    const before = storedV1Draft()
    const { wrapper, draft, router } = await mountNotice(before)
    await vi.waitFor(() => expect(wrapper.find('section').exists()).toBe(true))
    await button(wrapper, 'Continuer avec la version 2').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.params.sectionId).toBe('collaborate'))

    expect(draft.assessment?.questionnaireVersion).toBe(2)
    expect(draft.assessment?.answers['fn.email']).toEqual(before.answers['fn.email'])
    const stored = await loadDraft()
    expect(stored.status === 'loaded' && stored.record.assessment).toEqual(draft.assessment)

    expect(wrapper.get('h2').text()).toBe('Ce diagnostic suit maintenant la version 2')
    const lists = wrapper.get('section').findAll(':scope > ul > li')
    const lines = lists.map((li) => li.element.firstChild?.textContent?.trim())
    expect(lines).toEqual([
      'Qui détient les accès, pour chacune de vos 9 fonctions en usage\u00a0:',
      'De nouvelles fonctions\u00a0:',
      'Le nom de domaine de la structure (votre-asso.fr) est-il à son nom, et au moins deux personnes peuvent-elles le renouveler\u202f?',
      expect.stringMatching(/^Les données de la structure passent-elles/),
      expect.stringMatching(/^Si la personne qui s’occupe des outils partait demain/),
      expect.stringMatching(
        /^Mesure d’audience web\u00a0: «\u00a0Pas de mesure d’audience .* vos autres outils sont gardés\.$/,
      ),
      expect.stringMatching(
        /^Assistants d’IA générative\u00a0: «\u00a0Pas d’IA .* maintenant notée «\u00a0non utilisée\u00a0»\.$/,
      ),
      expect.stringMatching(
        /^Messagerie électronique \(courriel\)\u00a0: «\u00a0Gmail \/ Google Workspace\u00a0» est devenu/,
      ),
      expect.stringMatching(/^Agenda partagé et sondages de dates\u00a0: /),
    ])
    expect(lists[0]?.findAll('li').map((li) => li.text())).toHaveLength(9)
    const named = (ids: readonly string[]) =>
      ids.map((id) => catalogueV2.functions.find((f) => f.id === id)?.name.fr)
    expect(lists[1]?.findAll('li').map((li) => li.text())).toEqual(named(['phone', 'payroll', 'esignature']))
    expect(wrapper.text()).not.toContain('Continuer avec la version 2')
  })

  it('stops listing what is new once the person has read it', async () => {
    const { wrapper, draft } = await mountNotice(storedV1Draft())
    await vi.waitFor(() => expect(wrapper.find('section').exists()).toBe(true))
    await button(wrapper, 'Continuer avec la version 2').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ce diagnostic suit maintenant la version 2'))
    await button(wrapper, 'J’ai compris').trigger('click')
    expect(draft.migration).toBeNull()
    expect(wrapper.find('section').exists()).toBe(false)
  })
})
