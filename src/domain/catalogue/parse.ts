/**
 * Reading the catalogue from untyped JSON: every field is checked against the union types, and
 * the first problem is reported with its path, so a bad edit of catalogue.json fails loudly at
 * start-up (and in the tests) instead of producing a wrong score later.
 */
import type {
  Catalogue,
  CatalogueFunction,
  Localized,
  Migration,
  Source,
  Tool,
  ToolFacts,
  Vendor,
} from './types'

export class InvalidCatalogueError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`)
    this.name = 'InvalidCatalogueError'
  }
}

import {
  FUNCTION_IDS,
  FUNCTION_GROUPS,
  BUSINESS_MODELS,
  JURISDICTIONS,
  LICENCES,
  EXPORTS,
  E2EE,
  MARKET_POWERS,
  HOSTINGS,
  FACETS,
  CONFIDENCES,
  KINDS,
  EFFORTS,
  SIDES,
} from './values'

type Json = Record<string, unknown>

function fail(path: string, problem: string): never {
  throw new InvalidCatalogueError(path, problem)
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'expected an object')
  return value as Json
}

function array(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, 'expected an array')
  return value
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'expected a string')
  if (value.trim() === '') fail(path, 'expected a non-empty string')
  return value
}

function optionalText(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : text(value, path)
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'expected true or false')
  return value
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, `expected one of ${allowed.join(', ')}`)
  }
  return value as T
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
function isoDate(value: unknown, path: string): string {
  const date = text(value, path)
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)
  if (!valid) fail(path, 'expected an ISO date (YYYY-MM-DD)')
  return date
}

function localized(value: unknown, path: string): Localized {
  const raw = object(value, path)
  return { fr: text(raw.fr, `${path}.fr`), en: text(raw.en, `${path}.en`) }
}

function list<T>(value: unknown, path: string, item: (entry: unknown, path: string) => T): T[] {
  return array(value, path).map((entry, index) => item(entry, `${path}[${index}]`))
}

function parseFacts(value: unknown, path: string): ToolFacts {
  const raw = object(value, path)
  return {
    businessModel: oneOf(raw.businessModel, BUSINESS_MODELS, `${path}.businessModel`),
    jurisdiction: oneOf(raw.jurisdiction, JURISDICTIONS, `${path}.jurisdiction`),
    licence: oneOf(raw.licence, LICENCES, `${path}.licence`),
    export: oneOf(raw.export, EXPORTS, `${path}.export`),
    e2ee: oneOf(raw.e2ee, E2EE, `${path}.e2ee`),
    marketPower: oneOf(raw.marketPower, MARKET_POWERS, `${path}.marketPower`),
    hosting: oneOf(raw.hosting, HOSTINGS, `${path}.hosting`),
    notApplicable: list(raw.notApplicable, `${path}.notApplicable`, (entry, at) => oneOf(entry, FACETS, at)),
  }
}

function parseMigration(value: unknown, path: string): Migration {
  const raw = object(value, path)
  return {
    effort: oneOf(raw.effort, EFFORTS, `${path}.effort`),
    reason: localized(raw.reason, `${path}.reason`),
  }
}

function parseTool(value: unknown, path: string): Tool {
  const raw = object(value, path)
  const side = oneOf(raw.side, SIDES, `${path}.side`)
  const vendorId = raw.vendorId === null ? null : text(raw.vendorId, `${path}.vendorId`)
  const tool: Tool = {
    id: text(raw.id, `${path}.id`),
    name: localized(raw.name, `${path}.name`),
    side,
    vendorId,
    facts: parseFacts(raw.facts, `${path}.facts`),
    confidence: oneOf(raw.confidence, CONFIDENCES, `${path}.confidence`),
    evidence: text(raw.evidence, `${path}.evidence`),
    sourceIds: list(raw.sourceIds, `${path}.sourceIds`, text),
    checkedOn: isoDate(raw.checkedOn, `${path}.checkedOn`),
  }
  if (side === 'alternative') {
    tool.kind = oneOf(raw.kind, KINDS, `${path}.kind`)
    tool.migration = parseMigration(raw.migration, `${path}.migration`)
  } else {
    // A kind or migration on a dominant tool is a data mistake the recommendations would misread.
    if (raw.kind !== undefined) fail(`${path}.kind`, 'only alternatives have a kind')
    if (raw.migration !== undefined) fail(`${path}.migration`, 'only alternatives have a migration')
  }
  const licenceSpdx = optionalText(raw.licenceSpdx, `${path}.licenceSpdx`)
  if (licenceSpdx !== undefined) tool.licenceSpdx = licenceSpdx
  return tool
}

function parseFunction(value: unknown, path: string): CatalogueFunction {
  const raw = object(value, path)
  return {
    id: oneOf(raw.id, FUNCTION_IDS, `${path}.id`),
    group: oneOf(raw.group, FUNCTION_GROUPS, `${path}.group`),
    name: localized(raw.name, `${path}.name`),
    tools: list(raw.tools, `${path}.tools`, parseTool),
  }
}

function parseVendor(value: unknown, path: string): Vendor {
  const raw = object(value, path)
  const country = text(raw.country, `${path}.country`)
  if (!/^[A-Z]{2}$/.test(country)) fail(`${path}.country`, 'expected an ISO 3166 alpha-2 code such as FR')
  return {
    id: text(raw.id, `${path}.id`),
    name: text(raw.name, `${path}.name`),
    country,
    dmaGatekeeper: boolean(raw.dmaGatekeeper, `${path}.dmaGatekeeper`),
    usJurisdiction: boolean(raw.usJurisdiction, `${path}.usJurisdiction`),
    confidence: oneOf(raw.confidence, CONFIDENCES, `${path}.confidence`),
    sourceIds: list(raw.sourceIds, `${path}.sourceIds`, text),
  }
}

function parseSource(value: unknown, path: string): Source {
  const raw = object(value, path)
  const url = text(raw.url, `${path}.url`)
  if (!/^https?:\/\//.test(url)) fail(`${path}.url`, 'expected an http(s) URL')
  return { id: text(raw.id, `${path}.id`), title: text(raw.title, `${path}.title`), url }
}

/**
 * Checks cross-references the types cannot express; done after the shape is known so each
 * message can name the exact entry at fault.
 */
function checkReferences(catalogue: Catalogue): void {
  const vendorIds = new Set(catalogue.vendors.map((vendor) => vendor.id))
  const sourceIds = new Set(catalogue.sources.map((source) => source.id))
  const toolIds = new Set<string>()
  const functionIds = new Set<string>()
  catalogue.functions.forEach((fn, f) => {
    if (functionIds.has(fn.id)) fail(`functions[${f}].id`, `duplicate function id ${fn.id}`)
    functionIds.add(fn.id)
    fn.tools.forEach((tool, t) => {
      const path = `functions[${f}].tools[${t}]`
      if (toolIds.has(tool.id)) fail(`${path}.id`, `duplicate tool id ${tool.id}`)
      toolIds.add(tool.id)
      if (tool.vendorId !== null && !vendorIds.has(tool.vendorId)) {
        fail(`${path}.vendorId`, `unknown vendor ${tool.vendorId}`)
      }
      tool.sourceIds.forEach((id, s) => {
        if (!sourceIds.has(id)) fail(`${path}.sourceIds[${s}]`, `unknown source ${id}`)
      })
    })
  })
  catalogue.vendors.forEach((vendor, v) => {
    vendor.sourceIds.forEach((id, s) => {
      if (!sourceIds.has(id)) fail(`vendors[${v}].sourceIds[${s}]`, `unknown source ${id}`)
    })
  })
}

/** Validates untyped data (the imported catalogue.json) and returns it typed, or throws InvalidCatalogueError. */
export function parseCatalogue(data: unknown): Catalogue {
  const raw = object(data, 'catalogue')
  const catalogue: Catalogue = {
    id: text(raw.id, 'id'),
    version: text(raw.version, 'version'),
    asOf: isoDate(raw.asOf, 'asOf'),
    functions: list(raw.functions, 'functions', parseFunction),
    vendors: list(raw.vendors, 'vendors', parseVendor),
    sources: list(raw.sources, 'sources', parseSource),
  }
  checkReferences(catalogue)
  return catalogue
}
