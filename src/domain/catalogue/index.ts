/**
 * Lookups the rest of the domain uses to find functions, tools and vendors by id in a catalogue.
 * The catalogues themselves (one per version) are loaded through src/domain/registry.ts.
 */
import type { Catalogue, CatalogueFunction, FunctionId, Tool, ToolId, Vendor, VendorId } from './types'

export { InvalidCatalogueError, parseCatalogue } from './parse'

/** A tool together with the function it is listed under (the same product has one entry per function). */
export interface ToolInFunction {
  tool: Tool
  functionId: FunctionId
}

/** The function with this id, or undefined. */
export function findFunction(source: Catalogue, id: FunctionId): CatalogueFunction | undefined {
  return source.functions.find((fn) => fn.id === id)
}

/** The tool with this id and the function it belongs to, or undefined. */
export function findTool(source: Catalogue, toolId: ToolId): ToolInFunction | undefined {
  for (const fn of source.functions) {
    const tool = fn.tools.find((candidate) => candidate.id === toolId)
    if (tool) return { tool, functionId: fn.id }
  }
  return undefined
}

/** The vendor with this id, or undefined. */
export function findVendor(source: Catalogue, id: VendorId): Vendor | undefined {
  return source.vendors.find((vendor) => vendor.id === id)
}

/** Every tool of every function, in catalogue order, each with its function id. */
export function allTools(source: Catalogue): ToolInFunction[] {
  return source.functions.flatMap((fn) => fn.tools.map((tool) => ({ tool, functionId: fn.id })))
}
