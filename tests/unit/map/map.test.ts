import { describe, expect, it } from 'vitest'
import { catalogueV2 } from '../../../src/domain/catalogue/v2'
import type { FunctionId, VendorId } from '../../../src/domain/catalogue/types'
import { buildDependencyMap, chainOf, dependentsOf, nodeId, SELF_VENDOR } from '../../../src/domain/map'
import { resultWith } from '../../support/result'
import type { FunctionScore, Result, ToolExposure, VendorInfo } from '../../../src/domain/scoring/types'

const risks = { businessModel: 0, jurisdiction: 0, licence: 0, lockIn: 0, marketPower: 0 }

function tool(toolId: string, vendorId: VendorId | null, described = false): ToolExposure {
  return {
    toolId,
    label: { fr: toolId, en: toolId },
    described,
    vendorId,
    risks,
    hostingRisk: 0,
    exposure: 0.5,
    unknownFacts: 0,
  }
}

function fn(
  functionId: FunctionId,
  tools: ToolExposure[],
  extra: Partial<FunctionScore> = {},
): FunctionScore {
  return { functionId, status: 'scored', tools, exposure: 0.5, dependency: 40, ...extra }
}

function vendor(id: VendorId, kind: VendorInfo['kind']): VendorInfo {
  return {
    id,
    label: id.toUpperCase(),
    kind,
    jurisdiction: 'extraterritorial',
    country: null,
    dmaGatekeeper: false,
  }
}

/** A Result with only what the map reads; the scores it does not read are left empty. */
function resultOf(
  functions: FunctionScore[],
  vendors: VendorInfo[],
  singlePointsOfFailure: Result['singlePointsOfFailure'] = [],
): Result {
  return resultWith({ functions, vendors, singlePointsOfFailure })
}

// Google holds email (vital) and files (vital) through two tools and the login; the social
// network is a deliberate choice shared with Mastodon at an ethical host; the members' file is
// self-hosted; accounting runs on a tool the respondent described.
const google = vendor('google', 'dominant')
const result = resultOf(
  [
    fn('identity', [tool('google-login', 'google')], { criticality: 'important' }),
    fn('social', [tool('facebook', 'meta'), tool('mastodon', 'chatons')], {
      criticality: 'minor',
      stance: 'deliberate',
      reason: 'Nos publics y sont',
    }),
    fn('email', [tool('gmail', 'google')], { criticality: 'vital', keys: 'onePerson' }),
    fn('files', [tool('drive', 'google')], { criticality: 'vital', stance: 'default' }),
    fn('crm', [tool('paheko', null)], { criticality: 'vital', stance: 'deliberate' }),
    fn('accounting', [tool('other:compta', 'other:cabinet', true)]),
    { functionId: 'calendar', status: 'unknown', tools: [], exposure: null, dependency: null, use: 'used' },
    { functionId: 'maps', status: 'unused', tools: [], exposure: null, dependency: null },
  ],
  [
    google,
    vendor('meta', 'dominant'),
    vendor('other:cabinet', 'described'),
    vendor('chatons', 'ethicalHost'),
  ],
  [
    { kind: 'vitalFunctions', vendorId: 'google', functionIds: ['email', 'files'] },
    { kind: 'login', vendorId: 'google', toolId: 'google-login' },
    { kind: 'person', functionId: 'email', keys: 'onePerson' },
  ],
)
const map = buildDependencyMap(result, catalogueV2)

describe('buildDependencyMap', () => {
  it('draws only scored functions, grouped by the wizard’s sections in their order', () => {
    expect(map.groups).toEqual([
      { group: 'collaborate', functionIds: ['email', 'files', 'crm'] },
      { group: 'communicateOutside', functionIds: ['social'] },
      { group: 'runOrganisation', functionIds: ['identity', 'accounting'] },
    ])
    expect(map.functions.map((f) => f.functionId)).toEqual([
      'email',
      'files',
      'crm',
      'social',
      'identity',
      'accounting',
    ])
  })

  it('weights function → tool links by criticality: minor 1, important 2, vital 3, unknown 2', () => {
    const weight = (functionId: FunctionId, toolId: string) =>
      map.links.find((l) => l.from === nodeId.function(functionId) && l.to === nodeId.tool(toolId))?.weight
    expect(weight('social', 'facebook')).toBe(1)
    expect(weight('social', 'mastodon')).toBe(1)
    expect(weight('identity', 'google-login')).toBe(2)
    expect(weight('email', 'gmail')).toBe(3)
    expect(weight('accounting', 'other:compta')).toBe(2)
  })

  it('links every tool to its vendor, self-hosted tools to one node run by the organisation itself', () => {
    const vendorOf = (toolId: string) => map.links.find((l) => l.from === nodeId.tool(toolId))?.to
    expect(vendorOf('gmail')).toBe('vendor:google')
    expect(vendorOf('paheko')).toBe(nodeId.vendor(SELF_VENDOR))
    expect(vendorOf('other:compta')).toBe('vendor:other:cabinet')
    const self = map.vendors.find((v) => v.vendorId === SELF_VENDOR)
    expect(self?.kind).toBe('self')
    // The tool → vendor link carries the highest criticality behind the tool.
    expect(map.links.find((l) => l.from === nodeId.tool('paheko'))?.weight).toBe(3)
    expect(map.links).toHaveLength(7 + 7)
  })

  it('keeps the described tool and vendor with their kind and the vendors’ jurisdiction', () => {
    const compta = map.tools.find((t) => t.toolId === 'other:compta')
    expect(compta?.described).toBe(true)
    const cabinet = map.vendors.find((v) => v.vendorId === 'other:cabinet')
    expect(cabinet).toMatchObject({
      kind: 'described',
      label: 'OTHER:CABINET',
      jurisdiction: 'extraterritorial',
    })
    expect(map.vendors.map((v) => v.kind)).toEqual([
      'dominant',
      'dominant',
      'described',
      'ethicalHost',
      'self',
    ])
  })

  it('flags the single points of failure: several vital functions, the login, one person', () => {
    expect(map.vendors.find((v) => v.vendorId === 'google')?.flags).toEqual(['vitalFunctions', 'login'])
    expect(map.vendors.find((v) => v.vendorId === 'meta')?.flags).toEqual([])
    expect(map.functions.find((f) => f.functionId === 'email')?.person).toBe('onePerson')
    expect(map.functions.find((f) => f.functionId === 'files')?.person).toBeNull()
  })

  it('marks deliberate choices apart from defaults, on the function and its links', () => {
    const social = map.functions.find((f) => f.functionId === 'social')
    expect(social).toMatchObject({ stance: 'deliberate', reason: 'Nos publics y sont' })
    expect(map.links.filter((l) => l.from === nodeId.function('social')).every((l) => l.deliberate)).toBe(
      true,
    )
    expect(map.links.find((l) => l.from === nodeId.function('files'))?.deliberate).toBe(false)
    // Facebook serves only the deliberate social function; Gmail only a default one.
    expect(map.links.find((l) => l.from === nodeId.tool('facebook'))?.deliberate).toBe(true)
    expect(map.links.find((l) => l.from === nodeId.tool('gmail'))?.deliberate).toBe(false)
  })

  it('shares one tool node between the functions that use it', () => {
    const shared = buildDependencyMap(
      resultOf(
        [
          fn('email', [tool('m365', 'microsoft')], { criticality: 'minor', stance: 'deliberate' }),
          fn('office', [tool('m365', 'microsoft')], { criticality: 'vital' }),
        ],
        [vendor('microsoft', 'dominant')],
      ),
      catalogueV2,
    )
    expect(shared.tools).toHaveLength(1)
    const toVendor = shared.links.find((l) => l.from === nodeId.tool('m365'))
    // The highest weight behind it, and not deliberate since Office is a default.
    expect(toVendor).toMatchObject({ weight: 3, deliberate: false })
  })

  it('gives an empty map for a Result with nothing scored', () => {
    const empty = buildDependencyMap(resultOf([], []), catalogueV2)
    expect(empty).toEqual({ groups: [], functions: [], tools: [], vendors: [], links: [] })
  })
})

describe('dependentsOf', () => {
  it('names the functions lost if the vendor’s account closes, in the map’s order', () => {
    expect(dependentsOf(map, 'google')).toEqual({
      toolIds: ['gmail', 'drive', 'google-login'],
      functionIds: ['email', 'files', 'identity'],
      login: true,
    })
  })

  it('counts a function held by two vendors under each, and the self-hosted ones under the organisation', () => {
    expect(dependentsOf(map, 'meta').functionIds).toEqual(['social'])
    expect(dependentsOf(map, 'chatons').functionIds).toEqual(['social'])
    expect(dependentsOf(map, SELF_VENDOR)).toEqual({
      toolIds: ['paheko'],
      functionIds: ['crm'],
      login: false,
    })
  })

  it('gives nothing for a vendor that is not on the map', () => {
    expect(dependentsOf(map, 'nobody')).toEqual({ toolIds: [], functionIds: [], login: false })
  })
})

describe('chainOf', () => {
  it('from a vendor: its tools and their functions, not the other vendors of those functions', () => {
    expect([...chainOf(map, 'vendor:meta')].sort()).toEqual([
      'function:social',
      'tool:facebook',
      'vendor:meta',
    ])
  })

  it('from a function: its tools and their vendors; from a tool: its functions and its vendor', () => {
    expect([...chainOf(map, 'function:social')].sort()).toEqual([
      'function:social',
      'tool:facebook',
      'tool:mastodon',
      'vendor:chatons',
      'vendor:meta',
    ])
    expect([...chainOf(map, 'tool:gmail')].sort()).toEqual(['function:email', 'tool:gmail', 'vendor:google'])
  })
})
