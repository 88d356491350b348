import { describe, expect, it } from 'vitest'
import type { Answers } from '../../../src/domain/assessment/types'
import { WEIGHTS, score, scoreFunctions } from '../../../src/domain/scoring'
import { indexTools } from '../../../src/domain/scoring/dependency'
import { catalogue, other, questionnaire, scale, single, unused, used } from './fixtures'

const answers: Answers = {
  org_name: { kind: 'text', value: 'Asso' },
  has_website: single('no'),
  channels: { kind: 'multiple', values: ['a'] },
  // D = 100 × 0.7 × 1.0 (vital) × 0.95 (personal) × 1.0 (notChecked) = 66.5
  fn_email: used(['gsuite'], {
    criticality: 'vital',
    data: 'personal',
    exit: 'notChecked',
    stance: 'default',
  }),
  // D = 100 × 0 × … = 0 (no stance: 4 of 5 units)
  fn_files: used(['framadrive'], { criticality: 'important', data: 'sensitive', exit: 'exitTested' }),
  // X = max(0.375, 0.075) = 0.375; D = 100 × 0.375 × 0.8 (minor) × 0.9 (internal) × 0.95 = 25.65
  fn_chat: used(['eurochat', 'whisper'], {
    criticality: 'minor',
    data: 'internal',
    exit: 'exportPossible',
    stance: 'deliberate',
  }),
  fn_office: unused,
  fn_search: { kind: 'function', use: 'dontKnow', tools: [] },
  // D = 100 × 1 × 1.0 (vital) × 0.9 (internal) × 0.95 = 85.5
  fn_identity: used(['megaLogin'], {
    criticality: 'vital',
    data: 'internal',
    exit: 'exportPossible',
    stance: 'default',
  }),
  imp_commons: scale(5),
  gov_strategy: single('yes'), // 1
  gov_board: single('partly'), // 0.5
  gov_backups: single('no'), // 0
  gov_2fa: single('yes'), // 1
  gov_sobriety: single('no'), // 0
  gov_commons: single('partly'), // 0.5 → contributes
}

describe('score', () => {
  const r = score(questionnaire, catalogue, answers)

  it('carries the ids and versions', () => {
    expect(r.questionnaireId).toBe('fixture-questionnaire')
    expect(r.questionnaireVersion).toBe(3)
    expect(r.catalogueVersion).toBe('0.0.1-test')
  })

  it('scores every visible function in reading order', () => {
    expect(r.functions.map((f) => [f.functionId, f.status])).toEqual([
      ['email', 'scored'],
      ['files', 'scored'],
      ['office', 'unused'],
      ['team_chat', 'scored'],
      ['browser_search', 'unknown'],
      ['identity', 'scored'],
    ])
  })

  it('DI is the mean D over scored functions', () => {
    // (66.5 + 0 + 25.65 + 85.5) / 4 = 177.65 / 4 = 44.4125
    expect(r.dependencyIndex).toBeCloseTo(44.4125, 10)
  })

  it('concentration and single points of failure', () => {
    // weights: google 3 (email), framasoft 2 (files), eurochat 0.5 + whisperco 0.5 (chat), mega 3 (identity); total 9
    // 100 × (9 + 9 + 4 + 0.25 + 0.25) / 81 = 2250 / 81 = 27.77…
    expect(r.concentration).toBeCloseTo(2250 / 81, 10)
    expect(r.vendorShares.map((s) => s.vendorId)).toEqual([
      'google',
      'mega',
      'framasoft',
      'eurochat',
      'whisperco',
    ])
    // vital: email (google), identity (mega): one each → no vitalFunctions point; login at mega
    expect(r.singlePointsOfFailure).toEqual([{ kind: 'login', vendorId: 'mega', toolId: 'mega-login' }])
  })

  it('governance, commons and path', () => {
    // (1 + 0.5 + 0 + 1 + 0 + 0.5) / 6 × 100 = 50
    expect(r.governance).toBe(50)
    expect(r.contributesToCommons).toBe(true)
    // C = 0.7 × (100 − 44.4125) + 0.3 × 50 = 38.91125 + 15 = 53.91125 → level 3
    expect(r.pathScore).toBeCloseTo(53.91125, 10)
    expect(r.level).toBe(3)
  })

  it('values and contradictions', () => {
    // commons: l = 1 (gsuite, w 3), 0 (framadrive, w 2), 0.5 (eurochat, w 1), 1 (mega-login, w 3)
    // P = 100 × (1 − 6.5 / 9) = 27.77…; I = 100; gap = 72.22…
    const commons = r.values.find((v) => v.value === 'commons')
    expect(commons?.practice).toBeCloseTo(100 * (1 - 6.5 / 9), 10)
    expect(commons?.gap).toBeCloseTo(100 * (6.5 / 9), 10)
    // sobriety from gov_sobriety 'no': 0; democracy from gov_board: 50; security: (0 + 1) / 2 = 50
    expect(r.values.find((v) => v.value === 'sobriety')?.practice).toBe(0)
    expect(r.values.find((v) => v.value === 'democracy')?.practice).toBe(50)
    expect(r.values.find((v) => v.value === 'security')?.practice).toBe(50)
    expect(r.values.find((v) => v.value === 'accessibility')?.practice).toBeNull()
    // only commons is rated
    expect(r.contradictions).toEqual(['commons'])
  })

  it('completeness', () => {
    // functions: 5 + 4 + 1 + 5 + 0 + 5 = 20 of 5 + 5 + 1 + 5 + 1 + 5 = 22
    // profile 2 / 2, scales 1 / 9, governance 6 / 6 → 29 / 39
    expect(r.completeness).toEqual({ answered: 29, applicable: 39, ratio: 29 / 39 })
  })

  it('is empty but well-formed with no answers', () => {
    const e = score(questionnaire, catalogue, {})
    expect(e.dependencyIndex).toBeNull()
    expect(e.concentration).toBeNull()
    expect(e.vendorShares).toEqual([])
    expect(e.governance).toBeNull()
    expect(e.pathScore).toBeNull()
    expect(e.level).toBeNull()
    expect(e.contradictions).toEqual([])
    expect(e.values.every((v) => v.practice === null && v.gap === null)).toBe(true)
    expect(e.completeness.answered).toBe(0)
  })

  it('ignores a hidden function question and keys that are not questions', () => {
    const withHidden = {
      ...answers,
      fn_website: used(['megaMail'], { criticality: 'vital' }),
      toString: unused,
    }
    expect(score(questionnaire, catalogue, withHidden)).toEqual(r)
    expect(scoreFunctions(questionnaire, withHidden, indexTools(catalogue))).toHaveLength(6)
  })

  it('exports WEIGHTS', () => {
    expect(WEIGHTS.exposure.businessModel).toBe(0.25)
  })
})

describe('sanity check on examples (DOMAIN property 5)', () => {
  it('an organisation entirely on the dominant platforms lands on level 1 or 2', () => {
    const r = score(questionnaire, catalogue, {
      fn_email: used(['gsuite'], { criticality: 'important', data: 'personal', exit: 'notChecked' }), // 59.85
      fn_files: used(['gsuite'], { criticality: 'vital', data: 'personal', exit: 'notChecked' }), // 66.5
      fn_office: used(['gsuite'], { criticality: 'important', data: 'internal', exit: 'notChecked' }), // 56.7
      fn_chat: used(['megaMail'], { criticality: 'important', data: 'internal', exit: 'notChecked' }), // 81
      fn_search: used(['searchco'], { criticality: 'minor', data: 'public', exit: 'notChecked' }), // 54.4
      fn_identity: used(['megaLogin'], { criticality: 'vital', data: 'personal', exit: 'notChecked' }), // 95
      gov_strategy: single('no'),
      gov_board: single('no'),
      gov_backups: single('partly'),
      gov_2fa: single('partly'),
      gov_sobriety: single('no'),
      gov_commons: single('no'),
    })
    // DI = 413.45 / 6 = 68.908…; G = 1 / 6 × 100 = 16.67; C = 0.7 × 31.09 + 5 = 26.76
    expect(r.dependencyIndex).toBeCloseTo(413.45 / 6, 10)
    expect(r.pathScore).toBeCloseTo(0.7 * (100 - 413.45 / 6) + 0.3 * (100 / 6), 10)
    expect([1, 2]).toContain(r.level)
  })

  it('an organisation on self-hosted and ethical-host tools lands on level 4 or 5', () => {
    const ethicalMail = other({
      name: 'Ethical mail',
      vendor: 'Coop',
      jurisdiction: 'self-or-ethical-eu',
      licence: 'libre',
      businessModel: 'public-or-commons',
      export: 'full',
      hosting: 'ethical-host',
    })
    const r = score(questionnaire, catalogue, {
      fn_email: used([ethicalMail], { criticality: 'vital', data: 'personal', exit: 'exportPossible' }), // 0
      fn_files: used(['framadrive'], { criticality: 'vital', data: 'sensitive', exit: 'notChecked' }), // 0
      fn_office: used(['libreoffice'], { criticality: 'important', data: 'internal', exit: 'exitTested' }), // 0
      // 100 × 0.075 × 1.0 × 0.9 × 0.95 = 6.4125
      fn_chat: used(['whisper'], { criticality: 'vital', data: 'internal', exit: 'exportPossible' }),
      fn_search: unused,
      fn_identity: used(['keycloak'], { criticality: 'vital', data: 'personal', exit: 'exitTested' }), // 0
      gov_strategy: single('yes'),
      gov_board: single('yes'),
      gov_backups: single('partly'),
      gov_2fa: single('yes'),
      gov_sobriety: single('partly'),
      gov_commons: single('yes'),
    })
    // DI = 6.4125 / 5 = 1.2825; G = 5 / 6 × 100; C = 0.7 × 98.7175 + 25 = 94.10 → level 5
    expect(r.dependencyIndex).toBeCloseTo(1.2825, 10)
    expect([4, 5]).toContain(r.level)
    expect(r.level).toBe(5)
  })
})
