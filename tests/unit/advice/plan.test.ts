/**
 * The action plan on hand-worked examples (DOMAIN, "Action plan", rules 1–5). Every expected number
 * is worked out in the comments from the written method and the fixture's exposures.
 */
import { describe, expect, it } from 'vitest'
import type { Answers } from '../../../src/domain/assessment/types'
import { buildPlan } from '../../../src/domain/advice'
import type { Proposal } from '../../../src/domain/advice'
import {
  candidatesFor,
  cheapestCost,
  isWorthActingOn,
  orderProposals,
  selfHostingIsEasiest,
  toolValueImportance,
} from '../../../src/domain/advice/plan'
import type { Route } from '../../../src/domain/catalogue/routes'
import { score } from '../../../src/domain/scoring'
import { indexTools } from '../../../src/domain/scoring/dependency'
import { catalogue, questionnaire, routes, used } from './fixtures'

const tools = indexTools(catalogue)
const scale = (value: 1 | 2 | 3 | 4 | 5) => ({ kind: 'scale', value }) as const
const single = (value: string) => ({ kind: 'single', value }) as const

function plan(answers: Answers) {
  const result = score(questionnaire, catalogue, answers)
  return { result, plan: buildPlan(result, catalogue, routes, answers) }
}

/** Email on mega-mail (X = 1), vital, sensitive, exit not checked: D = 100 × 1 × 1 × 1 × 1 = 100. */
const emailOnMega = used(['megaMail'], { criticality: 'vital', data: 'sensitive', exit: 'notChecked' })

describe('replacement: gain, fit, effort, priority', () => {
  it('privacy 5 and commons 3: the EU provider wins on priority though it gains less', () => {
    const { result, plan: p } = plan({ fn_email: emailOnMega, imp_privacy: scale(5), imp_commons: scale(3) })
    // I: privacy (5 − 1) / 4 × 100 = 100, commons (3 − 1) / 4 × 100 = 50
    // euromail: X 0.275 → newD 27.5, gain 72.5; fit = (100 × (1 − 0.24) + 50 × (1 − 1)) / 150 = 76 / 150;
    //   hosted at its vendor: effort = low 1; priority = 72.5 × (0.5 + 0.5 × 76/150) / 1 = 54.6166…
    // ethmail: X 0 → gain 100; fit = (100 × 1 + 50 × 1) / 150 = 1; hosted route: effort medium 2;
    //   priority = 100 × 1 / 2 = 50
    // selfmail: gain 100, fit 1, self-hosting only: effort medium 2 + running high 3 = 5; priority 20
    const email = result.functions.find((f) => f.functionId === 'email')
    if (!email || !isWorthActingOn(email)) throw new Error('email should be worth acting on')
    const candidates = candidatesFor(email, catalogue, tools, routes, toolValueImportance(result))
    expect(candidates.map((c) => c.tool.id)).toEqual(['euromail', 'ethmail', 'selfmail'])
    expect(candidates.map((c) => c.effort)).toEqual([1, 2, 5])
    expect(candidates.map((c) => c.running)).toEqual([null, null, 'high'])
    expect(candidates[0]?.fit).toBeCloseTo(76 / 150, 12)
    expect(candidates.map((c) => c.priority)).toEqual([
      expect.closeTo(72.5 * (0.5 + (0.5 * 76) / 150), 10),
      expect.closeTo(50, 10),
      expect.closeTo(20, 10),
    ])

    expect(p.proposals).toHaveLength(1)
    const proposal = p.proposals[0] as Proposal
    expect(proposal).toMatchObject({
      functionId: 'email',
      currentToolIds: ['mega-mail'],
      alternativeId: 'euromail',
      dependency: 100,
      switching: 'low',
      running: null,
      effort: 1,
      // effort 1 and gain 72.5 ≥ 10
      quickWin: true,
      sixMonthPlan: true,
      cost: { kind: 'price', amount: 1, currency: 'EUR', per: 'userMonth', asOf: '2026-11-30' },
      // mega-mail's value risks are all 1; euromail's: privacy 0.24, sovereignty 0.58, commons 1,
      // ethical model 0.14, reversibility 0.3: every value but commons improves
      improves: ['privacy', 'sovereignty', 'ethicalModel', 'reversibility'],
    })
    expect(proposal.routes).toBe(routes.alternatives.euromail?.routes)
    expect(proposal.newDependency).toBeCloseTo(27.5, 10)
    expect(proposal.gain).toBeCloseTo(72.5, 10)
    // one scored function: DI 100, if done 100 − 72.5 / 1 = 27.5
    expect(proposal.dependencyIndexIfDone).toBeCloseTo(27.5, 10)
    expect(p.worthActingOn).toEqual([{ functionId: 'email', dependency: 100, kind: 'replace' }])
    expect(p.mitigations).toEqual([])
  })

  it('commons 5 alone: the proprietary provider fits not at all and the ethical host wins', () => {
    const { plan: p } = plan({ fn_email: emailOnMega, imp_commons: scale(5) })
    // euromail: fit = 100 × (1 − 1) / 100 = 0 → priority = 72.5 × 0.5 / 1 = 36.25
    // ethmail: fit 1 → priority 100 / 2 = 50
    expect(p.proposals.map((x) => [x.alternativeId, x.priority, x.fit, x.effort, x.quickWin])).toEqual([
      ['ethmail', 50, 1, 2, false],
    ])
    expect(p.proposals[0]?.cost).toEqual({
      kind: 'price',
      amount: 12,
      currency: 'EUR',
      per: 'year',
      asOf: '2026-11-30',
    })
  })

  it('tied most exposed tools both move, the function’s other tool is kept', () => {
    // gsuite and outlook both X 0.70; euromail (X 0.275) is kept and is no candidate (already used).
    // D = 100 × 0.70 × 0.9 × 0.9 × 0.95 = 53.865
    // ethmail in place of both: tools {euromail, ethmail}, highest X 0.275:
    //   newD = 100 × 0.275 × 0.9 × 0.9 × 0.95 = 21.16125, gain = 32.70375
    // no rating: fit 1; effort 2 → priority 16.351875 (selfmail: 32.70375 / 5 = 6.54075)
    const { plan: p } = plan({
      fn_email: used(['outlook', 'euroMail', 'gsuite'], {
        criticality: 'important',
        data: 'internal',
        exit: 'exportPossible',
      }),
    })
    const proposal = p.proposals[0] as Proposal
    expect(proposal.currentToolIds).toEqual(['gsuite', 'outlook'])
    expect(proposal.alternativeId).toBe('ethmail')
    expect(proposal.dependency).toBeCloseTo(53.865, 10)
    expect(proposal.newDependency).toBeCloseTo(21.16125, 10)
    expect(proposal.gain).toBeCloseTo(32.70375, 10)
    expect(proposal.priority).toBeCloseTo(16.351875, 10)
    // the practice now reads euromail instead of gsuite (first by id of the tied pair):
    // privacy 0.52 → 0.24, sovereignty 1 → 0.58, commons 1 → 1, ethical 0.44 → 0.14, reversibility 0.65 → 0.3
    expect(proposal.improves).toEqual(['privacy', 'sovereignty', 'ethicalModel', 'reversibility'])
  })

  it('an alternative missing from the routes data is tried on its catalogue migration effort', () => {
    // files on mega-drive (X 0.775), vital, sensitive, not checked: D = 77.5; no rating: fit 1
    // cloudbox: gain 77.5, self-hosting only: effort low 1 + medium 2 = 3 → priority 25.833…
    // unplanned: gain 77.5, no plan: switching medium 2 from the catalogue, running not counted → 38.75
    const { plan: p } = plan({
      fn_files: used(['megaDrive'], { criticality: 'vital', data: 'sensitive', exit: 'notChecked' }),
    })
    expect(p.proposals).toHaveLength(1)
    expect(p.proposals[0]).toMatchObject({
      alternativeId: 'unplanned',
      switching: 'medium',
      running: null,
      effort: 2,
      routes: [],
      cost: null,
    })
    expect(p.proposals[0]?.priority).toBeCloseTo(38.75, 10)
  })

  it('proposals are ordered by priority, quick wins marked', () => {
    // email: euromail, fit 1, priority 72.5 / 1 = 72.5
    // social on faceco (X 1), vital, personal, not checked: D = 95; fediverse X 0 hosted free:
    //   gain 95, effort 1, priority 95
    const { plan: p } = plan({
      fn_email: emailOnMega,
      fn_social: used(['faceco'], { criticality: 'vital', data: 'personal', exit: 'notChecked' }),
    })
    expect(p.proposals.map((x) => [x.functionId, x.alternativeId, x.priority, x.quickWin])).toEqual([
      ['social', 'fediverse', 95, true],
      ['email', 'euromail', 72.5, true],
    ])
    expect(p.proposals[0]?.cost).toEqual({ kind: 'free' })
    // two scored functions: DI = (100 + 95) / 2 = 97.5; social done: 97.5 − 95 / 2 = 50
    expect(p.proposals[0]?.dependencyIndexIfDone).toBeCloseTo(50, 10)
  })
})

describe('mitigations and functions without replacement', () => {
  const answers: Answers = {
    // D 100, replaced by euromail (fit 1: 72.5 / 1 beats ethmail's 50); keys on a personal account
    fn_email: { ...emailOnMega, keys: 'personalAccount' },
    // deliberate: D = 100 × 1 × 1 × 0.95 × 1 = 95
    fn_social: used(['faceco'], {
      criticality: 'vital',
      data: 'personal',
      exit: 'notChecked',
      stance: 'deliberate',
      keys: 'onePerson',
    }),
    // no alternative listed: D = 100 × 0.8 × 0.9 × 0.95 = 68.4
    fn_identity: used(['megaLogin'], { criticality: 'minor', data: 'internal', exit: 'exportPossible' }),
    // no alternative listed: D = 100 × 1 × 0.9 (unknown) × 0.85 × 0.85 = 65.025
    fn_website: used(['faceco'], { data: 'public', exit: 'exitTested' }),
    // no alternative listed: D = 100 × 1 × 0.8 × 0.85 × 0.85 = 57.8
    fn_search: used(['searchco'], { criticality: 'minor', data: 'public', exit: 'exitTested' }),
    // D = 0: no action, whoever holds the keys
    fn_files: used(['cloudbox'], { criticality: 'vital', data: 'sensitive', keys: 'onePerson' }),
    'gov.twoFactor': single('some'),
  }

  it('classifies the functions worth acting on, most dependent first', () => {
    const { plan: p } = plan(answers)
    expect(p.worthActingOn.map((a) => [a.functionId, a.kind])).toEqual([
      ['email', 'replace'],
      ['social', 'deliberate'],
      ['identity', 'noAlternative'],
      ['website', 'noAlternative'],
      ['browser_search', 'noAlternative'],
    ])
    expect(p.worthActingOn.map((a) => a.dependency)).toEqual([
      100,
      95,
      expect.closeTo(68.4, 10),
      expect.closeTo(65.025, 10),
      expect.closeTo(57.8, 10),
    ])
    expect(p.proposals.map((x) => x.functionId)).toEqual(['email'])
  })

  it('gives each function its mitigations, then the organisation-wide ones', () => {
    const { plan: p } = plan(answers)
    expect(p.mitigations).toEqual([
      // replaced: only the keys rule applies
      { id: 'secondAdmin', functionId: 'email' },
      // deliberate, exit not checked and lock-in 1, one person, publishes outside, personal data
      { id: 'exportAndRestore', functionId: 'social' },
      { id: 'secondAdmin', functionId: 'social' },
      { id: 'publishFirst', functionId: 'social' },
      { id: 'movePersonalData', functionId: 'social' },
      // exit only possible (not tested), lock-in 1
      { id: 'exportAndRestore', functionId: 'identity' },
      // website: exit tested, its own site, public data: nothing; search: the same
      // mega-login is a login single point of failure; two-factor on some accounts only
      { id: 'organisationAccounts' },
      { id: 'twoFactorAdmins' },
    ])
  })

  it('six scored functions: DI if done = DI − gain / 6', () => {
    const { result, plan: p } = plan(answers)
    // DI = (100 + 95 + 68.4 + 65.025 + 57.8 + 0) / 6 = 386.225 / 6 = 64.3708…; − 72.5 / 6 = 52.2875
    expect(result.dependencyIndex).toBeCloseTo(386.225 / 6, 10)
    expect(p.proposals[0]?.dependencyIndexIfDone).toBeCloseTo(52.2875, 10)
  })

  it('two-factor: on everywhere or unanswered gives nothing, "I don’t know" gives the mitigation', () => {
    const ids = (a: Answers) => plan(a).plan.mitigations.map((m) => m.id)
    expect(ids({ fn_email: emailOnMega, 'gov.twoFactor': single('all') })).toEqual([])
    expect(ids({ fn_email: emailOnMega })).toEqual([])
    expect(ids({ fn_email: emailOnMega, 'gov.twoFactor': { kind: 'dontKnow' } })).toEqual(['twoFactorAdmins'])
    expect(ids({ fn_email: emailOnMega, 'gov.twoFactor': single('none') })).toEqual(['twoFactorAdmins'])
  })

  it('an empty assessment gives an empty plan', () => {
    expect(plan({}).plan).toEqual({ worthActingOn: [], proposals: [], mitigations: [] })
  })
})

describe('routes: effort and cost', () => {
  const hosted = (cost: Extract<Route, { kind: 'hosted' }>['cost']): Route => ({
    kind: 'hosted',
    hostId: 'h',
    offer: { fr: 'o', en: 'o' },
    cost,
    url: 'https://h.example/',
    sourceIds: [],
    confidence: 'known',
    checkedOn: '2026-11-30',
  })
  const selfHostedRoute: Route = { kind: 'selfHosted', note: { fr: 'n', en: 'n' }, sourceIds: [] }
  const desktop: Route = { kind: 'desktop', note: { fr: 'n', en: 'n' }, sourceIds: [] }
  const price = (amount: number, per: 'month' | 'userMonth' | 'year' | 'once') =>
    ({ kind: 'price', amount, currency: 'EUR', per, asOf: '2026-11-30' }) as const

  it('self-hosting is the easiest route only when nothing hosted or installed is listed', () => {
    expect(selfHostingIsEasiest([selfHostedRoute])).toBe(true)
    expect(selfHostingIsEasiest([selfHostedRoute, desktop])).toBe(false)
    expect(selfHostingIsEasiest([hosted({ kind: 'free' }), selfHostedRoute])).toBe(false)
    expect(selfHostingIsEasiest([])).toBe(false)
  })

  it('cost: the cheapest hosted route, free before pay what you want before a price', () => {
    expect(cheapestCost([hosted(price(1, 'month')), hosted({ kind: 'payWhatYouWant' })])).toEqual({
      kind: 'payWhatYouWant',
    })
    expect(cheapestCost([hosted({ kind: 'payWhatYouWant' }), hosted({ kind: 'free' })])).toEqual({
      kind: 'free',
    })
    // 30 / year < 3 / month (36 a year)
    expect(cheapestCost([hosted(price(3, 'month')), hosted(price(30, 'year'))])).toEqual(price(30, 'year'))
    // 2 per user and month for 5 people = 120 a year, as 10 a month: a tie keeps the first listed
    expect(cheapestCost([hosted(price(10, 'month')), hosted(price(2, 'userMonth'))])).toEqual(
      price(10, 'month'),
    )
    expect(cheapestCost([hosted(price(2, 'userMonth')), hosted(price(10, 'month'))])).toEqual(
      price(2, 'userMonth'),
    )
    expect(cheapestCost([selfHostedRoute, desktop])).toBeNull()
  })
})

describe('orderProposals', () => {
  const base = {
    currentToolIds: ['x'],
    alternativeId: 'y',
    routes: [],
    dependency: 50,
    newDependency: 0,
    dependencyIndexIfDone: 0,
    improves: [],
    fit: 1,
    switching: 'low',
    running: null,
    cost: null,
  } as const
  it('priority first, then lower effort, then function id; the first six make the six-month plan', () => {
    const ids = ['email', 'files', 'office', 'calendar', 'projects', 'crm', 'forms'] as const
    const proposals = ids.map((functionId, i) => ({
      ...base,
      functionId,
      gain: 10 + i,
      effort: 1 + (i % 2),
      // priority 9: office (effort 1), then calendar and files (effort 2, by id);
      // priority 8: forms (effort 1), then crm (effort 2)
      priority: [5, 9, 9, 9, 6, 8, 8][i] ?? 0,
    }))
    const ordered = orderProposals(proposals)
    expect(ordered.map((p) => p.functionId)).toEqual([
      'office',
      'calendar',
      'files',
      'forms',
      'crm',
      'projects',
      'email',
    ])
    expect(ordered.map((p) => p.sixMonthPlan)).toEqual([true, true, true, true, true, true, false])
    // quick win: effort 1 and gain ≥ 10: email (10, 1), office (12, 1), projects (14, 1), forms (16, 1)
    expect(ordered.filter((p) => p.quickWin).map((p) => p.functionId)).toEqual([
      'office',
      'forms',
      'projects',
      'email',
    ])
  })
})
