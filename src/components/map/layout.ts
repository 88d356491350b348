/**
 * Where each node of the dependency map sits in the SVG: three columns, functions grouped under
 * their section's title, tools and vendors ordered by the mean height of what they link to (the
 * barycentre heuristic), which keeps most links from crossing. Pure: tested without a DOM.
 */
import type { FunctionGroup } from '@/domain/catalogue/types'
import type { DependencyMap, MapColumn } from '@/domain/map'

export const MAP_WIDTH = 960
/** Left edge and width of each column. */
export const COLUMN_BOX: Record<MapColumn, { x: number; width: number }> = {
  function: { x: 0, width: 270 },
  tool: { x: 375, width: 220 },
  vendor: { x: 700, width: 260 },
}
/** Characters of a name on one line of each column (14 px bold text). */
export const LINE_CHARS: Record<MapColumn, number> = { function: 28, tool: 24, vendor: 25 }
/** Height of one line of a name. */
export const LINE = 17
const TOP = 40
const GAP = 10
const GROUP_TITLE = 28
const WARNING_LINE = 18
/** Height of a node whose name takes one line: functions and vendors have a second, smaller line. */
export const NODE_HEIGHT: Record<MapColumn, number> = { function: 44, tool: 34, vendor: 44 }

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface MapLayout {
  boxes: ReadonlyMap<string, Box>
  /** Where each group's title is written (its baseline). */
  groupTitles: readonly { group: FunctionGroup; y: number }[]
  height: number
}

/** A name on two lines, or a warning line (single points of failure), makes a node taller. */
function heightOf(column: MapColumn, lines: number, warned: boolean): number {
  return NODE_HEIGHT[column] + (lines - 1) * LINE + (warned ? WARNING_LINE : 0)
}

/** Positions of every node, the group titles and the SVG's height; `linesOf` counts a node's name lines. */
export function layoutMap(map: DependencyMap, linesOf: (id: string) => number = () => 1): MapLayout {
  const boxes = new Map<string, Box>()
  const groupTitles: { group: FunctionGroup; y: number }[] = []

  let y = TOP
  for (const group of map.groups) {
    y += GROUP_TITLE
    groupTitles.push({ group: group.group, y: y - 10 })
    for (const f of map.functions.filter((n) => n.group === group.group)) {
      const height = heightOf('function', linesOf(f.id), f.person !== null)
      boxes.set(f.id, { ...COLUMN_BOX.function, y, height })
      y += height + GAP
    }
  }
  const functionsBottom = y

  const centre = (id: string) => {
    const b = boxes.get(id)
    return b ? b.y + b.height / 2 : 0
  }
  const barycentre = (targets: readonly string[]) =>
    targets.length ? targets.reduce((sum, id) => sum + centre(id), 0) / targets.length : 0
  const byBarycentre = <T extends { id: string }>(
    nodes: readonly T[],
    neighbours: (id: string) => string[],
  ) =>
    nodes
      .map((node, index) => ({ node, index, at: barycentre(neighbours(node.id)) }))
      .sort((a, b) => a.at - b.at || a.index - b.index)
      .map((entry) => entry.node)

  const place = (column: MapColumn, heights: { id: string; height: number }[]) => {
    const total = heights.reduce((sum, h) => sum + h.height + GAP, 0) - GAP
    // A shorter column is centred against the functions, so that links stay short.
    let at = TOP + GROUP_TITLE + Math.max(0, (functionsBottom - GAP - TOP - GROUP_TITLE - total) / 2)
    for (const h of heights) {
      boxes.set(h.id, { ...COLUMN_BOX[column], y: at, height: h.height })
      at += h.height + GAP
    }
    return at
  }

  const tools = byBarycentre(map.tools, (id) => map.links.filter((l) => l.to === id).map((l) => l.from))
  const toolsBottom = place(
    'tool',
    tools.map((t) => ({ id: t.id, height: heightOf('tool', linesOf(t.id), false) })),
  )
  const vendors = byBarycentre(map.vendors, (id) => map.links.filter((l) => l.to === id).map((l) => l.from))
  const vendorsBottom = place(
    'vendor',
    vendors.map((v) => ({ id: v.id, height: heightOf('vendor', linesOf(v.id), v.flags.length > 0) })),
  )
  return {
    boxes,
    groupTitles,
    height: Math.max(functionsBottom, toolsBottom, vendorsBottom) + GAP,
  }
}

/** The node ids in reading order: column by column, top to bottom (the keyboard's order). */
export function readingOrder(map: DependencyMap, layout: MapLayout): string[] {
  const top = (id: string) => layout.boxes.get(id)?.y ?? 0
  return [map.functions, map.tools, map.vendors].flatMap((column) =>
    column.map((n) => n.id).sort((a, b) => top(a) - top(b)),
  )
}

/** A link's ends and the x of its two control points: from the right edge of one box to the left edge of the other. */
export function linkPoints(
  from: Box,
  to: Box,
): { x1: number; y1: number; mid: number; x2: number; y2: number } {
  const x1 = from.x + from.width
  const x2 = to.x
  return { x1, y1: from.y + from.height / 2, mid: (x1 + x2) / 2, x2, y2: to.y + to.height / 2 }
}

/** A link as an S-shaped path (SVG), through linkPoints. */
export function linkPath(from: Box, to: Box): string {
  const { x1, y1, mid, x2, y2 } = linkPoints(from, to)
  return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`
}
