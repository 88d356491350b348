import { describe, expect, it } from 'vitest'
import {
  catalogueToolExposure,
  exposureOf,
  isSelfRunLibre,
  otherToolExposure,
  otherVendorId,
  risksOfFacts,
  unknownFactsOf,
} from '../../../src/domain/scoring/exposure'
import { WEIGHTS } from '../../../src/domain/scoring/weights'
import { EXPOSURE, TOOLS, other } from './fixtures'
import type { FixtureToolKey } from './fixtures'

describe('WEIGHTS', () => {
  it('exposure weights sum to 1, value-risk rows each sum to 1', () => {
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0)
    expect(sum(WEIGHTS.exposure)).toBeCloseTo(1, 12)
    for (const row of Object.values(WEIGHTS.valueRisk)) expect(sum(row)).toBeCloseTo(1, 12)
  })
})

describe('exposureOf', () => {
  it('weights the five risks', () => {
    // X = 0.25·1 + 0.25·1 + 0.15·1 + 0.20·0.5 + 0.15·1 = 0.9
    expect(
      exposureOf({ businessModel: 1, jurisdiction: 1, licence: 1, lockIn: 0.5, marketPower: 1 }),
    ).toBeCloseTo(0.9, 12)
    // X = 0.25·0.5 + 0.25·0.3 + 0.15·0 + 0.20·0 + 0.15·0.5 = 0.125 + 0.075 + 0.075 = 0.275
    expect(
      exposureOf({ businessModel: 0.5, jurisdiction: 0.3, licence: 0, lockIn: 0, marketPower: 0.5 }),
    ).toBeCloseTo(0.275, 12)
  })

  it('is exactly 1 at maximum risk and 0 at none', () => {
    expect(exposureOf({ businessModel: 1, jurisdiction: 1, licence: 1, lockIn: 1, marketPower: 1 })).toBe(1)
    expect(exposureOf({ businessModel: 0, jurisdiction: 0, licence: 0, lockIn: 0, marketPower: 0 })).toBe(0)
  })
})

describe('risksOfFacts', () => {
  it('reads each fact from its table', () => {
    // gsuite: subscription 0.2, extraterritorial 1, proprietary 1, partial 0.5, gatekeeper 1, vendor cloud 1
    expect(risksOfFacts(TOOLS.gsuite.facts)).toEqual({
      risks: { businessModel: 0.2, jurisdiction: 1, licence: 1, lockIn: 0.5, marketPower: 1 },
      hostingRisk: 1,
    })
  })

  it('multiplies j by 0.3 when end-to-end encryption is always on', () => {
    // whisper: extraterritorial 1 × 0.3 = 0.3
    expect(risksOfFacts(TOOLS.whisper.facts).risks.jurisdiction).toBeCloseTo(0.3, 12)
  })

  it('does not reduce j when end-to-end encryption is only optional', () => {
    // eurochat: eu-or-adequate 0.3 × 1 = 0.3 (not 0.09)
    expect(risksOfFacts(TOOLS.eurochat.facts).risks.jurisdiction).toBeCloseTo(0.3, 12)
  })

  it('counts a facet that does not apply as no risk', () => {
    // searchco: export 'none' (1) but not applicable → k = 0
    expect(risksOfFacts(TOOLS.searchco.facts).risks.lockIn).toBe(0)
    const facts = { ...TOOLS.megaMail.facts, notApplicable: ['hosting', 'businessModel'] as const }
    const r = risksOfFacts(facts)
    expect(r.hostingRisk).toBe(0)
    expect(r.risks.businessModel).toBe(0)
  })

  it('leaves j as is when e2ee does not apply', () => {
    const facts = { ...TOOLS.whisper.facts, notApplicable: ['e2ee'] as const }
    // extraterritorial 1 × factor 1 = 1
    expect(risksOfFacts(facts).risks.jurisdiction).toBe(1)
  })

  it('gives b = 0 for libre software the organisation runs itself, whatever the maintainer model', () => {
    // cloudbox: freemium (0.5) maintainer but self-hosted libre → b = 0
    expect(risksOfFacts(TOOLS.cloudbox.facts).risks.businessModel).toBe(0)
    // a vendor-cloud freemium tool keeps b = 0.5
    expect(risksOfFacts({ ...TOOLS.cloudbox.facts, hosting: 'vendor-cloud' }).risks.businessModel).toBe(0.5)
    // self-hosted but open core keeps b = 0.5
    expect(risksOfFacts({ ...TOOLS.cloudbox.facts, licence: 'open-core' }).risks.businessModel).toBe(0.5)
  })

  it('hosting risk: vendor cloud 1, ethical host 0.2, self-hosted and local 0', () => {
    expect(risksOfFacts(TOOLS.megaMail.facts).hostingRisk).toBe(1)
    expect(risksOfFacts(TOOLS.framadrive.facts).hostingRisk).toBe(0.2)
    expect(risksOfFacts(TOOLS.cloudbox.facts).hostingRisk).toBe(0)
    expect(risksOfFacts(TOOLS.libreoffice.facts).hostingRisk).toBe(0)
  })
})

describe('isSelfRunLibre', () => {
  it('needs self-hosted or local and libre', () => {
    expect(isSelfRunLibre('self-hosted', 'libre')).toBe(true)
    expect(isSelfRunLibre('local', 'libre')).toBe(true)
    expect(isSelfRunLibre('ethical-host', 'libre')).toBe(false)
    expect(isSelfRunLibre('self-hosted', 'proprietary')).toBe(false)
    expect(isSelfRunLibre(undefined, 'libre')).toBe(false)
  })
})

describe('catalogueToolExposure', () => {
  it.each(Object.keys(EXPOSURE) as FixtureToolKey[])('%s has the hand-computed exposure', (key) => {
    const t = catalogueToolExposure(TOOLS[key])
    expect(t.exposure).toBeCloseTo(EXPOSURE[key], 12)
    expect(t.toolId).toBe(TOOLS[key].id)
    expect(t.vendorId).toBe(TOOLS[key].vendorId)
    expect(t.unknownFacts).toBe(0)
    expect(t.label).toBe(TOOLS[key].name)
    expect(t.described).toBe(false)
  })
})

describe('otherToolExposure', () => {
  it('reads the facts given, with market power none and no e2ee', () => {
    const t = otherToolExposure(
      other({ name: ' Pad ', vendor: ' ACME Corp ', businessModel: 'freemium', export: 'partial' }),
    )
    // b 0.5, j 1, l 1, k 0.5, m 0: X = 0.125 + 0.25 + 0.15 + 0.10 + 0 = 0.625
    expect(t.exposure).toBeCloseTo(0.625, 12)
    expect(t.risks.marketPower).toBe(0)
    expect(t.hostingRisk).toBe(1)
    expect(t.toolId).toBe('other:Pad')
    expect(t.vendorId).toBe('other:acme corp')
    expect(t.unknownFacts).toBe(0)
    expect(t.label).toEqual({ fr: 'Pad', en: 'Pad' })
    expect(t.described).toBe(true)
  })

  it('takes its tool id from the answer, not from the name', () => {
    expect(otherToolExposure(other({ id: 'other-42', name: 'Pad' })).toolId).toBe('other-42')
  })

  it('folds the vendor: trimmed, lower case, accents removed', () => {
    expect(otherVendorId(other({ vendor: ' Société Générale ' }))).toBe('other:societe generale')
  })

  it('takes 0.5 for every fact answered "I don\'t know" and counts them', () => {
    const t = otherToolExposure(
      other({
        jurisdiction: 'dontKnow',
        licence: 'dontKnow',
        businessModel: 'dontKnow',
        export: 'dontKnow',
        hosting: 'dontKnow',
      }),
    )
    // b j l k at 0.5, m 0: X = 0.5 · (0.25 + 0.25 + 0.15 + 0.20) = 0.425
    expect(t.exposure).toBeCloseTo(0.425, 12)
    expect(t.hostingRisk).toBe(0.5)
    expect(t.unknownFacts).toBe(5)
    expect(unknownFactsOf(other({ licence: 'dontKnow' }))).toBe(1)
  })

  it('has no vendor and b = 0 when it is libre software run by the organisation', () => {
    const o = other({
      hosting: 'self-hosted',
      licence: 'libre',
      businessModel: 'advertising-data',
      export: 'full',
      jurisdiction: 'self-or-ethical-eu',
    })
    expect(otherVendorId(o)).toBeNull()
    const t = otherToolExposure(o)
    expect(t.vendorId).toBeNull()
    expect(t.exposure).toBe(0)
  })

  it('keeps a vendor when hosting is unknown', () => {
    expect(otherVendorId(other({ hosting: 'dontKnow', licence: 'libre' }))).toBe('other:acme')
  })

  it('takes the tool itself as its vendor when the vendor is left blank', () => {
    expect(otherVendorId(other({ name: ' Mailo ', vendor: '  ' }))).toBe('other:mailo')
  })
})
