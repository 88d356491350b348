/**
 * What the map shows of each node, in the reader's language: its name, the short line drawn under
 * it, its facts (shown on hover or focus, and read out), and the sentence announced when it is
 * chosen. Shared by the SVG, the phone list and the table so that they always say the same.
 */
import { computed, type Ref } from 'vue'
import { useT } from '@/i18n/translate'
import { useContent } from '@/composables/content'
import type { Locale } from '@/domain/catalogue/types'
import { buildDependencyMap, chainOf, dependentsOf, SELF_VENDOR, type DependencyMap } from '@/domain/map'
import type { Result } from '@/domain/scoring/types'
import { functionName } from '@/domain/results/labels'
import { mapItems, type MapItem } from './items'

export type { MapItem }

/** The map of a Result with its texts; `items` by node id. */
export function useMapView(result: Ref<Result>) {
  const { t, tDynamic, locale } = useT()
  const { catalogue } = useContent()
  const map = computed<DependencyMap>(() => buildDependencyMap(result.value, catalogue))
  const lang = computed(() => locale.value as Locale)
  const list = (names: readonly string[]) =>
    new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(names)

  const items = computed(() => mapItems(map.value, catalogue, { t, tDynamic, lang: lang.value }))

  const nameOf = (id: string) => items.value.get(id)?.name ?? id

  /** What is said when a node is chosen: for a vendor, what the organisation loses with it. */
  function announcement(id: string): string {
    const m = map.value
    const vendor = m.vendors.find((v) => v.id === id)
    if (vendor) {
      const lost = dependentsOf(m, vendor.vendorId)
      const functions = list(lost.functionIds.map((f) => functionName(catalogue, f, lang.value)))
      if (vendor.vendorId === SELF_VENDOR) return t('app.results.map.loseSelf', { functions })
      const sentence = t('app.results.map.lose', { functions })
      return lost.login ? `${sentence} ${t('app.results.map.loseLogin')}` : sentence
    }
    const chain = [...chainOf(m, id)]
    const tool = m.tools.find((n) => n.id === id)
    if (tool) {
      const functions = list(chain.filter((c) => c.startsWith('function:')).map(nameOf))
      return t('app.results.map.toolServes', { tool: nameOf(id), functions })
    }
    const tools = m.links
      .filter((l) => l.from === id)
      .map((l) => `${nameOf(l.to)} (${items.value.get(l.to)?.detail ?? ''})`)
    return t('app.results.map.functionUses', { function: nameOf(id), tools: list(tools) })
  }

  return { map, items, announcement }
}
