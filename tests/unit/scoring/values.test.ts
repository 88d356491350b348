import { describe, expect, it } from 'vitest'
import type { ValueId } from '../../../src/domain/questionnaire/types'
import type { ValueScore } from '../../../src/domain/scoring/types'
import { catalogueToolExposure } from '../../../src/domain/scoring/exposure'
import { governanceAnswers } from '../../../src/domain/scoring/governance'
import {
  contradictions,
  governancePractice,
  importanceOf,
  importanceRatings,
  isToolValue,
  practiceWeight,
  toolPractice,
  toolValueRisk,
  valueScores,
} from '../../../src/domain/scoring/values'
import { TOOLS, dontKnow, questionnaire, scale, single, unused, used } from './fixtures'
import { scored } from './helpers'

// email: gsuite, vital (w 3), personal (privacy w 3 × 3 = 9): b .2, j 1, l 1, k .5, m 1, hosting 1
// files: framadrive, important (w 2), sensitive (privacy w 2 × 4 = 8): every risk 0, hosting 0.2
// chat: eurochat (X .375) over whisper (X .075), minor (w 1), data unknown (privacy w 1 × 2.5 = 2.5):
//       b .2, j .3, l .5, k .5, m .5, hosting 1
const functions = [
  scored('email', used(['gsuite'], { criticality: 'vital', data: 'personal' })),
  scored('files', used(['framadrive'], { criticality: 'important', data: 'sensitive' })),
  scored('team_chat', used(['whisper', 'eurochat'], { criticality: 'minor' })),
  scored('office', unused),
]

describe('isToolValue', () => {
  it('splits tool-readable values from governance ones', () => {
    expect(
      ['privacy', 'sovereignty', 'commons', 'ethicalModel', 'reversibility'].every((v) =>
        isToolValue(v as ValueId),
      ),
    ).toBe(true)
    expect(
      ['sobriety', 'accessibility', 'democracy', 'security'].some((v) => isToolValue(v as ValueId)),
    ).toBe(false)
  })
})

describe('toolValueRisk', () => {
  const g = catalogueToolExposure(TOOLS.gsuite)
  it('reads the risks of each value', () => {
    expect(toolValueRisk('privacy', g)).toBeCloseTo(0.52, 12) // 0.6·0.2 + 0.4·1
    expect(toolValueRisk('sovereignty', g)).toBeCloseTo(1, 12) // 0.6·1 + 0.4·1
    expect(toolValueRisk('commons', g)).toBe(1) // l
    expect(toolValueRisk('ethicalModel', g)).toBeCloseTo(0.44, 12) // 0.7·0.2 + 0.3·1
    expect(toolValueRisk('reversibility', g)).toBeCloseTo(0.65, 12) // 0.7·0.5 + 0.3·1
    // framadrive sovereignty: 0.6·0 + 0.4·0.2 (ethical host) = 0.08
    expect(toolValueRisk('sovereignty', catalogueToolExposure(TOOLS.framadrive))).toBeCloseTo(0.08, 12)
  })
})

describe('practiceWeight', () => {
  it('criticality weight, times data weight for privacy', () => {
    const [email, files, chat] = functions
    if (!email || !files || !chat) throw new Error('fixture')
    expect(practiceWeight('commons', email)).toBe(3)
    expect(practiceWeight('privacy', email)).toBe(9)
    expect(practiceWeight('privacy', files)).toBe(8)
    expect(practiceWeight('privacy', chat)).toBe(2.5)
  })
})

describe('toolPractice', () => {
  it('privacy weights functions by criticality × data held', () => {
    // email 0.52, files 0, chat 0.6·0.2 + 0.4·0.3 = 0.24
    // P = 100 × (1 − (9·0.52 + 8·0 + 2.5·0.24) / 19.5) = 100 × (1 − 5.28 / 19.5) = 72.923…
    expect(toolPractice('privacy', functions)).toBeCloseTo(100 * (1 - 5.28 / 19.5), 10)
  })

  it('sovereignty reads j and hosting', () => {
    // email 1, files 0.08, chat 0.6·0.3 + 0.4·1 = 0.58
    // P = 100 × (1 − (3·1 + 2·0.08 + 1·0.58) / 6) = 100 × (1 − 3.74 / 6) = 37.666…
    expect(toolPractice('sovereignty', functions)).toBeCloseTo(100 * (1 - 3.74 / 6), 10)
  })

  it('commons, ethical model and reversibility', () => {
    // commons: (3·1 + 2·0 + 1·0.5) / 6 = 3.5 / 6 → P = 41.666…
    expect(toolPractice('commons', functions)).toBeCloseTo(100 * (1 - 3.5 / 6), 10)
    // ethical: email 0.44, chat 0.7·0.2 + 0.3·0.5 = 0.29 → (1.32 + 0.29) / 6 → P = 73.166…
    expect(toolPractice('ethicalModel', functions)).toBeCloseTo(100 * (1 - 1.61 / 6), 10)
    // reversibility: email 0.65, chat 0.7·0.5 + 0.3·0.5 = 0.5 → (1.95 + 0.5) / 6 → P = 59.166…
    expect(toolPractice('reversibility', functions)).toBeCloseTo(100 * (1 - 2.45 / 6), 10)
  })

  it('is null when nothing is scored', () => {
    expect(toolPractice('privacy', [scored('office', unused)])).toBeNull()
  })
})

const answers = {
  gov_board: single('partly'), // democracy 0.5
  gov_backups: single('no'), // security 0
  gov_2fa: dontKnow, // security: left out
  imp_privacy: scale(5), // I 100
  imp_sovereignty: scale(4), // I 75
  imp_commons: scale(2), // I 25
  imp_ethicalModel: scale(4), // I 75
  imp_security: scale(5), // I 100
  imp_democracy: scale(4), // I 75
  imp_sobriety: scale(5), // I 100, no practice
  imp_accessibility: dontKnow,
}

describe('governancePractice', () => {
  const gov = governanceAnswers(questionnaire, answers)
  it('mean of the scores tagged with the value × 100; null when none', () => {
    expect(governancePractice('democracy', gov)).toBe(50)
    expect(governancePractice('security', gov)).toBe(0)
    expect(governancePractice('sobriety', gov)).toBeNull()
    // both security questions answered: (0 + 1) / 2 × 100 = 50
    expect(
      governancePractice(
        'security',
        governanceAnswers(questionnaire, { gov_backups: single('no'), gov_2fa: single('yes') }),
      ),
    ).toBe(50)
  })
})

describe('importance', () => {
  it('I = (rating − 1) / 4 × 100', () => {
    expect([1, 2, 3, 4, 5].map(importanceOf)).toEqual([0, 25, 50, 75, 100])
  })

  it('reads the importance scale of each value; dontKnow and missing give nothing', () => {
    const r = importanceRatings(questionnaire, answers)
    expect(r.get('privacy')).toBe(5)
    expect(r.get('commons')).toBe(2)
    expect(r.has('accessibility')).toBe(false)
    expect(r.has('reversibility')).toBe(false)
  })
})

describe('valueScores and contradictions', () => {
  const values = valueScores(
    functions,
    governanceAnswers(questionnaire, answers),
    importanceRatings(questionnaire, answers),
  )
  const byValue = (v: ValueId) => values.find((x) => x.value === v)

  it('lists every value in VALUE_IDS order with importance, practice and gap', () => {
    expect(values.map((v) => v.value)).toEqual([
      'privacy',
      'sovereignty',
      'commons',
      'ethicalModel',
      'reversibility',
      'sobriety',
      'accessibility',
      'democracy',
      'security',
    ])
    // privacy: 100 − 72.923… = 27.076…
    expect(byValue('privacy')?.gap).toBeCloseTo(100 - 100 * (1 - 5.28 / 19.5), 10)
    // commons: max(0, 25 − 41.67) = 0
    expect(byValue('commons')?.gap).toBe(0)
    // reversibility: not rated → importance and gap null, practice still shown
    expect(byValue('reversibility')).toMatchObject({ rating: null, importance: null, gap: null })
    expect(byValue('reversibility')?.practice).toBeCloseTo(100 * (1 - 2.45 / 6), 10)
    // sobriety: rated but no practice → gap null
    expect(byValue('sobriety')).toEqual({
      value: 'sobriety',
      rating: 5,
      importance: 100,
      practice: null,
      gap: null,
    })
    // democracy: 75 − 50 = 25
    expect(byValue('democracy')?.gap).toBe(25)
  })

  it('contradictions: rated ≥ 4 and gap ≥ 25, largest gap first', () => {
    // security 100 − 0 = 100; sovereignty 75 − 37.67 = 37.33; privacy 27.08; democracy 25 (boundary)
    // ethicalModel 75 − 73.17 = 1.83: no; sobriety: no practice; commons: rated 2
    expect(contradictions(values)).toEqual(['security', 'sovereignty', 'privacy', 'democracy'])
  })

  it('equal gaps follow VALUE_IDS order; rating 3 never counts', () => {
    const v = (value: ValueId, rating: number, gap: number): ValueScore => ({
      value,
      rating,
      importance: null,
      practice: null,
      gap,
    })
    expect(
      contradictions([v('security', 5, 40), v('privacy', 4, 40), v('commons', 3, 50), v('sobriety', 5, 60)]),
    ).toEqual(['sobriety', 'privacy', 'security'])
  })
})
