/**
 * Anchors of the method page. The results page links to `#/methode?section=<id>`: a hash router
 * cannot carry a second '#', so the section travels as a query parameter. Keep these ids stable.
 */
export const METHOD_SECTIONS = [
  'exposure',
  'dependency',
  'dependency-index',
  'concentration',
  'single-points',
  'fragility',
  'vendors',
  'values',
  'governance',
  'path',
  'completeness',
  'plan',
  'catalogue',
] as const

export type MethodSectionId = (typeof METHOD_SECTIONS)[number]

/** Message key of each section's heading. */
export const SECTION_HEADING_KEYS: Readonly<Record<MethodSectionId, string>> = {
  exposure: 'method.exposure.heading',
  dependency: 'method.dependency.heading',
  'dependency-index': 'method.dependencyIndex.heading',
  concentration: 'method.concentration.heading',
  'single-points': 'method.singlePoints.heading',
  fragility: 'method.fragility.heading',
  vendors: 'method.vendors.heading',
  values: 'method.values.heading',
  governance: 'method.governance.heading',
  path: 'method.path.heading',
  completeness: 'method.completeness.heading',
  plan: 'method.plan.heading',
  catalogue: 'method.catalogue.heading',
}

export function isMethodSection(id: unknown): id is MethodSectionId {
  return typeof id === 'string' && (METHOD_SECTIONS as readonly string[]).includes(id)
}
