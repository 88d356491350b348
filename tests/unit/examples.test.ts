/**
 * The four example organisations in examples/, each scored by the questionnaire and catalogue of
 * its own version (three on version 1, one on version 2) and the real scoring, against values worked out BY HAND from the written method (docs/methodology.md, the
 * decisions in the comments of src/domain/scoring/*.ts and WEIGHTS), not copied from the program's
 * output.
 *
 * Reminders used throughout (WEIGHTS):
 * - X = 0.25 b + 0.25 j + 0.15 l + 0.20 k + 0.15 m
 *   b: advertising 1 · freemium 0.5 · subscription 0.2 · commons 0 (0 for libre software run by the
 *      organisation itself, self-hosted or local); j: extraterritorial 1 · EU 0.3 · self/ethical 0,
 *      × 0.3 only when e2ee is 'always'; l: proprietary 1 · open core 0.5 · libre 0;
 *   k: export none 1 · partial 0.5 · full 0 (not applicable 0); m: gatekeeper 1 · dominant 0.5 · none 0.
 * - D = 100 × X × c × s × e; c minor 0.8 · important 0.9 · vital 1 (unknown 0.9);
 *   s public 0.85 · internal 0.9 · personal 0.95 · sensitive 1 (unknown 0.925);
 *   e notChecked 1 · exportPossible 0.95 · exitTested 0.85 (unknown 0.925).
 * - Concentration weight w: minor 1 · important 2 · vital 3, split evenly among a function's tools;
 *   tools without an outside vendor count in the total only. HHI = 100 × Σ share².
 * - Practice P = 100 × (1 − Σ w·risk / Σ w): privacy 0.6 b + 0.4 j with w × data weight (public 1,
 *   internal 2, personal 3, sensitive 4, unknown 2.5); sovereignty 0.6 j + 0.4 hosting (vendor
 *   cloud 1, ethical host 0.2, self/local 0); commons l; ethical model 0.7 b + 0.3 m;
 *   reversibility 0.7 k + 0.3 l. Sobriety, accessibility, democracy, security: mean of the
 *   governance answers tagged with them × 100 (bank.ts tags).
 * - I = (rating − 1) / 4 × 100; gap = max(0, I − P); contradiction: rating ≥ 4 and gap ≥ 25.
 * - Governance: yes 1 · partly 0.5 · no 0, mean × 100, "I don't know" left out.
 * - C = 0.7 × (100 − DI) + 0.3 × governance; levels at 25, 45, 65, 80 (5 needs commons).
 * - Completeness units: profile single 1 each (name is text: none); function unanswered or use
 *   "I don't know" 1 (not answered), "not used" 1 (answered), used 5 (tool, criticality, data,
 *   exit, stance; version 2: 6 with keys) + 5 per described tool's facts; values 1 each; visible
 *   governance 1 each.
 * - Method v2 (DOMAIN "Method v2", docs/methodology.md): key-holder risk p team 0 · provider 0.5 ·
 *   onePerson 1 · personalAccount 1; F = 100 × Σ w·p / Σ w over functions in use whose keys are
 *   known (null when none, as in every version 1 file); levels 4 and 5 need F ≤ 25 when F is known,
 *   else the level stops at 3 (cap "fragility"); a vital function with p = 1 is a single point of
 *   failure of kind person. Version 2 adds three practices to governance (domain name, personal
 *   devices, continuity); security also reads personal devices.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkAssessment } from '../../src/domain/assessment/check'
import { parseAssessmentFile } from '../../src/domain/assessment/file'
import { catalogueV1 } from '../../src/domain/catalogue/v1'
import { catalogueV2 } from '../../src/domain/catalogue/v2'
import type { Catalogue, FunctionId } from '../../src/domain/catalogue/types'
import { questionnaire as questionnaireV1 } from '../../src/domain/questionnaire/bank'
import { questionnaireV2 } from '../../src/domain/questionnaire/bank-v2'
import type { Questionnaire, ValueId } from '../../src/domain/questionnaire/types'
import { score } from '../../src/domain/scoring/index'
import type { LevelCap, Result, SinglePointOfFailure } from '../../src/domain/scoring/types'

// Vitest runs from the project root (vitest.config.ts); import.meta.url is not a file URL under jsdom.
const EXAMPLES = resolve(process.cwd(), 'examples')

/** Each version's questionnaire and catalogue, as the registry pairs them (checked in registry tests). */
const CONTENT: Readonly<Record<1 | 2, { questionnaire: Questionnaire; catalogue: Catalogue }>> = {
  1: { questionnaire: questionnaireV1, catalogue: catalogueV1 },
  2: { questionnaire: questionnaireV2, catalogue: catalogueV2 },
}

function load(name: string, version: 1 | 2 = 1): Result {
  const text = readFileSync(resolve(EXAMPLES, name), 'utf8')
  const assessment = parseAssessmentFile(text)
  expect(assessment.questionnaireVersion).toBe(version)
  const { questionnaire, catalogue } = CONTENT[version]
  expect(checkAssessment(assessment, questionnaire, catalogue)).toEqual([])
  return score(questionnaire, catalogue, assessment.answers)
}

interface Expected {
  /** Per scored function: X of its highest-exposure tool and D. */
  functions: Partial<Record<FunctionId, { x: number; d: number }>>
  /** Functions answered but not scored: use "I don't know", or in use with the tool unknown. */
  unknown: readonly FunctionId[]
  unused: readonly FunctionId[]
  dependencyIndex: number
  concentration: number
  practice: Partial<Record<ValueId, number>>
  contradictions: readonly ValueId[]
  governance: number
  pathScore: number
  level: number
  /** Why the level stops below what C gives; null when it does not. */
  levelCap: LevelCap | null
  /** F; null when no function in use says who holds the keys (every version 1 file). */
  fragility: number | null
  contributesToCommons: boolean
  singlePointsOfFailure: readonly SinglePointOfFailure[]
  answered: number
  applicable: number
}

function check(result: Result, expected: Expected): void {
  for (const [id, { x, d }] of Object.entries(expected.functions)) {
    const fn = result.functions.find((f) => f.functionId === id)
    expect(fn?.status, id).toBe('scored')
    expect(fn?.exposure, id).toBeCloseTo(x, 6)
    expect(fn?.dependency, id).toBeCloseTo(d, 6)
  }
  const scored = result.functions.filter((f) => f.status === 'scored').map((f) => f.functionId)
  expect([...scored].sort()).toEqual(Object.keys(expected.functions).sort())
  // Unanswered functions are 'unknown' too; these are the ones answered with an unknown use or tool.
  for (const id of expected.unknown)
    expect(result.functions.find((f) => f.functionId === id)?.status).toBe('unknown')
  expect(
    result.functions
      .filter((f) => f.status === 'unused')
      .map((f) => f.functionId)
      .sort(),
  ).toEqual([...expected.unused].sort())
  expect(result.dependencyIndex).toBeCloseTo(expected.dependencyIndex, 6)
  expect(result.concentration).toBeCloseTo(expected.concentration, 6)
  for (const [value, p] of Object.entries(expected.practice)) {
    expect(result.values.find((v) => v.value === value)?.practice, value).toBeCloseTo(p, 6)
  }
  expect(result.contradictions).toEqual(expected.contradictions)
  expect(result.governance).toBeCloseTo(expected.governance, 6)
  expect(result.pathScore).toBeCloseTo(expected.pathScore, 6)
  expect(result.level).toBe(expected.level)
  expect(result.levelCap).toEqual(expected.levelCap)
  if (expected.fragility === null) expect(result.fragility).toBeNull()
  else expect(result.fragility).toBeCloseTo(expected.fragility, 6)
  expect(result.contributesToCommons).toBe(expected.contributesToCommons)
  expect(result.singlePointsOfFailure).toEqual(expected.singlePointsOfFailure)
  expect(result.completeness.answered).toBe(expected.answered)
  expect(result.completeness.applicable).toBe(expected.applicable)
  expect(result.completeness.ratio).toBeCloseTo(expected.answered / expected.applicable, 6)
}

describe('examples/small-association-dominant.json', () => {
  const result = load('small-association-dominant.json')

  it('matches the values worked out by hand', () => {
    check(result, {
      functions: {
        // gmail: b 1 (advertising), j 1 (US, no e2ee), l 1, k 0 (full export), m 1 (gatekeeper)
        //   X = 0.25 + 0.25 + 0.15 + 0 + 0.15 = 0.80; vital, personal, not checked: D = 80 × 1 × 0.95 × 1 = 76
        email: { x: 0.8, d: 76 },
        // google-drive: same facts as gmail, X = 0.80; important, internal: D = 80 × 0.9 × 0.9 = 64.8
        files: { x: 0.8, d: 64.8 },
        // google-docs: same facts, X = 0.80; minor, internal: D = 80 × 0.8 × 0.9 = 57.6
        office: { x: 0.8, d: 57.6 },
        // excel-crm: b 0.5 (freemium), j 1, l 1, k 0, m 1: X = 0.125 + 0.25 + 0.15 + 0 + 0.15 = 0.675
        //   vital, personal: D = 67.5 × 0.95 = 64.125
        crm: { x: 0.675, d: 64.125 },
        // google-forms: b 1, j 1, l 1, k 0.5 (partial), m 1: X = 0.25 + 0.25 + 0.15 + 0.10 + 0.15 = 0.90
        //   minor, personal: D = 90 × 0.8 × 0.95 = 68.4
        forms: { x: 0.9, d: 68.4 },
        // canva: b 0.5, j 1, l 1, k 0.5, m 0.5 (dominant): X = 0.125 + 0.25 + 0.15 + 0.10 + 0.075 = 0.70
        //   minor, public: D = 70 × 0.8 × 0.85 = 47.6
        design: { x: 0.7, d: 47.6 },
        // whatsapp-groups: b 1, j 1 × 0.3 (e2ee always) = 0.3, l 1, k 0.5, m 1
        //   X = 0.25 + 0.075 + 0.15 + 0.10 + 0.15 = 0.725; important, personal: D = 72.5 × 0.9 × 0.95 = 61.9875
        team_chat: { x: 0.725, d: 61.9875 },
        // zoom: b 0.5, j 1 (e2ee only optional: no discount), l 1, k 0.5, m 0.5: X = 0.70
        //   important, internal: D = 70 × 0.9 × 0.9 = 56.7
        video: { x: 0.7, d: 56.7 },
        // facebook and instagram: b 1, j 1, l 1, k 0.5, m 1: X = 0.90 each, highest 0.90
        //   important, public: D = 90 × 0.9 × 0.85 = 68.85
        social: { x: 0.9, d: 68.85 },
        // mailchimp: b 0.5, j 1, l 1, k 0, m 0.5: X = 0.125 + 0.25 + 0.15 + 0 + 0.075 = 0.60
        //   important, personal, export possible: D = 60 × 0.9 × 0.95 × 0.95 = 48.735
        newsletters: { x: 0.6, d: 48.735 },
        // paypal: b 0.2 (subscription), j 1, l 1, k 0.5, m 0.5: X = 0.05 + 0.25 + 0.15 + 0.10 + 0.075 = 0.625
        //   vital, personal: D = 62.5 × 0.95 = 59.375
        payments: { x: 0.625, d: 59.375 },
        // google-accounts: b 1, j 1, l 1, k 0.5, m 1: X = 0.90; vital, personal: D = 90 × 0.95 = 85.5
        identity: { x: 0.9, d: 85.5 },
      },
      unknown: [],
      unused: ['maps', 'video_hosting', 'events', 'genai'],
      // Σ D = 76 + 64.8 + 57.6 + 64.125 + 68.4 + 47.6 + 61.9875 + 56.7 + 68.85 + 48.735 + 59.375 + 85.5
      //     = 759.6725; DI = 759.6725 / 12 = 63.30604166…
      dependencyIndex: 759.6725 / 12,
      // w: email 3, files 2, office 1, crm 3, forms 1, design 1, team_chat 2, video 2, social 2
      // (1 + 1, both Meta), newsletters 2, payments 3, identity 3; total 25.
      // google 3+2+1+1+3 = 10, meta 2+2 = 4, microsoft 3, paypal 3, zoom 2, intuit 2, canva 1.
      // HHI = 100 × (100 + 16 + 9 + 9 + 4 + 4 + 1) / 625 = 100 × 143 / 625 = 22.88
      concentration: 22.88,
      practice: {
        // privacy risks (0.6 b + 0.4 j) × w(crit × data): gmail 1 × 9, drive 1 × 4, docs 1 × 2,
        // excel-crm 0.7 × 9, forms 1 × 3, canva 0.7 × 1, whatsapp 0.72 × 6, zoom 0.7 × 4,
        // facebook 1 × 2, mailchimp 0.7 × 6, paypal 0.52 × 9, google-accounts 1 × 9
        // Σ w = 64, Σ w·risk = 52 → P = 100 × (1 − 52/64) = 18.75
        privacy: 18.75,
        // sovereignty (0.6 j + 0.4 hosting): all vendor cloud, j 1 → 1, except whatsapp 0.18 + 0.4 = 0.58 (w 2)
        // Σ w·risk = 25 − 2 × 0.42 = 24.16 → P = 100 × 0.84 / 25 = 3.36
        sovereignty: 3.36,
        // commons (l): everything proprietary → 0
        commons: 0,
        // ethical model (0.7 b + 0.3 m): 1 for Google ×(3+2+1+1+3) and Meta ×(2+2), excel-crm 0.65 × 3,
        // canva 0.5 × 1, zoom 0.5 × 2, mailchimp 0.5 × 2, paypal 0.29 × 3
        // Σ = 10 + 4 + 1.95 + 0.5 + 1 + 1 + 0.87 = 19.32 → P = 100 × (1 − 19.32/25) = 22.72
        ethicalModel: 22.72,
        // reversibility (0.7 k + 0.3 l): full export 0.3 × (3+2+1+3+2 = 11), partial 0.65 × (1+1+2+2+2+3+3 = 14)
        // Σ = 3.3 + 9.1 = 12.4 → P = 100 × (1 − 12.4/25) = 50.4
        reversibility: 50.4,
        // sobriety: deviceLifespan sometimes 0.5 → 50
        sobriety: 50,
        // accessibility: training none 0, accessibility notYet 0 → 0
        accessibility: 0,
        // democracy: strategy 0, decisionMaker 0, training 0 (boardDiscussion "I don't know") → 0
        democracy: 0,
        // security: backups untested 0.5, twoFactor some 0.5, twoFactorMethod sms 0.5 → 50
        security: 50,
      },
      // gaps of the values rated 4 or 5: democracy (5) 100 − 0 = 100, accessibility (4) 75 − 0 = 75,
      // privacy (4) 75 − 18.75 = 56.25. (ethical model's gap 27.28 and commons' 25 are rated 3 and 2.)
      contradictions: ['democracy', 'accessibility', 'privacy'],
      // strategy 0, decisionMaker 0, budget 0, training 0, gdpr 0.5, backups 0.5, twoFactor 0.5,
      // twoFactorMethod 0.5, nonprofitPrograms 0.5, deviceLifespan 0.5, accessibility 0, commons 0
      // (boardDiscussion "I don't know" left out): 3 / 12 = 25
      governance: 25,
      // C = 0.7 × (100 − 63.30604166…) + 0.3 × 25 = 25.68577083… + 7.5 = 33.18577083… → level 2
      pathScore: 0.7 * (100 - 759.6725 / 12) + 7.5,
      level: 2,
      levelCap: null,
      fragility: null,
      contributesToCommons: false,
      // Google holds two vital functions (email, identity) and the login.
      singlePointsOfFailure: [
        { kind: 'vitalFunctions', vendorId: 'google', functionIds: ['email', 'identity'] },
        { kind: 'login', vendorId: 'google', toolId: 'google-accounts' },
      ],
      // profile 7/7; 12 used functions 60/60; 4 unused 4/4; 11 unanswered 0/11; values 9/9;
      // governance 12/13 (twoFactorMethod visible, boardDiscussion "I don't know")
      answered: 7 + 60 + 4 + 0 + 9 + 12,
      applicable: 7 + 60 + 4 + 11 + 9 + 13,
    })
  })

  it('lands on one of the first two levels (DOMAIN sanity check)', () => {
    expect([1, 2]).toContain(result.level)
  })
})

describe('examples/mid-size-in-transition.json', () => {
  const result = load('mid-size-in-transition.json')

  it('matches the values worked out by hand', () => {
    check(result, {
      functions: {
        // outlook: b 1, j 1 (e2ee optional: no discount), l 1, k 0, m 1: X = 0.80
        //   vital, personal, exit "I don't know" (0.925): D = 80 × 0.95 × 0.925 = 70.3
        email: { x: 0.8, d: 70.3 },
        // framaspace (Framasoft, ethical host, libre, full export): every risk 0, X = 0, D = 0
        files: { x: 0, d: 0 },
        // microsoft-365-office: b 0.5, j 1, l 1, k 0, m 1: X = 0.675; vital, internal: D = 67.5 × 0.9 = 60.75
        office: { x: 0.675, d: 60.75 },
        // paheko-members: self-hosted libre (b 0 whatever the maintainer's model), X = 0
        crm: { x: 0, d: 0 },
        // jitsi-meet: self-hosted libre, export not applicable: X = 0
        video: { x: 0, d: 0 },
        // whatsapp: b 1, j 0.3 (e2ee always), l 1, k 0.5, m 1: X = 0.725
        //   important, personal: D = 72.5 × 0.9 × 0.95 = 61.9875
        mobile_messaging: { x: 0.725, d: 61.9875 },
        // facebook X 0.90, mastodon X 0: highest 0.90; important, public: D = 90 × 0.9 × 0.85 = 68.85
        social: { x: 0.9, d: 68.85 },
        // helloasso-payments: b 0 (commons), j 0.3 (EU), l 1, k 0.5, m 0: X = 0.075 + 0.15 + 0.10 = 0.325
        //   vital, personal, export possible: D = 32.5 × 0.95 × 0.95 = 29.33125
        payments: { x: 0.325, d: 29.33125 },
        // described tool: b 0.2 (subscription), j 0.3 (EU), l 1, k 0.5 (export "I don't know": middle),
        // m 0 (described tools have no market power): X = 0.05 + 0.075 + 0.15 + 0.10 = 0.375
        //   vital, personal: D = 37.5 × 0.95 = 35.625
        accounting: { x: 0.375, d: 35.625 },
        // windows: b 0.2, j 1, l 1, k 0.5, m 1: X = 0.05 + 0.25 + 0.15 + 0.10 + 0.15 = 0.70
        //   important, data "I don't know" (0.925): D = 70 × 0.9 × 0.925 = 58.275
        devices: { x: 0.7, d: 58.275 },
      },
      // team_chat: in use, tool unknown; projects: use "I don't know". Neither has a D.
      unknown: ['team_chat', 'projects'],
      unused: ['maps', 'video_hosting', 'events', 'genai'],
      // Σ D = 70.3 + 0 + 60.75 + 0 + 0 + 61.9875 + 68.85 + 29.33125 + 35.625 + 58.275 = 385.11875
      // DI = 385.11875 / 10 = 38.511875
      dependencyIndex: 38.511875,
      // w: email 3 (microsoft), files 2 (framasoft), office 3 (microsoft), crm 3 (no vendor),
      // video 2 (no vendor), mobile 2 (meta), social 2 split meta 1 + chatons-host 1, payments 3
      // (helloasso), accounting 3 (other:cabinet martin & associes), devices 2 (microsoft); total 25.
      // microsoft 8, meta 3, helloasso 3, other 3, framasoft 2, chatons-host 1 (5 without a vendor)
      // HHI = 100 × (64 + 9 + 9 + 9 + 4 + 1) / 625 = 100 × 96 / 625 = 15.36
      concentration: 15.36,
      practice: {
        // privacy (0.6 b + 0.4 j) × w: outlook 1 × 9, framaspace 0 × 4, m365 0.7 × 6, paheko 0 × 9,
        // jitsi 0 × 4, whatsapp 0.72 × 6, facebook 1 × 2, helloasso 0.12 × 9, described 0.24 × 9,
        // windows 0.52 × 5 (important 2 × unknown data 2.5)
        // Σ w = 63, Σ w·risk = 9 + 4.2 + 4.32 + 2 + 1.08 + 2.16 + 2.6 = 25.36 → P = 100 × 37.64 / 63
        privacy: (100 * 37.64) / 63,
        // sovereignty (0.6 j + 0.4 h): outlook 1 × 3, framaspace 0.08 × 2, m365 1 × 3, whatsapp 0.58 × 2,
        // facebook 1 × 2, helloasso 0.58 × 3, described 0.58 × 3, windows (local) 0.6 × 2
        // Σ = 3 + 0.16 + 3 + 1.16 + 2 + 1.74 + 1.74 + 1.2 = 14 → P = 100 × (1 − 14/25) = 44
        sovereignty: 44,
        // commons: proprietary on outlook 3, m365 3, whatsapp 2, facebook 2, helloasso 3, described 3,
        // windows 2 = 18 → P = 100 × (1 − 18/25) = 28
        commons: 28,
        // ethical model: outlook 1 × 3, m365 0.65 × 3, whatsapp 1 × 2, facebook 1 × 2, described 0.14 × 3,
        // windows 0.44 × 2 → Σ = 3 + 1.95 + 2 + 2 + 0.42 + 0.88 = 10.25 → P = 100 × (1 − 10.25/25) = 59
        ethicalModel: 59,
        // reversibility: outlook 0.3 × 3, m365 0.3 × 3, whatsapp, facebook, windows 0.65 × 2,
        // helloasso, described 0.65 × 3 → Σ = 0.9 + 0.9 + 3.9 + 3.9 = 9.6 → P = 100 × (1 − 9.6/25) = 61.6
        reversibility: 61.6,
        sobriety: 100, // deviceLifespan usually
        accessibility: 50, // training 0.5, accessibility partial 0.5
        democracy: 50, // strategy, decisionMaker, boardDiscussion, training: all 0.5
        security: 50, // backups untested 0.5, twoFactor some 0.5 (method "I don't know")
      },
      // rated 4–5: privacy 75 − 59.75 = 15.25, ethical model 75 − 59 = 16, reversibility 75 − 61.6 = 13.4,
      // democracy 100 − 50 = 50 → only democracy (security "I don't know": no importance)
      contradictions: ['democracy'],
      // ten answers at 0.5 and two at 1 (gdprRecord, deviceLifespan), twoFactorMethod left out:
      // 7 / 12 = 58.33…
      governance: (100 * 7) / 12,
      // C = 0.7 × 61.488125 + 0.3 × 58.33… = 43.0416875 + 17.5 = 60.5416875 → level 3
      pathScore: 60.5416875,
      level: 3,
      levelCap: null,
      fragility: null,
      contributesToCommons: true, // commons occasionally (0.5)
      // Microsoft holds two vital functions: email and office.
      singlePointsOfFailure: [
        { kind: 'vitalFunctions', vendorId: 'microsoft', functionIds: ['email', 'office'] },
      ],
      // profile 7/7; used: email 4/5 (exit ?), files, office, crm, video, mobile, social, payments 5/5
      // each, team_chat 2/5 (no tool, exit ?, stance ?), accounting 9/10 (5 + 4 of 5 facts), devices 4/5
      // (data ?) → 54/60; projects 0/1; 4 unused 4/4; 11 unanswered 0/11; values 8/9 (security ?);
      // governance 12/13 (twoFactorMethod ?)
      answered: 7 + 54 + 0 + 4 + 0 + 8 + 12,
      applicable: 7 + 60 + 1 + 4 + 11 + 9 + 13,
    })
  })
})

describe('examples/ethical-self-hosted.json', () => {
  const result = load('ethical-self-hosted.json')

  it('matches the values worked out by hand', () => {
    check(result, {
      functions: {
        // Every tool but HelloAsso has all five risks at 0: ethical-host mail, Mastodon and PeerTube
        // (CHATONS host: commons, self/ethical, libre, full export, no market power); Nextcloud, Element,
        // Jitsi, Paheko, Keycloak (self-hosted libre: b 0 whatever the maintainer's model);
        // LibreOffice, KeePassXC, Linux (local libre). X = 0, D = 0.
        email: { x: 0, d: 0 },
        files: { x: 0, d: 0 },
        office: { x: 0, d: 0 },
        crm: { x: 0, d: 0 },
        team_chat: { x: 0, d: 0 },
        video: { x: 0, d: 0 },
        social: { x: 0, d: 0 },
        video_hosting: { x: 0, d: 0 },
        // paheko-payments X 0, helloasso-payments X 0.325 (b 0, j 0.3, l 1, k 0.5, m 0): highest 0.325
        //   vital, personal, export possible: D = 32.5 × 0.95 × 0.95 = 29.33125
        payments: { x: 0.325, d: 29.33125 },
        passwords: { x: 0, d: 0 },
        devices: { x: 0, d: 0 },
        identity: { x: 0, d: 0 },
      },
      unknown: [],
      unused: ['forms', 'maps', 'design', 'events', 'analytics', 'genai'],
      // DI = 29.33125 / 12 = 2.44427083…
      dependencyIndex: 29.33125 / 12,
      // w: email 3, files 3, office 2, crm 3, team_chat 2, video 2, social 2, video_hosting 1,
      // payments 3 (1.5 Paheko, no vendor + 1.5 HelloAsso), passwords 3, devices 2, identity 3; total 29.
      // chatons-host 3 + 2 + 1 = 6, helloasso 1.5; the rest has no outside vendor.
      // HHI = 100 × (36 + 2.25) / 841 = 3825 / 841 = 4.548…
      concentration: 3825 / 841,
      practice: {
        // privacy: only helloasso carries a risk, 0.6 × 0 + 0.4 × 0.3 = 0.12, w 3 × 3 = 9;
        // Σ w = 9 + 9 + 4 + 9 + 6 + 4 + 2 + 1 + 9 + 12 + 4 + 9 = 78 → P = 100 × (1 − 1.08/78)
        privacy: 100 * (1 - 1.08 / 78),
        // sovereignty: ethical host 0.4 × 0.2 = 0.08 on email (3), social (2), video_hosting (1);
        // helloasso 0.6 × 0.3 + 0.4 × 1 = 0.58 × 3 → Σ = 0.24 + 0.16 + 0.08 + 1.74 = 2.22 → P = 100 × (1 − 2.22/29)
        sovereignty: 100 * (1 - 2.22 / 29),
        // commons: helloasso proprietary, w 3 → P = 100 × (1 − 3/29)
        commons: 100 * (1 - 3 / 29),
        // ethical model: helloasso b 0 m 0 → 100
        ethicalModel: 100,
        // reversibility: helloasso 0.7 × 0.5 + 0.3 × 1 = 0.65 × 3 = 1.95 → P = 100 × (1 − 1.95/29)
        reversibility: 100 * (1 - 1.95 / 29),
        sobriety: 100, // deviceLifespan usually
        accessibility: 50, // training occasionally 0.5, accessibility partial 0.5
        democracy: 87.5, // strategy 1, decisionMaker 1, boardDiscussion 1, training 0.5 → 3.5 / 4
        security: 100, // backups tested, twoFactor all, method app or key
      },
      // accessibility rated 4: I = 75, P = 50, gap exactly 25 → a contradiction (25 or more);
      // every other gap is below 25 (largest: commons 100 − 89.66 = 10.34, democracy 12.5)
      contradictions: ['accessibility'],
      // eleven answers at 1, training and accessibility at 0.5: 12 / 13 = 92.307…
      governance: (100 * 12) / 13,
      // C = 0.7 × (100 − 2.44427…) + 0.3 × 92.307… = 68.28901… + 27.69230… = 95.98131… ≥ 80 and commons → 5
      pathScore: 0.7 * (100 - 29.33125 / 12) + (0.3 * 1200) / 13,
      level: 5,
      levelCap: null,
      fragility: null,
      contributesToCommons: true,
      // chatons-host holds one vital function (email), helloasso one (payments); Keycloak is self-hosted.
      singlePointsOfFailure: [],
      // profile 7/7; 12 used 60/60; 6 unused 6/6; 9 unanswered 0/9; values 9/9; governance 13/13
      answered: 7 + 60 + 6 + 0 + 9 + 13,
      applicable: 7 + 60 + 6 + 9 + 9 + 13,
    })
  })

  it('lands on one of the last two levels (DOMAIN sanity check)', () => {
    expect([4, 5]).toContain(result.level)
  })
})

describe('examples/volunteer-run-self-hosted.json (questionnaire version 2)', () => {
  const result = load('volunteer-run-self-hosted.json', 2)

  it('matches the values worked out by hand', () => {
    check(result, {
      functions: {
        // Every tool but HelloAsso has all five risks at 0 (catalogue v2 facts):
        // self-hosted-mail, nextcloud-files, nextcloud-calendar, paheko-members, element-chat,
        // jitsi-meet (export not applicable), wordpress, listmonk, paheko-accounting, vaultwarden:
        // self-hosted libre (b 0 whatever the maintainer's model; j 0; l 0; k 0 full export; m 0);
        // libreoffice, linux-desktop: local libre, same; framadate-calendar: Framasoft, ethical
        // host, commons, libre, full export: 0. X = 0, D = 0.
        email: { x: 0, d: 0 },
        files: { x: 0, d: 0 },
        office: { x: 0, d: 0 },
        calendar: { x: 0, d: 0 },
        crm: { x: 0, d: 0 },
        team_chat: { x: 0, d: 0 },
        video: { x: 0, d: 0 },
        website: { x: 0, d: 0 },
        newsletters: { x: 0, d: 0 },
        // helloasso-payments in catalogue v2: b 0.5 (freemium), j 0.3 (EU), l 1 (proprietary),
        // k 0.5 (partial export), m 0: X = 0.125 + 0.075 + 0.15 + 0.10 + 0 = 0.45
        //   vital (1), personal (0.95), export possible (0.95): D = 45 × 0.95 × 0.95 = 40.6125
        payments: { x: 0.45, d: 40.6125 },
        accounting: { x: 0, d: 0 },
        passwords: { x: 0, d: 0 },
        devices: { x: 0, d: 0 },
      },
      unknown: [],
      // the 17 other functions of questionnaire version 2, all answered "not used"
      unused: [
        'projects',
        'knowledge',
        'forms',
        'mobile_messaging',
        'phone',
        'governance',
        'social',
        'events',
        'video_hosting',
        'design',
        'maps',
        'analytics',
        'payroll',
        'esignature',
        'identity',
        'browser_search',
        'genai',
      ],
      // 13 scored functions, only payments above 0: DI = 40.6125 / 13 = 3.12403846…
      dependencyIndex: 40.6125 / 13,
      // w: email 3, files 2, office 1, calendar 1 (½ Framasoft + ½ Nextcloud, no vendor), crm 3,
      // team_chat 2, video 1, website 2, newsletters 2, payments 3 (HelloAsso), accounting 3,
      // passwords 3, devices 2; total 28. Outside vendors: helloasso 3, framasoft 0.5.
      // HHI = 100 × (3² + 0.5²) / 28² = 100 × 9.25 / 784 = 925 / 784 = 1.1798…
      concentration: 925 / 784,
      practice: {
        // privacy (0.6 b + 0.4 j) only on helloasso: 0.30 + 0.12 = 0.42, w 3 × 3 (personal) = 9 → 3.78;
        // Σ w = email 9 + files 6 + office 2 + calendar 2 + crm 9 + team_chat 4 + video 2 + website 2
        //     + newsletters 6 + payments 9 + accounting 9 + passwords 12 (sensitive) + devices 4 = 76
        // P = 100 × (1 − 3.78/76)
        privacy: 100 * (1 - 3.78 / 76),
        // sovereignty (0.6 j + 0.4 hosting): calendar's primary tool is framadate-calendar (both X 0,
        // tie broken by id), ethical host 0.4 × 0.2 = 0.08 × w 1; helloasso 0.18 + 0.40 = 0.58 × 3 = 1.74
        // Σ = 1.82 → P = 100 × (1 − 1.82/28) = 93.5
        sovereignty: 93.5,
        // commons (l): helloasso proprietary, w 3 → P = 100 × (1 − 3/28)
        commons: 100 * (1 - 3 / 28),
        // ethical model (0.7 b + 0.3 m): helloasso 0.35 × 3 = 1.05 → P = 100 × (1 − 1.05/28) = 96.25
        ethicalModel: 96.25,
        // reversibility (0.7 k + 0.3 l): helloasso 0.35 + 0.30 = 0.65 × 3 = 1.95 → P = 100 × (1 − 1.95/28)
        reversibility: 100 * (1 - 1.95 / 28),
        sobriety: 100, // deviceLifespan usually 1
        accessibility: 50, // training occasionally 0.5, accessibility partial 0.5
        democracy: 75, // strategy partial 0.5, decisionMaker 1, boardDiscussion 1, training 0.5 → 3 / 4
        // security: backups tested 1, twoFactor all 1, method app or key 1, personal devices
        // sometimes 0.5 (version 2 reads it for security) → 3.5 / 4 = 87.5
        security: 87.5,
      },
      // rated 4 or 5: privacy 5 (100 − 95.03 = 4.97), sovereignty 5 (6.5), commons 5 (10.71),
      // ethical model 4 (75 − 96.25: 0), reversibility 4 (0), security 4 (0), democracy 5:
      // 100 − 75 = 25 → a contradiction, the only one
      contradictions: ['democracy'],
      // sixteen practices: strategy 0.5, decisionMaker 1, boardDiscussion 1, budget 0.5, training 0.5,
      // gdprRecord 1, backups 1, twoFactor 1, twoFactorMethod 1, nonprofitPrograms 1, deviceLifespan 1,
      // accessibility 0.5, commons 1, domainName 0.5 (in the organisation's name, one person can
      // renew it), personalDevices 0.5, continuity 0 (nobody could carry on): 12 / 16 = 75
      governance: 75,
      // C = 0.7 × (100 − 3.12403846…) + 0.3 × 75 = 67.81326923… + 22.5 = 90.31326923… ≥ 80 and
      // commons regularly: level 5 from C alone.
      pathScore: 0.7 * (100 - 40.6125 / 13) + 22.5,
      // But F = 100 > 25: levels 4 and 5 are out of reach, the level stops at 3 (the fragility cap).
      level: 3,
      levelCap: { reason: 'fragility' },
      // the volunteer holds every key (onePerson, p = 1) of the 13 functions in use:
      // F = 100 × Σ w·1 / Σ w = 100
      fragility: 100,
      contributesToCommons: true,
      // No outside vendor holds two vital functions (HelloAsso one), no login tool (identity unused).
      // Person: every vital function in use, in the reading order of version 2.
      singlePointsOfFailure: [
        { kind: 'person', functionId: 'email', keys: 'onePerson' },
        { kind: 'person', functionId: 'crm', keys: 'onePerson' },
        { kind: 'person', functionId: 'payments', keys: 'onePerson' },
        { kind: 'person', functionId: 'accounting', keys: 'onePerson' },
        { kind: 'person', functionId: 'passwords', keys: 'onePerson' },
      ],
      // profile 7/7; 13 used × 6 (tool, criticality, keys, data, exit, stance) = 78/78; 17 unused
      // 17/17; values 9/9; governance 16/16 (twoFactorMethod visible: two-factor on every account)
      answered: 7 + 78 + 17 + 9 + 16,
      applicable: 7 + 78 + 17 + 9 + 16,
    })
  })

  it('stops at level 3, below what C alone gives: the volunteer holds every key (fragility cap)', () => {
    expect(result.pathScore).toBeGreaterThanOrEqual(80)
    expect(result.level).toBeLessThanOrEqual(3)
    expect(result.levelCap).toEqual({ reason: 'fragility' })
  })
})
