/**
 * Plain checks of the version-2 catalogue data (src/domain/catalogue/v2/catalogue.json), read as
 * JSON: its schema (the "other" side, dmaCoreService, new functions) is ahead of the parser, so
 * these tests hold the data to its promises without going through parseCatalogue.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  BUSINESS_MODELS,
  CONFIDENCES,
  E2EE,
  EXPORTS,
  FUNCTION_GROUPS,
  HOSTINGS,
  JURISDICTIONS,
  LICENCES,
  MARKET_POWERS,
} from '../../../src/domain/catalogue/values'

interface RawTool {
  id: string
  name: { fr: string; en: string }
  side: string
  vendorId: string | null
  dmaCoreService: unknown
  facts: Record<string, string | string[]>
  kind?: string
  migration?: unknown
  confidence: string
  sourceIds: string[]
}
interface RawFunction {
  id: string
  group: string
  name: { fr: string; en: string }
  tools: RawTool[]
}
interface RawVendor {
  id: string
  dmaGatekeeper: boolean
  confidence: string
  sourceIds: string[]
}
interface RawCatalogue {
  version: string
  asOf: string
  functions: RawFunction[]
  vendors: RawVendor[]
  sources: { id: string; title: string; url: string }[]
}

function read(path: string): RawCatalogue {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as RawCatalogue
}

const v2 = read('../../../src/domain/catalogue/v2/catalogue.json')
const v1 = read('../../../src/domain/catalogue/v1/catalogue.json')
const tools = v2.functions.flatMap((fn) => fn.tools)
const vendorIds = new Set(v2.vendors.map((vendor) => vendor.id))
const sourceIds = new Set(v2.sources.map((source) => source.id))
/** Non-tools of version 1 ("no AI", "no analytics"): their answers migrate to "not used". */
const REMOVED_FROM_V1 = ['no-ai', 'server-log-stats']

function tool(id: string): RawTool {
  const found = tools.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no tool ${id}`)
  return found
}

describe('catalogue v2 data', () => {
  it('is dated 2026-11-30', () => {
    expect(v2.version).toBe('2026-11-30')
    expect(v2.asOf).toBe('2026-11-30')
  })

  it('gives every tool an id unique in the whole catalogue', () => {
    const ids = tools.map((candidate) => candidate.id)
    expect(ids.length).toBeGreaterThan(0)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('keeps every version-1 tool id except the removed non-tools, so v1 answers migrate by id', () => {
    const v2Ids = new Set(tools.map((candidate) => candidate.id))
    const missing = v1.functions
      .flatMap((fn) => fn.tools)
      .map((candidate) => candidate.id)
      .filter((id) => !v2Ids.has(id))
    expect(missing.sort()).toEqual([...REMOVED_FROM_V1].sort())
  })

  it('removes the non-tools', () => {
    for (const id of REMOVED_FROM_V1) expect(tools.some((candidate) => candidate.id === id)).toBe(false)
  })

  it('lists every source once, each with a title and a URL', () => {
    expect(sourceIds.size).toBe(v2.sources.length)
    for (const source of v2.sources) {
      expect(source.title.trim(), source.id).not.toBe('')
      expect(source.url, source.id).toMatch(/^https?:\/\//)
    }
  })

  it('cites only sources that exist', () => {
    for (const entry of [...tools, ...v2.vendors]) {
      for (const id of entry.sourceIds) expect(sourceIds.has(id), `${entry.id} → ${id}`).toBe(true)
    }
  })

  it('gives every checked tool and vendor at least one source', () => {
    for (const entry of [...tools, ...v2.vendors]) {
      expect(CONFIDENCES as readonly string[], entry.id).toContain(entry.confidence)
      if (entry.confidence === 'checked') expect(entry.sourceIds.length, entry.id).toBeGreaterThan(0)
    }
  })

  it('resolves every vendorId to a vendor', () => {
    for (const candidate of tools) {
      if (candidate.vendorId !== null) expect(vendorIds.has(candidate.vendorId), candidate.id).toBe(true)
    }
  })

  it('puts every tool on one of the three sides, and only alternatives carry a kind and a migration', () => {
    for (const candidate of tools) {
      expect(['dominant', 'other', 'alternative'], candidate.id).toContain(candidate.side)
      const isAlternative = candidate.side === 'alternative'
      expect(candidate.kind !== undefined, candidate.id).toBe(isAlternative)
      expect(candidate.migration !== undefined, candidate.id).toBe(isAlternative)
    }
  })

  it('rates every tool with allowed fact values', () => {
    const allowed: Record<string, readonly string[]> = {
      businessModel: BUSINESS_MODELS,
      jurisdiction: JURISDICTIONS,
      licence: LICENCES,
      export: EXPORTS,
      e2ee: E2EE,
      marketPower: MARKET_POWERS,
      hosting: HOSTINGS,
    }
    for (const candidate of tools) {
      for (const [facet, values] of Object.entries(allowed)) {
        expect(values, `${candidate.id}.${facet}`).toContain(candidate.facts[facet])
      }
    }
  })

  it('says for every tool whether the service itself is a designated DMA core platform service', () => {
    for (const candidate of tools) expect(typeof candidate.dmaCoreService, candidate.id).toBe('boolean')
  })

  it('marks a core platform service only under a gatekeeper group', () => {
    const gatekeepers = new Set(
      v2.vendors.filter((vendor) => vendor.dmaGatekeeper).map((vendor) => vendor.id),
    )
    for (const candidate of tools.filter((entry) => entry.dmaCoreService === true)) {
      expect(candidate.vendorId !== null && gatekeepers.has(candidate.vendorId), candidate.id).toBe(true)
    }
  })

  it('tells designated services from other services of a gatekeeper group', () => {
    const designated = ['google-search', 'youtube', 'chrome', 'android-google', 'google-maps', 'facebook']
    const alsoDesignated = [
      'instagram',
      'whatsapp',
      'messenger',
      'linkedin',
      'windows',
      'safari',
      'tiktok-social',
    ]
    for (const id of [...designated, ...alsoDesignated]) expect(tool(id).dmaCoreService, id).toBe(true)
    // The Commission accepted the rebuttals for these, or never designated them.
    const notDesignated = [
      'gmail',
      'google-workspace-mail',
      'google-drive',
      'teams-chat',
      'bing',
      'edge',
      'imessage',
    ]
    for (const id of notDesignated) expect(tool(id).dmaCoreService, id).toBe(false)
    // marketPower stays the group's: Gmail still counts as a gatekeeper group's tool.
    expect(tool('gmail').facts.marketPower).toBe('gatekeeper')
  })

  it('splits the two-vendor entries, keeping the v1 id for the v1 vendor', () => {
    expect(tool('zoom-teams-polls').vendorId).toBe('zoom')
    expect(tool('zoom-teams-polls').facts.marketPower).not.toBe('gatekeeper')
    expect(tool('teams-polls').vendorId).toBe('microsoft')
    expect(tool('big-cloud-hosting').vendorId).toBe('amazon')
    expect(tool('azure-hosting').vendorId).toBe('microsoft')
    expect(tool('google-cloud-hosting').vendorId).toBe('google')
    expect(tool('proton-infomaniak-calendar').vendorId).toBe('proton')
    expect(tool('infomaniak-calendar').vendorId).toBe('infomaniak')
  })

  it('rates the free mail accounts on ads and the organisation suites without them', () => {
    expect(tool('gmail').facts.businessModel).toBe('advertising-data')
    expect(tool('google-workspace-mail').facts.businessModel).not.toBe('advertising-data')
    expect(tool('outlook').facts.businessModel).toBe('advertising-data')
    expect(tool('exchange-online').facts.businessModel).not.toBe('advertising-data')
  })

  it('carries the corrected facts', () => {
    expect(tool('evernote').facts.jurisdiction).toBe('extraterritorial')
    expect(tool('messenger').facts.e2ee).toBe('optional')
    expect(tool('signal').facts.hosting).toBe('vendor-cloud')
    expect(tool('signal').kind).not.toBe('libre-selfhostable')
    for (const id of ['helloasso-events', 'helloasso-payments']) {
      expect(tool(id).facts.businessModel, id).not.toBe('public-or-commons')
    }
  })

  it('groups the functions, design and maps now communicating outside', () => {
    const groupOf = (id: string) => v2.functions.find((fn) => fn.id === id)?.group
    for (const fn of v2.functions) expect(FUNCTION_GROUPS as readonly string[], fn.id).toContain(fn.group)
    expect(groupOf('design')).toBe('communicateOutside')
    expect(groupOf('maps')).toBe('communicateOutside')
    expect(groupOf('payroll')).toBe('runOrganisation')
    expect(groupOf('esignature')).toBe('runOrganisation')
    expect(groupOf('phone')).toBe('communicateInside')
  })

  it('names every function and tool in French and English', () => {
    for (const entry of [...v2.functions, ...tools]) {
      expect(entry.name.fr.trim(), entry.id).not.toBe('')
      expect(entry.name.en.trim(), entry.id).not.toBe('')
    }
  })
})
