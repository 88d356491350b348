/**
 * Catalogue version 2 (2026-11-30): corrected facts, DMA as two facts, the tools French
 * associations really use, and the routes to each alternative (hosts, offers, prices, efforts),
 * kept in their own file because they change more often than the facts. Loaded on demand through
 * the registry (src/domain/registry.ts).
 */
import data from './catalogue.json'
import routesData from './routes.json'
import { parseCatalogue } from '../parse'
import { parseRoutes, type Routes } from '../routes'
import type { Catalogue } from '../types'

export const catalogueV2: Catalogue = parseCatalogue(data)

/** The routes to the alternatives, as of their own date (routes.json `asOf`). */
export const routesV2: Routes = parseRoutes(routesData)
