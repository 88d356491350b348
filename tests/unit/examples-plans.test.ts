/**
 * The action plans of the four example organisations in examples/, built by the real plan from each
 * file's own content as the registry pairs it (version 1 files: catalogue v1 with the latest routes,
 * routesV2; version 2: catalogue v2 with routesV2), against values worked out BY HAND from the
 * written method (DOMAIN.md "Method v2", "Action plan"; docs/methodology.md), never copied from the
 * program's output. D, DI and n come from tests/unit/examples.test.ts.
 *
 * Reminders used throughout (ADVICE_WEIGHTS and the scoring's WEIGHTS):
 * - Worth acting on: scored, D ≥ 25; most dependent first. Deliberate choice: mitigations only.
 * - Candidates: the function's catalogue tools of side 'alternative' not used there. newD: D with the
 *   candidate in place of the most exposed tool(s); gain = D − newD (dropped when ≤ 0).
 * - X = 0.25 b + 0.25 j + 0.15 l + 0.20 k + 0.15 m (b 0 for libre software the organisation runs
 *   itself; a fact marked not applicable counts 0).
 * - fit = Σ I_v·(1 − risk_v) / Σ I_v over the rated tool-readable values, I = (rating − 1) / 4 × 100;
 *   risk_v: privacy 0.6 b + 0.4 j · sovereignty 0.6 j + 0.4 hosting (vendor cloud 1, ethical host 0.2,
 *   self/local 0) · commons l · ethical model 0.7 b + 0.3 m · reversibility 0.7 k + 0.3 l.
 *   A tool with every risk 0 has fit 1; one on an ethical host (every risk 0 but hosting 0.2) has
 *   fit (Σ I − 0.08 I_sovereignty) / Σ I.
 * - effort = switching (low 1, medium 2, high 3) from routes.json, + running when self-hosting is the
 *   only route (no hosted, no desktop route). priority = gain × (0.5 + 0.5 fit) / effort; the
 *   function's proposal is its best candidate (ties: lower effort, then tool id); proposals ordered
 *   by priority (ties: lower effort, then function id).
 * - Quick win: effort 1 and gain ≥ 10; six-month plan: the first six. DI if done = DI − gain / n.
 * - Cost: the cheapest hosted route (free, then pay what you want, then the yearly amount); null
 *   without a hosted route.
 * - Mitigations: to every function worth acting on, secondAdmin when p = 1; to those that keep their
 *   tool (deliberate, or no alternative lowers D): exportAndRestore (exit not tested and lock-in > 0),
 *   publishFirst (external communication but website and analytics), movePersonalData (personal or
 *   sensitive data); then organisation-wide: organisationAccounts (a login single point of failure),
 *   twoFactorAdmins (two-factor not on every account).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPlan, type Plan, type Proposal } from '../../src/domain/advice/index'
import { parseAssessmentFile } from '../../src/domain/assessment/file'
import type { Assessment, FunctionAnswer } from '../../src/domain/assessment/types'
import { planOf } from '../../src/domain/catalogue/routes'
import { routesV2 } from '../../src/domain/catalogue/v2'
import { loadContent, type Content } from '../../src/domain/registry'
import { score } from '../../src/domain/scoring/index'
import type { Result } from '../../src/domain/scoring/types'

// Vitest runs from the project root (vitest.config.ts).
const EXAMPLES = resolve(process.cwd(), 'examples')

interface Planned {
  assessment: Assessment
  content: Content
  result: Result
  plan: Plan
}

async function planned(name: string): Promise<Planned> {
  const assessment = parseAssessmentFile(readFileSync(resolve(EXAMPLES, name), 'utf8'))
  const content = await loadContent(assessment.questionnaireVersion)
  if (!content) throw new Error(`no content for version ${assessment.questionnaireVersion}`)
  const result = score(content.questionnaire, content.catalogue, assessment.answers)
  return {
    assessment,
    content,
    result,
    plan: buildPlan(result, content.catalogue, content.routes, assessment.answers),
  }
}

type Expected = Omit<Proposal, 'routes' | 'quickWin' | 'sixMonthPlan'>

/** One proposal against its hand-worked values; its routes are the alternative's in routes.json. */
function expectProposal(actual: Proposal | undefined, expected: Expected, rank: number): void {
  expect(actual, expected.functionId).toBeDefined()
  if (!actual) return
  const numbers = ['dependency', 'newDependency', 'gain', 'dependencyIndexIfDone', 'fit', 'priority'] as const
  const rest = (p: Expected) => ({
    functionId: p.functionId,
    currentToolIds: p.currentToolIds,
    alternativeId: p.alternativeId,
    improves: p.improves,
    switching: p.switching,
    running: p.running,
    effort: p.effort,
    cost: p.cost,
  })
  expect(rest(actual)).toEqual(rest(expected))
  for (const key of numbers)
    expect(actual[key], `${expected.functionId}.${key}`).toBeCloseTo(expected[key], 9)
  expect(actual.routes).toBe(planOf(routesV2, expected.alternativeId)?.routes)
  expect(actual.quickWin).toBe(expected.effort === 1 && expected.gain >= 10)
  expect(actual.sixMonthPlan).toBe(rank < 6)
}

/**
 * The DOMAIN properties the rest of each plan is checked by: at most one proposal per function,
 * none for a deliberate choice or below D 25, ordered by priority, quick wins and six-month plan by
 * their rules, and applying a proposal (its alternative in place of its current tools, re-scored)
 * lowers DI by exactly gain / n.
 */
function expectPlanProperties({ assessment, content, result, plan }: Planned): void {
  const ids = plan.proposals.map((p) => p.functionId)
  expect(new Set(ids).size).toBe(ids.length)
  const replaced = plan.worthActingOn.filter((a) => a.kind === 'replace').map((a) => a.functionId)
  expect([...ids].sort()).toEqual([...replaced].sort())
  for (const p of plan.proposals) {
    const fn = result.functions.find((f) => f.functionId === p.functionId)
    expect(fn?.stance).not.toBe('deliberate')
    expect(fn?.dependency ?? 0).toBeGreaterThanOrEqual(25)
  }
  plan.proposals.forEach((p, i) => {
    const next = plan.proposals[i + 1]
    if (next) expect(p.priority).toBeGreaterThanOrEqual(next.priority)
    expect(p.quickWin).toBe(p.effort === 1 && p.gain >= 10)
    expect(p.sixMonthPlan).toBe(i < 6)
  })
  const n = result.functions.filter((f) => f.status === 'scored').length
  for (const p of plan.proposals) {
    const answer = assessment.answers[`fn.${p.functionId}`] as FunctionAnswer
    const tools = [
      ...answer.tools.filter((t) => !p.currentToolIds.includes(t.kind === 'catalogue' ? t.toolId : t.id)),
      { kind: 'catalogue' as const, toolId: p.alternativeId },
    ]
    const after = score(content.questionnaire, content.catalogue, {
      ...assessment.answers,
      [`fn.${p.functionId}`]: { ...answer, tools },
    })
    expect(after.dependencyIndex, p.functionId).toBeCloseTo((result.dependencyIndex ?? 0) - p.gain / n, 9)
  }
}

const FREE = { kind: 'free' } as const

describe('plan of examples/small-association-dominant.json (version 1: catalogue v1, routesV2)', async () => {
  const example = await planned('small-association-dominant.json')
  const { plan } = example
  // n = 12 scored functions, DI = 759.6725 / 12 = 63.30604166…
  const di = 759.6725 / 12
  // I: privacy 4 → 75, sovereignty 2 → 25, commons 2 → 25, ethical model 3 → 50, reversibility 3 → 50;
  // Σ I = 225. An ethical-host tool: fit = (225 − 25 × 0.08) / 225 = 223/225.

  it('acts on every function (all D ≥ 25), most dependent first; payments is a deliberate choice', () => {
    expect(plan.worthActingOn).toEqual([
      { functionId: 'identity', dependency: 85.5, kind: 'replace' },
      { functionId: 'email', dependency: 76, kind: 'replace' },
      { functionId: 'social', dependency: expect.closeTo(68.85, 9), kind: 'replace' },
      { functionId: 'forms', dependency: expect.closeTo(68.4, 9), kind: 'replace' },
      { functionId: 'files', dependency: expect.closeTo(64.8, 9), kind: 'replace' },
      { functionId: 'crm', dependency: expect.closeTo(64.125, 9), kind: 'replace' },
      { functionId: 'team_chat', dependency: expect.closeTo(61.9875, 9), kind: 'replace' },
      { functionId: 'payments', dependency: expect.closeTo(59.375, 9), kind: 'deliberate' },
      { functionId: 'office', dependency: expect.closeTo(57.6, 9), kind: 'replace' },
      { functionId: 'video', dependency: expect.closeTo(56.7, 9), kind: 'replace' },
      { functionId: 'newsletters', dependency: expect.closeTo(48.735, 9), kind: 'replace' },
      { functionId: 'design', dependency: expect.closeTo(47.6, 9), kind: 'replace' },
    ])
  })

  it('proposes the top three worked out by hand', () => {
    // forms on google-forms (X 0.90), minor, personal, not checked: D = 68.4. Candidates:
    //   cryptpad-forms, limesurvey, nextcloud-forms: self-hosted libre, X 0, newD 0, gain 68.4, fit 1;
    //     each has a hosted route, switching low: effort 1; priority 68.4 × 1 / 1 = 68.4
    //   framaforms (Framasoft, ethical host): gain 68.4, fit 223/225, effort 1: 68.4 × 448/450 = 68.096
    //   tally: b 0.5, j 0.3, l 1, k 0.5, m 0: X 0.45, newD 45 × 0.8 × 0.95 = 34.2, gain 34.2;
    //     risks privacy 0.42, sovereignty 0.58, commons 1, ethical 0.35, reversibility 0.65:
    //     fit = (75 × 0.58 + 25 × 0.42 + 0 + 50 × 0.65 + 50 × 0.35) / 225 = 104/225; priority 25.004
    //   three tie at 68.4 and effort 1: the first id, cryptpad-forms (hosted free at CryptPad).
    // google-forms' risks privacy 1, sovereignty 1, commons 1, ethical 1, reversibility 0.65 all drop.
    expectProposal(
      plan.proposals[0],
      {
        functionId: 'forms',
        currentToolIds: ['google-forms'],
        alternativeId: 'cryptpad-forms',
        dependency: 68.4,
        newDependency: 0,
        gain: 68.4,
        dependencyIndexIfDone: di - 68.4 / 12,
        improves: ['privacy', 'sovereignty', 'commons', 'ethicalModel', 'reversibility'],
        fit: 1,
        switching: 'low',
        running: null,
        effort: 1,
        priority: 68.4,
        cost: FREE,
      },
      0,
    )
    // files on google-drive (X 0.80), important, internal, not checked: D = 64.8. Candidates:
    //   lufi (CHATONS, ethical host, X 0): gain 64.8, fit 223/225, hosted, switching low: effort 1;
    //     priority 64.8 × (0.5 + 0.5 × 223/225) = 64.8 × 448/450 = 64.512
    //   kdrive (b 0.5, j 0.3, l 0.5, k 0: X 0.275): newD 27.5 × 0.9 × 0.9 = 22.275, gain 42.525,
    //     effort 1, fit (75 × 0.58 + 25 × 0.42 + 25 × 0.5 + 50 × 0.65 + 50 × 0.85) / 225 = 141.5/225:
    //     priority 42.525 × 366.5/450 = 34.63425
    //   nextcloud-files, syncthing (X 0, fit 1, switching medium: effort 2): 64.8 / 2 = 32.4;
    //   framaspace (ethical host, effort 2): 32.256; seafile (self-hosting only: 2 + 2 = 4): 10.53
    // drive's risks privacy 1, sovereignty 1, commons 1, ethical 1, reversibility 0.3 all drop
    // (lufi's sovereignty 0.08).
    expectProposal(
      plan.proposals[1],
      {
        functionId: 'files',
        currentToolIds: ['google-drive'],
        alternativeId: 'lufi',
        dependency: 64.8,
        newDependency: 0,
        gain: 64.8,
        dependencyIndexIfDone: di - 64.8 / 12,
        improves: ['privacy', 'sovereignty', 'commons', 'ethicalModel', 'reversibility'],
        fit: 223 / 225,
        switching: 'low',
        running: null,
        effort: 1,
        priority: 64.512,
        cost: FREE,
      },
      1,
    )
    // team_chat on whatsapp-groups (X 0.725), important, personal, not checked: D = 61.9875.
    //   nextcloud-talk-chat (self-hosted libre, X 0, fit 1), hosted at Framasoft (free) or ARN,
    //     switching low: effort 1, priority 61.9875
    //   element-chat, zulip: X 0, fit 1, switching medium (effort 2): 30.99375
    //   mattermost, rocketchat (open core, self-hosting only: 2 + 2): X 0.2, gain 44.8875, 9.725625
    // whatsapp's risks privacy 0.72, sovereignty 0.58, commons 1, ethical 1, reversibility 0.65 all drop.
    expectProposal(
      plan.proposals[2],
      {
        functionId: 'team_chat',
        currentToolIds: ['whatsapp-groups'],
        alternativeId: 'nextcloud-talk-chat',
        dependency: 61.9875,
        newDependency: 0,
        gain: 61.9875,
        dependencyIndexIfDone: di - 61.9875 / 12,
        improves: ['privacy', 'sovereignty', 'commons', 'ethicalModel', 'reversibility'],
        fit: 1,
        switching: 'low',
        running: null,
        effort: 1,
        priority: 61.9875,
        cost: FREE,
      },
      2,
    )
  })

  it('orders the other proposals as worked out by hand', () => {
    // Each function's best candidate (ties: lower effort, then id), priority = gain × (0.5 + 0.5 fit) / effort:
    //  4 office      ethercalc (Framasoft, effort 1)      57.6 × 448/450 = 57.344 (etherpad ties, later id)
    //  5 video       jitsi-meet (X 0, effort 1)            56.7 (nextcloud-talk-video ties, later id)
    //  6 newsletters sympa (Framasoft, effort 1)           48.735 × 448/450 = 48.5184
    //  7 identity    framaspace-directory (effort 2)       85.5 × 448/450 / 2 = 42.56
    //  8 email       ethical-host-mail (effort 2)          76 × 448/450 / 2 = 37.8311…
    //  9 social      posse-website (X 0, fit 1, effort 2)  68.85 / 2 = 34.425 (facebook and instagram,
    //                both X 0.90, are both replaced)
    // 10 crm         dolibarr-members (X 0, effort 2)      64.125 / 2 = 32.0625 (galette, grist, paheko tie)
    // 11 design      gimp-krita (desktop, effort 2)        47.6 / 2 = 23.8 (inkscape, kdenlive, penpot, scribus tie)
    // The first six have effort 1 and gains above 10: the six quick wins are the six-month plan.
    expect(plan.proposals.map((p) => [p.functionId, p.alternativeId, p.effort])).toEqual([
      ['forms', 'cryptpad-forms', 1],
      ['files', 'lufi', 1],
      ['team_chat', 'nextcloud-talk-chat', 1],
      ['office', 'ethercalc', 1],
      ['video', 'jitsi-meet', 1],
      ['newsletters', 'sympa', 1],
      ['identity', 'framaspace-directory', 2],
      ['email', 'ethical-host-mail', 2],
      ['social', 'posse-website', 2],
      ['crm', 'dolibarr-members', 2],
      ['design', 'gimp-krita', 2],
    ])
    expect(plan.proposals.map((p) => p.priority)).toEqual(
      [68.4, 64.512, 61.9875, 57.344, 56.7, 48.5184, 42.56, (76 * 448) / 900, 34.425, 32.0625, 23.8].map(
        (x) => expect.closeTo(x, 9),
      ),
    )
    expect(plan.proposals.find((p) => p.functionId === 'social')?.currentToolIds).toEqual([
      'facebook',
      'instagram',
    ])
    expect(plan.proposals.filter((p) => p.quickWin).map((p) => p.functionId)).toEqual([
      'forms',
      'files',
      'team_chat',
      'office',
      'video',
      'newsletters',
    ])
    expectPlanProperties(example)
  })

  it('gives the mitigations worked out by hand', () => {
    // payments (deliberate, paypal k 0.5, not checked, personal): exportAndRestore, movePersonalData.
    // No keys answer in version 1: no secondAdmin. Google's login is a single point of failure:
    // organisationAccounts; two-factor on some accounts only: twoFactorAdmins.
    expect(plan.mitigations).toEqual([
      { id: 'exportAndRestore', functionId: 'payments' },
      { id: 'movePersonalData', functionId: 'payments' },
      { id: 'organisationAccounts' },
      { id: 'twoFactorAdmins' },
    ])
  })
})

describe('plan of examples/mid-size-in-transition.json (version 1: catalogue v1, routesV2)', async () => {
  const example = await planned('mid-size-in-transition.json')
  const { plan } = example
  // n = 10, DI = 38.511875. I: privacy 4 → 75, sovereignty 3 → 50, commons 3 → 50, ethical model
  // 4 → 75, reversibility 4 → 75; Σ I = 325. Ethical-host tool: fit = (325 − 50 × 0.08) / 325 = 321/325.
  const di = 38.511875

  it('acts on the seven functions with D ≥ 25, most dependent first', () => {
    // files, crm, video are at D 0; team_chat (tool unknown) and projects (use unknown) have no D.
    expect(plan.worthActingOn).toEqual([
      { functionId: 'email', dependency: expect.closeTo(70.3, 9), kind: 'replace' },
      { functionId: 'social', dependency: expect.closeTo(68.85, 9), kind: 'deliberate' },
      { functionId: 'mobile_messaging', dependency: expect.closeTo(61.9875, 9), kind: 'replace' },
      { functionId: 'office', dependency: expect.closeTo(60.75, 9), kind: 'replace' },
      { functionId: 'devices', dependency: expect.closeTo(58.275, 9), kind: 'replace' },
      { functionId: 'accounting', dependency: expect.closeTo(35.625, 9), kind: 'replace' },
      { functionId: 'payments', dependency: expect.closeTo(29.33125, 9), kind: 'deliberate' },
    ])
  })

  it('proposes the top three worked out by hand', () => {
    // office on microsoft-365-office (X 0.675), vital, internal, not checked: D = 60.75.
    //   ethercalc, etherpad (Framasoft, ethical host, X 0): gain 60.75, fit 321/325, switching low,
    //     effort 1: priority 60.75 × (0.5 + 0.5 × 321/325) = 60.75 × 646/650 = 60.3761…; tie → ethercalc
    //   collabora-online, cryptpad, libreoffice: fit 1, effort 2: 30.375; onlyoffice (open core,
    //     self-hosting only, 2 + 2): X 0.2, gain 42.75, fit 240/325: 9.2899…
    // M365's risks privacy 0.7, sovereignty 1, commons 1, ethical 0.65, reversibility 0.3 all drop.
    expectProposal(
      plan.proposals[0],
      {
        functionId: 'office',
        currentToolIds: ['microsoft-365-office'],
        alternativeId: 'ethercalc',
        dependency: 60.75,
        newDependency: 0,
        gain: 60.75,
        dependencyIndexIfDone: di - 60.75 / 10,
        improves: ['privacy', 'sovereignty', 'commons', 'ethicalModel', 'reversibility'],
        fit: 321 / 325,
        switching: 'low',
        running: null,
        effort: 1,
        priority: (60.75 * 646) / 650,
        cost: FREE,
      },
      0,
    )
    // accounting on the described tool (b 0.2, j 0.3, l 1, k 0.5 unknown, m 0: X 0.375), vital,
    // personal, not checked: D = 35.625.
    //   grisbi (local libre, X 0, fit 1), desktop only: switching low, effort 1, priority 35.625
    //   dolibarr-accounting, gnucash, paheko-accounting: X 0, fit 1, effort 2: 17.8125;
    //   odoo-community (self-hosting only: 3 + 3): 5.9375
    // No hosted route: no cost. The described tool's risks privacy 0.24, sovereignty 0.58, commons 1,
    // ethical 0.14, reversibility 0.65 all drop to 0.
    expectProposal(
      plan.proposals[1],
      {
        functionId: 'accounting',
        currentToolIds: ['other:Compta en ligne du cabinet'],
        alternativeId: 'grisbi',
        dependency: 35.625,
        newDependency: 0,
        gain: 35.625,
        dependencyIndexIfDone: di - 35.625 / 10,
        improves: ['privacy', 'sovereignty', 'commons', 'ethicalModel', 'reversibility'],
        fit: 1,
        switching: 'low',
        running: null,
        effort: 1,
        priority: 35.625,
        cost: null,
      },
      1,
    )
    // email on outlook (X 0.80), vital, personal, exit unknown (0.925): D = 70.3.
    //   ethical-host-mail (X 0, fit 321/325), hosted, switching medium: effort 2;
    //     priority 70.3 × 646/650 / 2 = 34.9336…
    //   proton-mail (b 0.5, j 0.3 × 0.3, l 0.5, k 0: X 0.2225): newD 22.25 × 0.95 × 0.925 = 19.5521875,
    //     gain 50.7478125, effort 2: 21.06…; infomaniak-mail, posteo (X 0.275): 18.70…, 18.45…;
    //     self-hosted-mail (self-hosting only, high + high = 6): 11.71…; tuta-mail (effort 3): 11.04…
    // Cost: ARN 50 €/year ranks before Ouvaton 5 €/month (60 €/year).
    expectProposal(
      plan.proposals[2],
      {
        functionId: 'email',
        currentToolIds: ['outlook'],
        alternativeId: 'ethical-host-mail',
        dependency: 70.3,
        newDependency: 0,
        gain: 70.3,
        dependencyIndexIfDone: di - 70.3 / 10,
        improves: ['privacy', 'sovereignty', 'commons', 'ethicalModel', 'reversibility'],
        fit: 321 / 325,
        switching: 'medium',
        running: null,
        effort: 2,
        priority: (70.3 * 646) / 650 / 2,
        cost: { kind: 'price', amount: 50, currency: 'EUR', per: 'year', asOf: '2026-11-30' },
      },
      2,
    )
  })

  it('orders the other proposals as worked out by hand', () => {
    // 4 devices on windows (X 0.70), D 58.275: refurbished-devices (j 0.3 only, licence and export
    //   not applicable: X 0.075), newD 7.5 × 0.9 × 0.925 = 6.24375, gain 52.03125; risks privacy 0.12,
    //   sovereignty 0.18: fit = (325 − 75 × 0.12 − 50 × 0.18) / 325 = 307/325; routes.json lists
    //   no route for it (no cost) but a medium switching: effort 2; priority 52.03125 × 632/650 / 2 = 25.2951…
    //   (linux-desktop, emmabuntus, eos-lineageos: gain 58.275, fit 1, switching high: 19.425)
    // 5 mobile_messaging on whatsapp (X 0.725), D 61.9875: delta-chat and element-messaging (X 0,
    //   fit 1, switching high: effort 3): 20.6625, tie → delta-chat
    // Two quick wins (effort 1): office, accounting. Five proposals, all in the six-month plan.
    expect(plan.proposals.map((p) => [p.functionId, p.alternativeId, p.effort])).toEqual([
      ['office', 'ethercalc', 1],
      ['accounting', 'grisbi', 1],
      ['email', 'ethical-host-mail', 2],
      ['devices', 'refurbished-devices', 2],
      ['mobile_messaging', 'delta-chat', 3],
    ])
    expect(plan.proposals[3]?.priority).toBeCloseTo((52.03125 * 632) / 650 / 2, 9)
    expect(plan.proposals[4]?.priority).toBeCloseTo(61.9875 / 3, 9)
    expect(plan.proposals.filter((p) => p.quickWin).map((p) => p.functionId)).toEqual([
      'office',
      'accounting',
    ])
    expectPlanProperties(example)
  })

  it('gives the mitigations worked out by hand', () => {
    // social (deliberate): facebook k 0.5, not checked → exportAndRestore; external communication →
    //   publishFirst; public data → no movePersonalData.
    // payments (deliberate): helloasso k 0.5, export possible (not tested) → exportAndRestore;
    //   personal → movePersonalData.
    // No login tool; two-factor on some accounts → twoFactorAdmins.
    expect(plan.mitigations).toEqual([
      { id: 'exportAndRestore', functionId: 'social' },
      { id: 'publishFirst', functionId: 'social' },
      { id: 'exportAndRestore', functionId: 'payments' },
      { id: 'movePersonalData', functionId: 'payments' },
      { id: 'twoFactorAdmins' },
    ])
  })
})

describe('plan of examples/ethical-self-hosted.json (version 1: catalogue v1, routesV2)', async () => {
  const { plan } = await planned('ethical-self-hosted.json')

  it('acts only on payments, a deliberate choice: no proposal, its mitigations', () => {
    // Every D is 0 but payments' 29.33125 (helloasso-payments beside Paheko), a deliberate choice.
    expect(plan.worthActingOn).toEqual([
      { functionId: 'payments', dependency: expect.closeTo(29.33125, 9), kind: 'deliberate' },
    ])
    expect(plan.proposals).toEqual([])
    // helloasso k 0.5, export possible (not tested): exportAndRestore; personal data:
    // movePersonalData. Keycloak is self-hosted (no login single point of failure); two-factor on
    // every account: no organisation-wide mitigation.
    expect(plan.mitigations).toEqual([
      { id: 'exportAndRestore', functionId: 'payments' },
      { id: 'movePersonalData', functionId: 'payments' },
    ])
  })
})

describe('plan of examples/volunteer-run-self-hosted.json (version 2: catalogue v2, routesV2)', async () => {
  const example = await planned('volunteer-run-self-hosted.json')
  const { plan } = example

  it('acts only on payments and replaces HelloAsso with Paheko, as worked out by hand', () => {
    // payments on helloasso-payments (v2: X 0.45), vital, personal, export possible: D = 40.6125;
    // every other D is 0. n = 13, DI = 40.6125 / 13.
    expect(plan.worthActingOn).toEqual([
      { functionId: 'payments', dependency: expect.closeTo(40.6125, 9), kind: 'replace' },
    ])
    // I: privacy, sovereignty, commons 5 → 100 each; ethical model, reversibility 4 → 75; Σ I = 450.
    // Candidates (catalogue v2), newD = 100 × X × 0.95 × 0.95:
    //   paheko-payments: self-hosted libre, X 0, newD 0, gain 40.6125, fit 1; hosted at Paheko
    //     (free), switching medium: effort 2; priority 40.6125 / 2 = 20.30625
    //   liberapay: b 0, j 0.3, l 0, k 0.5, m 0: X 0.175, newD 15.79375, gain 24.81875; risks privacy
    //     0.12, sovereignty 0.58, commons 0, ethical 0, reversibility 0.35: fit = (88 + 42 + 100 + 75
    //     + 48.75) / 450 = 353.75/450; effort 2: priority 24.81875 × 401.875/450 / 2 = 11.0822…
    //   pretix-payments: open core, so b 0.5 though self-hosted: X 0.125 + 0.075 = 0.2, newD 18.05,
    //     gain 22.5625; fit = (70 + 100 + 50 + 48.75 + 63.75) / 450 = 332.5/450; effort 2: 9.8084…
    //   ethical-bank-sepa: b 0.2, j 0.3, l 1, k 0: X 0.275, newD 24.81875, gain 15.79375,
    //     fit 235/450, no route, switching high: effort 3: 4.0069…
    // HelloAsso's risks privacy 0.42, sovereignty 0.58, commons 1, ethical 0.35, reversibility 0.65
    // all drop to 0. Hosted route: running not counted; not a quick win (effort 2).
    expect(plan.proposals).toHaveLength(1)
    expectProposal(
      plan.proposals[0],
      {
        functionId: 'payments',
        currentToolIds: ['helloasso-payments'],
        alternativeId: 'paheko-payments',
        dependency: 40.6125,
        newDependency: 0,
        gain: 40.6125,
        dependencyIndexIfDone: 0,
        improves: ['privacy', 'sovereignty', 'commons', 'ethicalModel', 'reversibility'],
        fit: 1,
        switching: 'medium',
        running: null,
        effort: 2,
        priority: 20.30625,
        cost: FREE,
      },
      0,
    )
    expectPlanProperties(example)
  })

  it('asks for a second administrator where the volunteer holds the keys of a function to act on', () => {
    // payments: keys onePerson (p = 1) → secondAdmin, even though it is replaced; it keeps no tool,
    // so no other function mitigation. No login tool, two-factor on every account: nothing else.
    expect(plan.mitigations).toEqual([{ id: 'secondAdmin', functionId: 'payments' }])
  })
})
