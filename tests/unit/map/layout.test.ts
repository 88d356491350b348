import { describe, expect, it } from 'vitest'
import { layoutMap, linkPath, readingOrder } from '../../../src/components/map/layout'
import { wrap } from '../../../src/components/map/style'
import type { DependencyMap, MapFunctionNode, MapToolNode, MapVendorNode } from '../../../src/domain/map'

const fn = (id: string, group: MapFunctionNode['group']): MapFunctionNode => ({
  column: 'function',
  id: `function:${id}`,
  functionId: id as MapFunctionNode['functionId'],
  group,
  weight: 2,
  dependency: 50,
  person: null,
})
const tool = (id: string, vendorId: string): MapToolNode => ({
  column: 'tool',
  id: `tool:${id}`,
  toolId: id,
  label: { fr: id, en: id },
  described: false,
  vendorId,
  exposure: 0.5,
})
const vendor = (id: string, flags: MapVendorNode['flags'] = []): MapVendorNode => ({
  column: 'vendor',
  id: `vendor:${id}`,
  vendorId: id,
  label: id,
  kind: 'dominant',
  jurisdiction: null,
  country: null,
  dmaGatekeeper: false,
  flags,
})
const link = (from: string, to: string) => ({ from, to, weight: 2, deliberate: false })

// Listed so that a naive order would cross every link: tool b serves the first function.
const map: DependencyMap = {
  groups: [
    { group: 'collaborate', functionIds: ['email'] },
    { group: 'runOrganisation', functionIds: ['payments'] },
  ],
  functions: [fn('email', 'collaborate'), fn('payments', 'runOrganisation')],
  tools: [tool('a', 'x'), tool('b', 'y')],
  vendors: [vendor('x'), vendor('y', ['login'])],
  links: [
    link('function:email', 'tool:b'),
    link('function:payments', 'tool:a'),
    link('tool:a', 'vendor:x'),
    link('tool:b', 'vendor:y'),
  ],
}

describe('layoutMap', () => {
  it('orders tools and vendors by the height of what they link to, so links do not cross', () => {
    const layout = layoutMap(map)
    const y = (id: string) => layout.boxes.get(id)?.y ?? NaN
    expect(y('tool:b')).toBeLessThan(y('tool:a'))
    expect(y('vendor:y')).toBeLessThan(y('vendor:x'))
    expect(readingOrder(map, layout)).toEqual([
      'function:email',
      'function:payments',
      'tool:b',
      'tool:a',
      'vendor:y',
      'vendor:x',
    ])
  })

  it('gives a group title to each group and more room to names on two lines and to warnings', () => {
    const layout = layoutMap(map, (id) => (id === 'function:email' ? 2 : 1))
    expect(layout.groupTitles.map((g) => g.group)).toEqual(['collaborate', 'runOrganisation'])
    const height = (id: string) => layout.boxes.get(id)?.height
    expect(height('function:email')).toBe((height('function:payments') ?? 0) + 17)
    expect(height('vendor:y')).toBe((height('vendor:x') ?? 0) + 18)
  })

  it('draws a link from the right edge of one box to the left edge of the next', () => {
    expect(linkPath({ x: 0, y: 0, width: 100, height: 40 }, { x: 200, y: 100, width: 50, height: 20 })).toBe(
      'M100,20 C150,20 150,110 200,110',
    )
  })
})

describe('wrap', () => {
  it('breaks at spaces within the width, and ends what does not fit with an ellipsis', () => {
    expect(wrap('Comptabilité', 20)).toEqual(['Comptabilité'])
    expect(wrap('Bureautique et co-édition de documents', 31)).toEqual([
      'Bureautique et co-édition de',
      'documents',
    ])
    expect(wrap('Décisions collectives, votes et assemblées générales', 20)).toEqual([
      'Décisions',
      'collectives, votes…',
    ])
  })
})
