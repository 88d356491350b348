import { describe, expect, it } from 'vitest'
import type { Answers, Criticality, FunctionAnswer, OtherTool } from '../../../src/domain/assessment/types'
import { findVendor } from '../../../src/domain/catalogue/index'
import { catalogueV1 as shipped } from '../../../src/domain/catalogue/v1'
import { questionnaire as bank } from '../../../src/domain/questionnaire/bank'
import { score } from '../../../src/domain/scoring/index'
import { vendorKind, type VendorTraits } from '../../../src/domain/scoring/vendors'
import { catalogue, other, questionnaire } from './fixtures'

const plain: VendorTraits = {
  described: false,
  dmaGatekeeper: false,
  makesDominantTool: false,
  ethicalHostOnly: false,
  country: 'US',
  makesEuropeanOrSocialAlternative: false,
}

describe('vendorKind', () => {
  it.each<[string, Partial<VendorTraits>, string]>([
    [
      'described by the respondent, whatever else is true',
      { described: true, dmaGatekeeper: true },
      'described',
    ],
    ['a DMA gatekeeper', { dmaGatekeeper: true, country: 'FR' }, 'dominant'],
    [
      'the maker of a dominant-side tool, even European',
      { makesDominantTool: true, country: 'IT' },
      'dominant',
    ],
    ['only ethically hosted tools', { ethicalHostOnly: true, country: 'FR' }, 'ethicalHost'],
    ['headquartered in the EU', { country: 'DE' }, 'europeanOrSocial'],
    ['headquartered in the EEA (Norway)', { country: 'NO' }, 'europeanOrSocial'],
    ['headquartered in Switzerland', { country: 'CH' }, 'europeanOrSocial'],
    ['headquartered in the United Kingdom', { country: 'GB' }, 'europeanOrSocial'],
    [
      'a maker of a social-economy or European alternative elsewhere',
      { makesEuropeanOrSocialAlternative: true },
      'europeanOrSocial',
    ],
    ['anyone else', {}, 'otherProprietary'],
    ['a vendor of unknown country', { country: null }, 'otherProprietary'],
  ])('%s', (_label, traits, kind) => {
    expect(vendorKind({ ...plain, ...traits })).toBe(kind)
  })
})

function uses(tools: FunctionAnswer['tools'], criticality?: Criticality): FunctionAnswer {
  return { kind: 'function', use: 'used', tools, ...(criticality ? { criticality } : {}) }
}

describe('described vendors', () => {
  // Two tools of one vendor typed two ways, as a respondent would.
  const pad = other({ id: 'other-1', name: 'Pad', vendor: 'ACME Corp', jurisdiction: 'dontKnow' })
  const drive = other({ id: 'other-2', name: 'Drive', vendor: ' acme corp ', jurisdiction: 'eu-or-adequate' })
  const answers: Answers = { fn_email: uses([pad]), fn_files: uses([drive]) }
  const result = score(questionnaire, catalogue, answers)

  it('"ACME Corp" and " acme corp " are one vendor, labelled as first typed', () => {
    // one vendor holds both functions (w 2 each): share 1, concentration 100 × 1² = 100
    expect(result.vendorShares).toEqual([
      { vendorId: 'other:acme corp', share: 1, functionIds: ['email', 'files'] },
    ])
    expect(result.concentration).toBe(100)
    expect(result.vendors).toEqual([
      {
        id: 'other:acme corp',
        label: 'ACME Corp',
        kind: 'described',
        // "I don't know" gives none; the other tool says EU: the riskiest known is EU
        jurisdiction: 'eu-or-adequate',
        country: null,
        dmaGatekeeper: false,
      },
    ])
  })

  it('the tools keep their own ids and the names as typed', () => {
    const tools = result.functions.flatMap((f) => f.tools)
    expect(tools.map((t) => [t.toolId, t.label, t.described])).toEqual([
      ['other-1', { fr: 'Pad', en: 'Pad' }, true],
      ['other-2', { fr: 'Drive', en: 'Drive' }, true],
    ])
  })

  it('folds accents too: "Société Générale" and "societe generale" are one vendor', () => {
    const r = score(questionnaire, catalogue, {
      fn_email: uses([other({ id: 'a', vendor: 'Société Générale' })]),
      fn_files: uses([other({ id: 'b', vendor: 'societe generale' })]),
    })
    expect(r.vendors.map((v) => [v.id, v.label])).toEqual([['other:societe generale', 'Société Générale']])
  })

  it('two described tools of the same name stay two tools', () => {
    const r = score(questionnaire, catalogue, {
      fn_email: uses([other({ id: 'x-1', name: 'Pad' }), other({ id: 'x-2', name: 'Pad' })]),
    })
    expect(r.functions[0]?.tools.map((t) => t.toolId)).toEqual(['x-1', 'x-2'])
  })
})

describe('the vendor table on the shipped catalogue', () => {
  const acme = (id: string, vendor: string, jurisdiction: OtherTool['jurisdiction']): OtherTool => ({
    kind: 'other',
    id,
    name: `Outil ${id}`,
    vendor,
    jurisdiction,
    licence: 'proprietary',
    businessModel: 'subscription',
    export: 'partial',
    hosting: 'vendor-cloud',
  })
  const answers: Answers = {
    'fn.email': uses([{ kind: 'catalogue', toolId: 'infomaniak-mail' }], 'vital'), // w 3
    'fn.calendar': uses([{ kind: 'catalogue', toolId: 'framadate-calendar' }], 'important'), // w 2
    'fn.files': uses([{ kind: 'catalogue', toolId: 'wetransfer' }], 'minor'), // w 1
    'fn.mobile_messaging': uses([{ kind: 'catalogue', toolId: 'signal' }], 'important'), // w 2
    'fn.browser_search': uses([{ kind: 'catalogue', toolId: 'chrome' }], 'important'), // w 2
    'fn.events': uses([acme('other-e', ' acme corp ', 'dontKnow')], 'important'), // w 2
    'fn.team_chat': uses([acme('other-t', 'ACME Corp', 'extraterritorial')], 'minor'), // w 1
  }
  // Team chat is asked before events: its spelling of the vendor is the one met first.
  const result = score(bank, shipped, answers)
  const name = (id: string) => findVendor(shipped, id)?.name

  it('gives one entry per vendor, in the order of the shares (share, then id), with its kind', () => {
    // total 13: infomaniak 3, other:acme corp 3, framasoft 2, google 2, signal 2, bending_spoons 1
    expect(result.vendorShares.map((s) => [s.vendorId, s.share * 13])).toEqual([
      ['infomaniak', 3],
      ['other:acme corp', 3],
      ['framasoft', 2],
      ['google', 2],
      ['signal', 2],
      ['bending_spoons', 1],
    ])
    expect(result.vendors).toEqual([
      // Swiss, maker of European alternatives
      {
        id: 'infomaniak',
        label: name('infomaniak'),
        kind: 'europeanOrSocial',
        jurisdiction: 'eu-or-adequate',
        country: 'CH',
        dmaGatekeeper: false,
      },
      {
        id: 'other:acme corp',
        label: 'ACME Corp',
        kind: 'described',
        jurisdiction: 'extraterritorial',
        country: null,
        dmaGatekeeper: false,
      },
      // every Framasoft tool is ethically hosted
      {
        id: 'framasoft',
        label: name('framasoft'),
        kind: 'ethicalHost',
        jurisdiction: 'self-or-ethical-eu',
        country: 'FR',
        dmaGatekeeper: false,
      },
      // a gatekeeper, even for software run locally
      {
        id: 'google',
        label: name('google'),
        kind: 'dominant',
        jurisdiction: 'extraterritorial',
        country: 'US',
        dmaGatekeeper: true,
      },
      // libre, but a US vendor of no European or social-economy alternative
      {
        id: 'signal',
        label: name('signal'),
        kind: 'otherProprietary',
        jurisdiction: 'extraterritorial',
        country: 'US',
        dmaGatekeeper: false,
      },
      // Italian, but the maker of a dominant-side tool
      {
        id: 'bending_spoons',
        label: name('bending_spoons'),
        kind: 'dominant',
        jurisdiction: 'eu-or-adequate',
        country: 'IT',
        dmaGatekeeper: false,
      },
    ])
  })
})
