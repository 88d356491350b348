import { describe, expect, it } from 'vitest'
import { allTools, findFunction, findTool, findVendor } from '../../../src/domain/catalogue'
import { catalogueV1 as catalogue } from '../../../src/domain/catalogue/v1'
import type { FunctionGroup, Localized } from '../../../src/domain/catalogue/types'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const tools = allTools(catalogue)

/** Every bilingual string of the catalogue, with where it sits, so an empty one can be named. */
function localizedStrings(): { where: string; text: Localized }[] {
  const found: { where: string; text: Localized }[] = []
  for (const fn of catalogue.functions) {
    found.push({ where: `${fn.id}.name`, text: fn.name })
    for (const tool of fn.tools) {
      found.push({ where: `${tool.id}.name`, text: tool.name })
      if (tool.migration) found.push({ where: `${tool.id}.migration.reason`, text: tool.migration.reason })
    }
  }
  return found
}

describe('catalogue integrity', () => {
  it('has the 27 functions, each with at least one dominant tool and one alternative', () => {
    expect(catalogue.functions).toHaveLength(27)
    for (const fn of catalogue.functions) {
      expect(
        fn.tools.some((tool) => tool.side === 'dominant'),
        fn.id,
      ).toBe(true)
      expect(
        fn.tools.some((tool) => tool.side === 'alternative'),
        fn.id,
      ).toBe(true)
    }
  })

  it('groups the functions as the seed article does', () => {
    const byGroup = (group: FunctionGroup) =>
      catalogue.functions.filter((fn) => fn.group === group).map((fn) => fn.id)
    expect(byGroup('communicateInside')).toEqual(['team_chat', 'video', 'mobile_messaging', 'governance'])
    expect(byGroup('communicateOutside')).toEqual([
      'social',
      'video_hosting',
      'website',
      'newsletters',
      'analytics',
      'events',
    ])
    expect(byGroup('collaborate')).toHaveLength(10)
    expect(byGroup('runOrganisation')).toHaveLength(7)
  })

  it('gives every tool a unique kebab-case id', () => {
    const ids = tools.map(({ tool }) => tool.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('resolves every vendorId to a vendor', () => {
    for (const { tool } of tools) {
      if (tool.vendorId !== null) expect(findVendor(catalogue, tool.vendorId), tool.id).toBeDefined()
    }
  })

  it('resolves every sourceId of tools and vendors to a source', () => {
    const sourceIds = new Set(catalogue.sources.map((source) => source.id))
    for (const { tool } of tools)
      for (const id of tool.sourceIds) expect(sourceIds.has(id), `${tool.id} → ${id}`).toBe(true)
    for (const vendor of catalogue.vendors) {
      for (const id of vendor.sourceIds) expect(sourceIds.has(id), `${vendor.id} → ${id}`).toBe(true)
    }
  })

  it('gives every alternative a kind and a migration with reasons in both languages', () => {
    for (const { tool } of tools.filter(({ tool }) => tool.side === 'alternative')) {
      expect(tool.kind, tool.id).toBeDefined()
      expect(tool.migration?.reason.fr.trim(), tool.id).toBeTruthy()
      expect(tool.migration?.reason.en.trim(), tool.id).toBeTruthy()
    }
  })

  it('gives dominant tools an outside vendor and no kind or migration', () => {
    for (const { tool } of tools.filter(({ tool }) => tool.side === 'dominant')) {
      expect(tool.vendorId, tool.id).not.toBeNull()
      expect(tool.kind, tool.id).toBeUndefined()
      expect(tool.migration, tool.id).toBeUndefined()
    }
  })

  it('leaves the vendor out exactly for libre software the organisation runs itself', () => {
    for (const { tool } of tools) {
      const selfRun =
        tool.facts.licence === 'libre' &&
        (tool.facts.hosting === 'self-hosted' || tool.facts.hosting === 'local')
      expect(tool.vendorId === null, tool.id).toBe(selfRun)
    }
  })

  it('writes every date as an ISO date', () => {
    expect(catalogue.asOf).toMatch(ISO_DATE)
    for (const { tool } of tools) expect(tool.checkedOn, tool.id).toMatch(ISO_DATE)
  })

  it('has no empty French or English text', () => {
    for (const { where, text } of localizedStrings()) {
      expect(text.fr.trim(), `${where}.fr`).not.toBe('')
      expect(text.en.trim(), `${where}.en`).not.toBe('')
    }
  })

  it('keeps proper product names identical in both languages', () => {
    const named = ['gmail', 'google-drive', 'slack', 'nextcloud-files', 'signal', 'peertube']
    for (const id of named) {
      const found = findTool(catalogue, id)
      expect(found, id).toBeDefined()
      expect(found?.tool.name.fr).toBe(found?.tool.name.en)
    }
  })

  it('writes licences as SPDX-style expressions', () => {
    const token = /^(\(|\)|AND|OR|WITH|[A-Za-z0-9][A-Za-z0-9.+-]*)$/
    for (const { tool } of tools) {
      if (tool.licenceSpdx === undefined) continue
      const tokens = tool.licenceSpdx.replace(/[()]/g, ' $& ').trim().split(/\s+/)
      for (const part of tokens) expect(part, `${tool.id}: ${tool.licenceSpdx}`).toMatch(token)
    }
  })

  it('backs every vendor with an ISO country and every source with a URL', () => {
    for (const vendor of catalogue.vendors) expect(vendor.country, vendor.id).toMatch(/^[A-Z]{2}$/)
    for (const source of catalogue.sources) expect(source.url, source.id).toMatch(/^https?:\/\//)
  })
})

describe('catalogue lookups', () => {
  it('finds a function by id', () => {
    expect(findFunction(catalogue, 'email')?.name.en).toBe('Email')
  })

  it('finds a tool with the function it is listed under', () => {
    expect(findTool(catalogue, 'teams-video')?.functionId).toBe('video')
    expect(findTool(catalogue, 'teams-chat')?.functionId).toBe('team_chat')
    expect(findTool(catalogue, 'no-such-tool')).toBeUndefined()
  })

  it('finds a vendor by id', () => {
    expect(findVendor(catalogue, 'atlassian')?.country).toBe('US')
    expect(findVendor(catalogue, 'nobody')).toBeUndefined()
  })

  it('lists every tool once', () => {
    const count = catalogue.functions.reduce((sum, fn) => sum + fn.tools.length, 0)
    expect(allTools(catalogue)).toHaveLength(count)
  })
})
