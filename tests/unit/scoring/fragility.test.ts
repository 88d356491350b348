/**
 * Method version 2: who holds the keys. Fragility F worked out by hand on the fixture, the person
 * single points of failure, the level cap, and DOMAIN's properties of F as fast-check properties.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answers, FunctionAnswer, KeyHolder } from '../../../src/domain/assessment/types'
import { KEY_HOLDERS } from '../../../src/domain/assessment/types'
import { score } from '../../../src/domain/scoring'
import { fragility, keyHolderRisk, personSinglePoints } from '../../../src/domain/scoring/fragility'
import { cappedPathLevel, pathLevel } from '../../../src/domain/scoring/path'
import { FUNCTION_QUESTION_IDS, catalogue, questionnaire, single, unused, used } from './fixtures'
import type { FixtureToolKey, UseOptions } from './fixtures'
import { scored } from './helpers'

type Keys = KeyHolder | 'dontKnow'

/** A function answer in use with the given keys. */
function withKeys(tools: readonly FixtureToolKey[], keys: Keys, opts: UseOptions = {}): FunctionAnswer {
  return { ...used(tools, opts), keys }
}

describe('key-holder risk p', () => {
  it('team 0, provider 0.5, onePerson 1, personalAccount 1', () => {
    expect(KEY_HOLDERS.map(keyHolderRisk)).toEqual([0, 0.5, 1, 1])
  })
})

describe('fragility F', () => {
  it('is the criticality-weighted mean of p × 100 over functions in use whose keys are known', () => {
    const fs = [
      // w 3 (vital), p 1
      scored('email', withKeys(['gsuite'], 'onePerson', { criticality: 'vital' })),
      // w 2 (important), p 0.5
      scored('files', withKeys(['framadrive'], 'provider', { criticality: 'important' })),
      // w 1 (minor), p 0
      scored('team_chat', withKeys(['eurochat'], 'team', { criticality: 'minor' })),
      // keys "I don't know": left out
      scored('office', withKeys(['libreoffice'], 'dontKnow', { criticality: 'vital' })),
    ]
    // F = 100 × (3·1 + 2·0.5 + 1·0) / (3 + 2 + 1) = 100 × 4 / 6 = 66.666…
    expect(fragility(fs)).toBeCloseTo(400 / 6, 10)
  })

  it('weighs an unknown criticality 2, and counts a function in use whose tool is unknown', () => {
    const fs = [
      // criticality unknown: w 2, p 1 (personal account), tool unknown: still in use
      scored('email', { ...used([], { toolUnknown: true }), keys: 'personalAccount' }),
      // w 2 (criticality "I don't know"), p 0
      scored('files', withKeys(['cloudbox'], 'team', { criticality: 'dontKnow' })),
    ]
    expect(fs.map((f) => f.status)).toEqual(['unknown', 'scored'])
    // F = 100 × (2·1 + 2·0) / (2 + 2) = 50
    expect(fragility(fs)).toBe(50)
  })

  it('leaves out functions not used or with use unknown, even with a keys answer', () => {
    const fs = [
      scored('email', { ...unused, keys: 'onePerson' }),
      scored('files', { kind: 'function', use: 'dontKnow', tools: [], keys: 'onePerson' }),
      // the only one counted: w 1, p 0.5 → F = 50
      scored('team_chat', withKeys(['eurochat'], 'provider', { criticality: 'minor' })),
    ]
    expect(fragility(fs)).toBe(50)
  })

  it('is null when no keys answer is known (every version 1 assessment)', () => {
    expect(fragility([])).toBeNull()
    expect(fragility([scored('email', used(['gsuite'], { criticality: 'vital' }))])).toBeNull()
    expect(fragility([scored('email', withKeys(['gsuite'], 'dontKnow'))])).toBeNull()
  })

  it('is 0 when a team holds every key, 100 when one person holds every key', () => {
    expect(fragility([scored('email', withKeys(['gsuite'], 'team', { criticality: 'vital' }))])).toBe(0)
    expect(
      fragility([
        scored('email', withKeys(['gsuite'], 'onePerson', { criticality: 'vital' })),
        scored('files', withKeys(['cloudbox'], 'personalAccount')),
      ]),
    ).toBe(100)
  })
})

describe('single points of failure of kind person', () => {
  it('a vital function in use with p = 1, in reading order, carrying who holds the keys', () => {
    const fs = [
      scored('email', withKeys(['gsuite'], 'personalAccount', { criticality: 'vital' })),
      // important, not vital
      scored('files', withKeys(['cloudbox'], 'onePerson', { criticality: 'important' })),
      // vital but p = 0.5
      scored('office', withKeys(['libreoffice'], 'provider', { criticality: 'vital' })),
      // vital, tool unknown, one person: in use, so a point
      scored('team_chat', { ...used([], { toolUnknown: true, criticality: 'vital' }), keys: 'onePerson' }),
      // not used: never a point
      scored('identity', { ...unused, criticality: 'vital', keys: 'onePerson' }),
    ]
    expect(personSinglePoints(fs)).toEqual([
      { kind: 'person', functionId: 'email', keys: 'personalAccount' },
      { kind: 'person', functionId: 'team_chat', keys: 'onePerson' },
    ])
  })

  it('come after the vendor and login points in the Result', () => {
    const r = score(questionnaire, catalogue, {
      fn_email: withKeys(['megaMail'], 'onePerson', { criticality: 'vital' }),
      fn_identity: withKeys(['megaLogin'], 'team', { criticality: 'vital' }),
    })
    expect(r.singlePointsOfFailure).toEqual([
      { kind: 'vitalFunctions', vendorId: 'mega', functionIds: ['email', 'identity'] },
      { kind: 'login', vendorId: 'mega', toolId: 'mega-login' },
      { kind: 'person', functionId: 'email', keys: 'onePerson' },
    ])
  })
})

describe('level with fragility', () => {
  it('levels 4 and 5 need F ≤ 25 when F is known; otherwise the level stops at 3', () => {
    expect(cappedPathLevel(90, true, 25)).toEqual({ level: 5, cap: null })
    expect(cappedPathLevel(90, true, 25.001)).toEqual({ level: 3, cap: { reason: 'fragility' } })
    expect(cappedPathLevel(65, true, 30)).toEqual({ level: 3, cap: { reason: 'fragility' } })
    expect(cappedPathLevel(70, true, 0)).toEqual({ level: 4, cap: null })
  })

  it('levels 1–3 are never capped by fragility', () => {
    expect(cappedPathLevel(64.999, true, 100)).toEqual({ level: 3, cap: null })
    expect(cappedPathLevel(10, false, 100)).toEqual({ level: 1, cap: null })
  })

  it('level 5 without a contribution to the commons is a cap of reason commons', () => {
    expect(cappedPathLevel(85, false, null)).toEqual({ level: 4, cap: { reason: 'commons' } })
    expect(cappedPathLevel(85, false, 10)).toEqual({ level: 4, cap: { reason: 'commons' } })
    expect(cappedPathLevel(70, false, null)).toEqual({ level: 4, cap: null })
  })

  it('when both apply, fragility sets the level and is the reason given', () => {
    expect(cappedPathLevel(85, false, 60)).toEqual({ level: 3, cap: { reason: 'fragility' } })
  })

  it('with F unknown the level is version 1’s', () => {
    expect(cappedPathLevel(null, true, null)).toEqual({ level: null, cap: null })
    expect(cappedPathLevel(null, true, 80)).toEqual({ level: null, cap: null })
    for (const c of [0, 30, 50, 70, 90]) {
      expect(cappedPathLevel(c, true, null).level).toBe(pathLevel(c, true))
    }
  })

  it('the Result carries F, the capped level and its reason', () => {
    // cloudbox and libreoffice: X = 0, so D = 0 and DI = 0
    const base: Answers = {
      fn_files: withKeys(['cloudbox'], 'onePerson', { criticality: 'vital' }),
      fn_office: withKeys(['libreoffice'], 'team', { criticality: 'minor' }),
      gov_commons: single('yes'),
    }
    const r = score(questionnaire, catalogue, base)
    // C = 0.7 × 100 + 0.3 × 100 (one governance answer, yes) = 100
    expect(r.pathScore).toBe(100)
    // F = 100 × (3·1 + 1·0) / (3 + 1) = 75 > 25
    expect(r.fragility).toBe(75)
    expect(r.level).toBe(3)
    expect(r.levelCap).toEqual({ reason: 'fragility' })
    // a second administrator for files: F = 0
    const fixed = score(questionnaire, catalogue, {
      ...base,
      fn_files: withKeys(['cloudbox'], 'team', { criticality: 'vital' }),
    })
    expect(fixed.fragility).toBe(0)
    expect(fixed.level).toBe(5)
    expect(fixed.levelCap).toBeNull()
  })
})

// ---- properties -----------------------------------------------------------------------------

const RUNS = { numRuns: 200 }
const keysArb = fc.constantFrom<Keys | undefined>(...KEY_HOLDERS, 'dontKnow', undefined)
const toolArb = fc.constantFrom<FixtureToolKey>('megaMail', 'gsuite', 'eurochat', 'cloudbox', 'framadrive')
const criticalityArb = fc.constantFrom('minor', 'important', 'vital', 'dontKnow', undefined)

/** A function answer in use (or not used, or tool unknown), with or without a keys answer. */
const fnAnswer: fc.Arbitrary<FunctionAnswer> = fc
  .record({
    kind: fc.constantFrom('tool', 'toolUnknown', 'unused'),
    tool: toolArb,
    criticality: criticalityArb,
    keys: keysArb,
  })
  .map(({ kind, tool, criticality, keys }) => {
    const base: FunctionAnswer =
      kind === 'unused'
        ? unused
        : used(kind === 'tool' ? [tool] : [], { toolUnknown: kind === 'toolUnknown' })
    return {
      ...base,
      ...(criticality ? { criticality } : {}),
      ...(keys ? { keys } : {}),
    }
  })

const governanceArb = fc.record({
  gov_strategy: fc.constantFrom('yes', 'partly', 'no'),
  gov_commons: fc.constantFrom('yes', 'partly', 'no'),
})

const answersArb: fc.Arbitrary<Answers> = fc
  .tuple(fc.array(fnAnswer, { minLength: 6, maxLength: 6 }), governanceArb)
  .map(([fns, gov]) => ({
    ...Object.fromEntries(FUNCTION_QUESTION_IDS.map((id, i) => [id, fns[i] ?? unused])),
    gov_strategy: single(gov.gov_strategy),
    gov_commons: single(gov.gov_commons),
  }))

/** The same answers with every keys answer removed: a version 1 assessment. */
function withoutKeys(a: Answers): Answers {
  return Object.fromEntries(
    Object.entries(a).map(([id, answer]) => {
      if (answer.kind !== 'function') return [id, answer]
      const { keys: _keys, ...rest } = answer
      void _keys
      return [id, rest]
    }),
  )
}

describe('properties of fragility (DOMAIN, method version 2)', () => {
  it('raising p of one function never raises the level or lowers F', () => {
    const holders = [...KEY_HOLDERS]
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(...FUNCTION_QUESTION_IDS),
        fc.constantFrom(...holders),
        fc.constantFrom(...holders),
        (base, qid, a, b) => {
          const [low, high] = keyHolderRisk(a) <= keyHolderRisk(b) ? [a, b] : [b, a]
          const answer = base[qid]
          if (answer?.kind !== 'function') return
          const before = score(questionnaire, catalogue, { ...base, [qid]: { ...answer, keys: low } })
          const after = score(questionnaire, catalogue, { ...base, [qid]: { ...answer, keys: high } })
          expect(after.level ?? 0).toBeLessThanOrEqual(before.level ?? 0)
          if (before.fragility !== null) {
            expect(after.fragility ?? NaN).toBeGreaterThanOrEqual(before.fragility - 1e-9)
          } else {
            expect(after.fragility).toBeNull()
          }
        },
      ),
      RUNS,
    )
  })

  it('with F unknown the level is version 1’s, and no keys answer changes no version 1 score', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const v1 = withoutKeys(a)
        const r = score(questionnaire, catalogue, v1)
        expect(r.fragility).toBeNull()
        expect(r.level).toBe(pathLevel(r.pathScore, r.contributesToCommons))
        expect(r.singlePointsOfFailure.some((p) => p.kind === 'person')).toBe(false)
        // keys change F, the level and person points only: every other score is as in version 1
        const v2 = score(questionnaire, catalogue, a)
        expect(v2.dependencyIndex).toBe(r.dependencyIndex)
        expect(v2.concentration).toBe(r.concentration)
        expect(v2.values).toEqual(r.values)
        expect(v2.governance).toBe(r.governance)
        expect(v2.pathScore).toBe(r.pathScore)
        expect(v2.completeness).toEqual(r.completeness)
      }),
      RUNS,
    )
  })

  it('levels 4 and 5 are impossible when F > 25', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = score(questionnaire, catalogue, a)
        if (r.fragility !== null && r.fragility > 25) expect(r.level ?? 0).toBeLessThanOrEqual(3)
        if (r.level !== null && r.level >= 4) expect(r.fragility ?? 0).toBeLessThanOrEqual(25)
      }),
      RUNS,
    )
  })

  it('a level cap is reported exactly when the level is below what C alone gives', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = score(questionnaire, catalogue, a)
        const uncapped = pathLevel(r.pathScore, true)
        expect(r.levelCap !== null).toBe(r.level !== uncapped)
      }),
      RUNS,
    )
  })
})
