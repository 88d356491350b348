/**
 * docs/methodology.md quotes the numbers of WEIGHTS by hand (the app's method page reads them
 * directly). These checks make the document fail the build when a weight changes without it.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WEIGHTS } from '@/domain/scoring'

const doc = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8')
const two = (n: number) => n.toFixed(2)

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
})
