/**
 * What the map shows of each node, in the reader's language, from the map and a translate function
 * alone (no Vue): shared by the page's map (view.ts) and the PDF report, so both say the same.
 */
import type { Catalogue } from '@/domain/catalogue/types'
import {
  SELF_VENDOR,
  type DependencyMap,
  type MapColumn,
  type MapNode,
  type MapVendorKind,
} from '@/domain/map'
import { functionName, roundScore } from '@/domain/results/labels'
import type { Words } from '@/components/results/wording'
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

/** Every node's texts, by node id. */
export function mapItems(map: DependencyMap, catalogue: Catalogue, { t, lang }: Words): Map<string, MapItem> {
  function vendorLabel(vendorId: string): string {
    if (vendorId === SELF_VENDOR) return t('app.results.map.self')
    return map.vendors.find((v) => v.vendorId === vendorId)?.label ?? vendorId
  }

  function describe(node: MapNode): Omit<MapItem, 'lines'> {
    if (node.column === 'function') {
      const criticality = t(`app.results.map.criticality.${node.criticality ?? 'unknown'}`)
      const dependency = t('app.results.map.dependency', { value: roundScore(node.dependency) ?? 0 })
      const deliberate = node.stance === 'deliberate'
      return {
        id: node.id,
        column: 'function',
        name: functionName(catalogue, node.functionId, lang),
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
        name: node.label[lang],
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

  return new Map(
    [...map.functions, ...map.tools, ...map.vendors].map((node) => {
      const item = describe(node)
      return [node.id, { ...item, lines: wrap(item.name, LINE_CHARS[node.column]) }]
    }),
  )
}
