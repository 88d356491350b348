/**
 * docs/methodology.md quotes the numbers of WEIGHTS and ADVICE_WEIGHTS by hand (the app's method page reads them
 * directly). These checks make the document fail the build when a weight changes without it.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WEIGHTS } from '@/domain/scoring'
import { ADVICE_WEIGHTS } from '@/domain/advice'
import { KEY_HOLDERS } from '@/domain/assessment/types'

const doc = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8')
const two = (n: number) => n.toFixed(2)
const one = (n: number) => n.toFixed(1)
/** The document with its line breaks folded, for sentences that wrap. */
const flat = doc.replace(/\s+/g, ' ')

describe('docs/methodology.md agrees with WEIGHTS', () => {
  it('states the exposure formula with the current weights', () => {
    const e = WEIGHTS.exposure
    expect(doc).toContain(
      `X = ${two(e.businessModel)}·b + ${two(e.jurisdiction)}·j + ${two(e.licence)}·l + ${two(e.lockIn)}·k + ${two(e.marketPower)}·m`,
    )
  })

  it('states the path formula and the level thresholds', () => {
    expect(doc).toContain(`C = ${WEIGHTS.path.dependency} × (100 − DI) + ${WEIGHTS.path.governance} × G`)
    expect(doc).toContain(`\`levelThresholds\` = ${WEIGHTS.levelThresholds.join(', ')}`)
  })

  it('states the end-to-end encryption factor and the value mixes', () => {
    expect(doc).toContain(`\`e2eeFactor.always\` = ${WEIGHTS.e2eeFactor.always}`)
    const { ethicalModel, reversibility } = WEIGHTS.valueRisk
    expect(doc).toContain(`${ethicalModel.businessModel} b + ${ethicalModel.marketPower} m`)
    expect(doc).toContain(`${reversibility.lockIn} k + ${reversibility.licence} l`)
  })

  it('states the key-holder risks, the fragility formula and the cap (method v2)', () => {
    for (const key of KEY_HOLDERS) {
      expect(doc, key).toMatch(new RegExp(`\\| \`${key}\`:[^|\\n]*\\| ${WEIGHTS.keyHolderRisk[key]} \\|`))
    }
    expect(doc).toContain('F = 100 × Σ w·p / Σ w')
    const { maxFragility, level } = WEIGHTS.fragilityCap
    expect(flat).toContain(
      `levels ${level + 1} and ${WEIGHTS.levelThresholds.length + 1} also need fragility F ≤ ${maxFragility} (\`fragilityCap.maxFragility\`)`,
    )
    expect(flat).toContain(`the level stops at ${level} (\`fragilityCap.level\`)`)
    expect(doc).toContain(`impossible today (v2) ${one(WEIGHTS.exitModifier.impossible)}`)
  })

  it('states the numbers of the action plan', () => {
    const a = ADVICE_WEIGHTS
    expect(flat).toContain(`D ≥ ${a.worthActingOn} (\`worthActingOn\`)`)
    expect(flat).toContain(`low ${a.effort.low}, medium ${a.effort.medium}, high ${a.effort.high}`)
    expect(flat).toContain(`priority = gain × (${a.fitBase} + ${a.fitShare} × fit) / effort`)
    expect(flat).toContain(`effort ≤ ${a.quickWin.maxEffort} and gain ≥ ${a.quickWin.minGain} (\`quickWin\`)`)
    expect(flat).toContain(`the first **${a.sixMonthPlanSize}** (\`sixMonthPlanSize\`)`)
    expect(flat).toContain(`an organisation of ${a.cost.referenceUsers} people (\`cost.referenceUsers\`)`)
  })

  it('links to the routes document, which exists', () => {
    expect(doc).toContain('](routes.md)')
    expect(readFileSync(new URL('../../docs/routes.md', import.meta.url), 'utf8')).toMatch(/^# /)
  })
})
