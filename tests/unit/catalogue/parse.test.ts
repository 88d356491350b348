import { describe, expect, it } from 'vitest'
import data from '../../../src/domain/catalogue/v1/catalogue.json'
import { InvalidCatalogueError, parseCatalogue, readCatalogue } from '../../../src/domain/catalogue/parse'

/** A deep copy of the real catalogue that a test may break in one place. */
function copy(): Record<string, unknown> {
  return structuredClone(data)
}

/** Walks a path of keys and indexes into a copied catalogue, failing the test if it is not there. */
function at(root: unknown, ...keys: (string | number)[]): Record<string, unknown> {
  let node: unknown = root
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) throw new Error(`no ${String(key)} in test data`)
    node = (node as Record<string | number, unknown>)[key]
  }
  if (typeof node !== 'object' || node === null) throw new Error('test path does not lead to an object')
  return node as Record<string, unknown>
}

function expectRejected(bad: unknown, message: string): void {
  expect(() => parseCatalogue(bad)).toThrow(InvalidCatalogueError)
  expect(() => parseCatalogue(bad)).toThrow(message)
}

describe('parseCatalogue', () => {
  it('accepts the shipped catalogue', () => {
    const catalogue = parseCatalogue(data)
    expect(catalogue.id).toBe('autonomie-catalogue')
    expect(catalogue.functions).toHaveLength(27)
  })

  it('rejects something that is not an object', () => {
    expectRejected(null, 'catalogue: expected an object')
    expectRejected([], 'catalogue: expected an object')
  })

  it('names the path of a fact outside its union', () => {
    const bad = copy()
    at(bad, 'functions', 3, 'tools', 2, 'facts').export = 'some'
    expectRejected(bad, 'functions[3].tools[2].facts.export: expected one of full, partial, none')
  })

  it('rejects the tool-facts spelling of end-to-end encryption', () => {
    const bad = copy()
    at(bad, 'functions', 0, 'tools', 0, 'facts').e2ee = true
    expectRejected(bad, 'functions[0].tools[0].facts.e2ee: expected one of always, optional, no')
  })

  it('rejects an unknown facet in notApplicable', () => {
    const bad = copy()
    at(bad, 'functions', 1, 'tools', 0, 'facts').notApplicable = ['export', 'price']
    expectRejected(bad, 'functions[1].tools[0].facts.notApplicable[1]: expected one of businessModel')
  })

  it('rejects a missing or empty translation', () => {
    const missing = copy()
    delete at(missing, 'functions', 5, 'name').fr
    expectRejected(missing, 'functions[5].name.fr: expected a string')
    const empty = copy()
    at(empty, 'functions', 0, 'tools', 4, 'migration', 'reason').en = '  '
    expectRejected(empty, 'functions[0].tools[4].migration.reason.en: expected a non-empty string')
  })

  it('requires kind and migration on alternatives, and refuses them on dominant tools', () => {
    const noKind = copy()
    delete at(noKind, 'functions', 0, 'tools', 4).kind
    expectRejected(noKind, 'functions[0].tools[4].kind: expected one of libre-selfhostable')
    const dominantWithMigration = copy()
    at(dominantWithMigration, 'functions', 0, 'tools', 0).migration = {
      effort: 'low',
      reason: { fr: 'x', en: 'x' },
    }
    expectRejected(
      dominantWithMigration,
      'functions[0].tools[0].migration: only alternatives have a migration',
    )
  })

  it('rejects an unknown function id or group', () => {
    const badId = copy()
    at(badId, 'functions', 2).id = 'spreadsheets'
    expectRejected(badId, 'functions[2].id: expected one of email, files')
    const badGroup = copy()
    at(badGroup, 'functions', 2).group = 'misc'
    expectRejected(badGroup, 'functions[2].group: expected one of collaborate')
  })

  it('rejects dates that are not ISO calendar dates', () => {
    const badTool = copy()
    at(badTool, 'functions', 0, 'tools', 1).checkedOn = '28/11/2026'
    expectRejected(badTool, 'functions[0].tools[1].checkedOn: expected an ISO date (YYYY-MM-DD)')
    const impossible = copy()
    impossible.asOf = '2026-02-30'
    expectRejected(impossible, 'asOf: expected an ISO date (YYYY-MM-DD)')
  })

  it.each(['1', 'March 7', '2026-11-30T10:15:00Z', '2026-13-01'])(
    'refuses %j as a catalogue date',
    (date) => {
      const tool = copy()
      at(tool, 'functions', 2, 'tools', 0).checkedOn = date
      expectRejected(tool, 'functions[2].tools[0].checkedOn: expected an ISO date (YYYY-MM-DD)')
      const asOf = copy()
      asOf.asOf = date
      expectRejected(asOf, 'asOf: expected an ISO date (YYYY-MM-DD)')
    },
  )

  it('reports every problem with a kind and a path through readCatalogue', () => {
    const bad = copy()
    at(bad, 'functions', 0, 'tools', 0, 'facts').export = 'some'
    at(bad, 'vendors', 1).dmaGatekeeper = 'yes'
    expect(readCatalogue(bad)).toEqual({
      ok: false,
      problems: [
        {
          kind: 'invalidField',
          path: 'functions[0].tools[0].facts.export',
          detail: 'expected one of full, partial, none',
        },
        { kind: 'invalidField', path: 'vendors[1].dmaGatekeeper', detail: 'expected true or false' },
      ],
    })
  })

  it('rejects a vendor with a malformed country or flag', () => {
    const country = copy()
    at(country, 'vendors', 0).country = 'USA'
    expectRejected(country, 'vendors[0].country: expected an ISO 3166 alpha-2 code')
    const flag = copy()
    at(flag, 'vendors', 1).dmaGatekeeper = 'yes'
    expectRejected(flag, 'vendors[1].dmaGatekeeper: expected true or false')
  })

  it('rejects references to vendors and sources that do not exist', () => {
    const vendor = copy()
    at(vendor, 'functions', 0, 'tools', 0).vendorId = 'alphabet'
    expectRejected(vendor, 'functions[0].tools[0].vendorId: unknown vendor alphabet')
    const source = copy()
    at(source, 'functions', 0, 'tools', 0).sourceIds = ['S40', 'S999']
    expectRejected(source, 'functions[0].tools[0].sourceIds[1]: unknown source S999')
  })

  it('rejects a tool id used twice', () => {
    const bad = copy()
    const firstId = at(bad, 'functions', 0, 'tools', 0).id
    at(bad, 'functions', 4, 'tools', 1).id = firstId
    expectRejected(bad, `functions[4].tools[1].id: duplicate tool id ${String(firstId)}`)
  })

  it('reports the first problem when there are several', () => {
    const bad = copy()
    at(bad, 'functions', 0, 'tools', 0).side = 'neutral'
    at(bad, 'functions', 9, 'tools', 0, 'facts').hosting = 'cloud'
    expectRejected(bad, 'functions[0].tools[0].side: expected one of dominant, alternative')
  })
})
