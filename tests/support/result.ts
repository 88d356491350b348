/** Results for tests of code that reads a Result: nothing in it but what a test sets. */
import type { Result } from '@/domain/scoring/types'

/** An empty Result (no function scored, no score computable) with the given parts. */
export function resultWith(part: Partial<Result> = {}): Result {
  return {
    assessment: null,
    questionnaireId: 'autonomie-numerique',
    questionnaireVersion: 2,
    catalogueVersion: 'test',
    functions: [],
    dependencyIndex: null,
    concentration: null,
    vendorShares: [],
    vendors: [],
    singlePointsOfFailure: [],
    values: [],
    contradictions: [],
    governance: null,
    practices: [],
    pathScore: null,
    level: null,
    levelCap: null,
    contributesToCommons: false,
    fragility: null,
    completeness: { answered: 0, applicable: 0, ratio: 0 },
    ...part,
  }
}
