/**
 * What the map shows of each node, in the reader's language: its name, the short line drawn under
 * it, its facts (shown on hover or focus, and read out), and the sentence announced when it is
 * chosen. Shared by the SVG, the phone list and the table so that they always say the same.
 */
import { computed, type Ref } from 'vue'
import { useT } from '@/i18n/translate'
import { useContent } from '@/composables/content'
import type { Locale } from '@/domain/catalogue/types'
import {
  buildDependencyMap,
  chainOf,
  dependentsOf,
  SELF_VENDOR,
  type DependencyMap,
  type MapColumn,
  type MapNode,
  type MapVendorKind,
} from '@/domain/map'
import type { Result } from '@/domain/scoring/types'
import { functionName, roundScore } from '@/domain/results/labels'
import { LINE_CHARS } from './layout'
import { wrap } from './style'

export interface MapItem {
  id: string
  column: MapColumn
  name: string
  /** The short line under the name. */
  detail: string
  /** Everything known about the node, one sentence each. */
  facts: readonly string[]
  /** A single point of failure: thick outline and a warning line. */
  warning: boolean
  /** Why it is a single point of failure, one sentence each. */
  warnings: readonly string[]
  /** Functions only: minor, important, vital. */
  criticality?: string
  deliberate: boolean
  /** The name as drawn on the SVG, on one or two lines. */
  lines: readonly string[]
  /** Vendors only: how it is drawn. */
  kind?: MapVendorKind
}

/** The map of a Result with its texts; `items` by node id. */
export function useMapView(result: Ref<Result>) {
  const { t, locale } = useT()
  const { catalogue } = useContent()
  const map = computed<DependencyMap>(() => buildDependencyMap(result.value, catalogue))
  const lang = computed(() => locale.value as Locale)
  const list = (names: readonly string[]) =>
    new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(names)

  function describe(node: MapNode): Omit<MapItem, 'lines'> {
    if (node.column === 'function') {
      const criticality = t(`app.results.map.criticality.${node.criticality ?? 'unknown'}`)
      const dependency = t('app.results.map.dependency', { value: roundScore(node.dependency) ?? 0 })
      const deliberate = node.stance === 'deliberate'
      return {
        id: node.id,
        column: 'function',
        name: functionName(catalogue, node.functionId, lang.value),
        // The short line leaves room for the "choice" badge; the facts give "out of 100".
        detail: `${criticality} · ${t('app.results.map.dependencyShort', { value: roundScore(node.dependency) ?? 0 })}`,
        facts: [
          `${criticality}, ${dependency}`,
          ...(deliberate
            ? [
                node.reason
                  ? t('app.results.map.deliberateReason', { reason: node.reason })
                  : t('app.results.map.deliberate'),
              ]
            : []),
          ...(node.person ? [t(`app.results.map.flags.${node.person}`)] : []),
        ],
        warning: node.person !== null,
        warnings: node.person ? [t(`app.results.map.flags.${node.person}`)] : [],
        criticality,
        deliberate,
      }
    }
    if (node.column === 'tool') {
      const vendor = vendorLabel(node.vendorId)
      return {
        id: node.id,
        column: 'tool',
        name: node.label[lang.value],
        detail: vendor,
        facts: [vendor, ...(node.described ? [t('app.results.map.described')] : [])],
        warning: false,
        warnings: [],
        deliberate: false,
      }
    }
    const kind = t(`app.results.map.kinds.${node.kind}`)
    const jurisdiction =
      node.jurisdiction && node.kind !== 'self'
        ? t(`app.results.map.jurisdictions.${node.jurisdiction}`)
        : null
    return {
      id: node.id,
      column: 'vendor',
      name: vendorLabel(node.vendorId),
      detail: kind,
      facts: [
        jurisdiction ? `${kind}, ${jurisdiction}` : kind,
        ...node.flags.map((flag) => t(`app.results.map.flags.${flag}`)),
      ],
      warning: node.flags.length > 0,
      warnings: node.flags.map((flag) => t(`app.results.map.flags.${flag}`)),
      deliberate: false,
      kind: node.kind,
    }
  }

  function vendorLabel(vendorId: string): string {
    if (vendorId === SELF_VENDOR) return t('app.results.map.self')
    return map.value.vendors.find((v) => v.vendorId === vendorId)?.label ?? vendorId
  }

  const items = computed(() => {
    const m = map.value
    return new Map(
      [...m.functions, ...m.tools, ...m.vendors].map((node) => {
        const item = describe(node)
        return [node.id, { ...item, lines: wrap(item.name, LINE_CHARS[node.column]) }]
      }),
    )
  })

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
