/**
 * Version-1 files and drafts keep opening and scoring exactly as before: read as the app reads
 * them, checked against version 1, and scored through the registry with the content of the
 * version they record. The numbers are the ones worked out by hand for these files in
 * tests/unit/examples.test.ts (kept here too: examples/ may move on to version 2, these fixtures
 * never do).
 */
import { describe, expect, it } from 'vitest'
import { checkAssessment } from '@/domain/assessment/check'
import { loadContent } from '@/domain/registry'
import { score, scoreAssessment } from '@/domain/scoring'
import type { Result } from '@/domain/scoring/types'
import { draftRecord, exampleAssessment, v1, type ExampleFile } from './fixtures'

interface Headline {
  dependencyIndex: number
  concentration: number
  governance: number
  pathScore: number
  level: number
}

// From tests/unit/examples.test.ts, where each is derived step by step from the method.
const BY_HAND: Record<ExampleFile, Headline> = {
  'small-association-dominant.json': {
    dependencyIndex: 759.6725 / 12,
    concentration: 22.88,
    governance: 25,
    pathScore: 0.7 * (100 - 759.6725 / 12) + 7.5,
    level: 2,
  },
  'mid-size-in-transition.json': {
    dependencyIndex: 38.511875,
    concentration: 15.36,
    governance: (100 * 7) / 12,
    pathScore: 60.5416875,
    level: 3,
  },
  'ethical-self-hosted.json': {
    dependencyIndex: 29.33125 / 12,
    concentration: 3825 / 841,
    governance: (100 * 12) / 13,
    pathScore: 0.7 * (100 - 29.33125 / 12) + (0.3 * 1200) / 13,
    level: 5,
  },
}

/** The numbers a person sees, function by function and overall. */
function numbers(result: Result) {
  return {
    functions: result.functions.map((f) => [f.functionId, f.status, f.exposure, f.dependency]),
    dependencyIndex: result.dependencyIndex,
    concentration: result.concentration,
    values: result.values.map((v) => [v.value, v.practice, v.gap]),
    contradictions: result.contradictions,
    governance: result.governance,
    pathScore: result.pathScore,
    level: result.level,
    completeness: result.completeness,
    singlePointsOfFailure: result.singlePointsOfFailure,
  }
}

async function scoredByTheApp(assessment: Parameters<typeof scoreAssessment>[1]): Promise<Result> {
  const content = await loadContent(assessment.questionnaireVersion)
  if (!content) throw new Error(`no content for version ${assessment.questionnaireVersion}`)
  return scoreAssessment(content, assessment)
}

describe.each(Object.keys(BY_HAND) as ExampleFile[])('tests/fixtures/v1/%s', (name) => {
  const assessment = exampleAssessment(name)

  it('opens as a version-1 assessment that fits version 1', () => {
    expect(assessment.questionnaireVersion).toBe(1)
    expect(checkAssessment(assessment, v1.questionnaire, v1.catalogue)).toEqual([])
  })

  it('scores through the registry exactly as version 1 scores the same answers', async () => {
    const result = await scoredByTheApp(assessment)
    expect(result.questionnaireVersion).toBe(1)
    expect(result.catalogueVersion).toBe(v1.catalogue.version)
    expect(numbers(result)).toEqual(numbers(score(v1.questionnaire, v1.catalogue, assessment.answers)))
  })

  it('keeps the headline numbers worked out by hand', async () => {
    const result = await scoredByTheApp(assessment)
    const expected = BY_HAND[name]
    expect(result.dependencyIndex).toBeCloseTo(expected.dependencyIndex, 6)
    expect(result.concentration).toBeCloseTo(expected.concentration, 6)
    expect(result.governance).toBeCloseTo(expected.governance, 6)
    expect(result.pathScore).toBeCloseTo(expected.pathScore, 6)
    expect(result.level).toBe(expected.level)
    // Version 1 never asks who holds the keys: fragility is unknown and caps nothing.
    expect(result.fragility).toBeNull()
    expect(result.levelCap).toBeNull()
  })
})

describe('tests/fixtures/v1/draft-record.json (a draft stored before version 2)', () => {
  const record = draftRecord()

  it('reads as the current draft, answered with version 1', () => {
    expect(record.status).toBe('draft')
    expect(record.assessment.id).toBe('fixture-v1-draft')
    expect(record.assessment.questionnaireVersion).toBe(1)
    expect(checkAssessment(record.assessment, v1.questionnaire, v1.catalogue)).toEqual([])
  })

  it('scores through the registry exactly as version 1 scores the same answers', async () => {
    const result = await scoredByTheApp(record.assessment)
    expect(result.catalogueVersion).toBe(v1.catalogue.version)
    expect(numbers(result)).toEqual(numbers(score(v1.questionnaire, v1.catalogue, record.assessment.answers)))
    // Its version-1 non-tools still count as answered tools there (they score as tools in version 1).
    expect(result.functions.find((f) => f.functionId === 'genai')?.status).toBe('scored')
  })
})
