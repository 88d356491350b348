/**
 * Catalogue version 1 (2026-11-28), frozen: version-1 assessments are shown and scored against
 * exactly these facts. Loaded on demand through the registry (src/domain/registry.ts).
 */
import data from './catalogue.json'
import { parseCatalogue } from '../parse'
import type { Catalogue } from '../types'

export const catalogueV1: Catalogue = parseCatalogue(data)
