import { describe, expect, it } from 'vitest'
import { functionQuestion } from '../../../src/domain/questionnaire/bank'
import type { FunctionQuestion } from '../../../src/domain/questionnaire/types'
import type { FunctionScore } from '../../../src/domain/scoring/types'
import {
  dependencyIndex,
  functionDependency,
  given,
  indexTools,
  primaryTool,
  resolveTools,
  scoreFunction,
  subAnswersOf,
} from '../../../src/domain/scoring/dependency'
import { catalogueToolExposure } from '../../../src/domain/scoring/exposure'
import { TOOLS, catalogue, other, unused, used } from './fixtures'

const tools = indexTools(catalogue)
const emailQ: FunctionQuestion = { ...functionQuestion('email'), id: 'fn_email', labelKey: 'x' }

describe('indexTools', () => {
  it('indexes every catalogue tool by id', () => {
    expect(tools.size).toBe(10)
    expect(tools.get('gsuite')).toBe(TOOLS.gsuite)
  })
})

describe('given', () => {
  it('drops undefined and dontKnow', () => {
    expect(given('vital')).toBe('vital')
    expect(given('dontKnow')).toBeUndefined()
    expect(given(undefined)).toBeUndefined()
  })
})

describe('functionDependency', () => {
  it('multiplies X by the three modifiers', () => {
    // D = 100 × 0.7 × 0.9 (important) × 0.95 (personal) × 1.0 (notChecked) = 59.85
    expect(functionDependency(0.7, 'important', 'personal', 'notChecked')).toBeCloseTo(59.85, 10)
    // D = 100 × 0.8 × 0.8 (minor) × 0.85 (public) × 0.85 (exitTested) = 64 × 0.7225 = 46.24
    expect(functionDependency(0.8, 'minor', 'public', 'exitTested')).toBeCloseTo(46.24, 10)
    // D = 100 × 0.375 × 0.9 (internal) × 0.95 (exportPossible) × 1.0 (vital) = 32.0625
    expect(functionDependency(0.375, 'vital', 'internal', 'exportPossible')).toBeCloseTo(32.0625, 10)
  })

  it('takes the middle of each range when a sub-answer is unknown', () => {
    // D = 100 × 0.375 × 0.9 × 0.925 × 0.925 = 33.75 × 0.855625 = 28.87734375
    expect(functionDependency(0.375, undefined, undefined, undefined)).toBeCloseTo(28.87734375, 10)
  })

  it('is exactly 100 at the maximum and 0 at no exposure', () => {
    expect(functionDependency(1, 'vital', 'sensitive', 'notChecked')).toBe(100)
    expect(functionDependency(0, 'vital', 'sensitive', 'notChecked')).toBe(0)
  })
})

describe('resolveTools and primaryTool', () => {
  it('ignores catalogue ids missing from the catalogue and repeated tools', () => {
    const r = resolveTools(used(['gsuite', 'no-such-tool', 'gsuite', other()]).tools, tools)
    expect(r.map((t) => t.toolId)).toEqual(['gsuite', 'other:Thing'])
  })

  it('picks the highest exposure, ties broken by tool id', () => {
    const g = catalogueToolExposure(TOOLS.gsuite)
    const w = catalogueToolExposure(TOOLS.whisper)
    expect(primaryTool([w, g])?.toolId).toBe('gsuite')
    const mail = catalogueToolExposure(TOOLS.megaMail)
    const login = catalogueToolExposure(TOOLS.megaLogin)
    // both X = 1: 'mega-login' < 'mega-mail'
    expect(primaryTool([mail, login])?.toolId).toBe('mega-login')
    expect(primaryTool([login, mail])?.toolId).toBe('mega-login')
    expect(primaryTool([])).toBeUndefined()
  })
})

describe('subAnswersOf', () => {
  it('keeps given sub-answers only', () => {
    expect(
      subAnswersOf(used(['gsuite'], { criticality: 'vital', data: 'dontKnow', stance: 'deliberate' })),
    ).toEqual({
      criticality: 'vital',
      stance: 'deliberate',
    })
  })
})

describe('scoreFunction', () => {
  it('unanswered → unknown, not scored', () => {
    expect(scoreFunction(emailQ, undefined, tools)).toEqual({
      functionId: 'email',
      status: 'unknown',
      tools: [],
      exposure: null,
      dependency: null,
    })
  })

  it('unused → unused, not scored', () => {
    const s = scoreFunction(emailQ, unused, tools)
    expect(s.status).toBe('unused')
    expect(s.dependency).toBeNull()
  })

  it('use dontKnow, tool unknown without tool, or only unknown ids → unknown', () => {
    expect(scoreFunction(emailQ, { kind: 'function', use: 'dontKnow', tools: [] }, tools).status).toBe(
      'unknown',
    )
    expect(scoreFunction(emailQ, used([], { toolUnknown: true }), tools).status).toBe('unknown')
    expect(scoreFunction(emailQ, used(['no-such-tool']), tools).status).toBe('unknown')
    expect(scoreFunction(emailQ, { kind: 'dontKnow' }, tools).status).toBe('unknown')
  })

  it('scores on the highest exposure among several tools', () => {
    const s = scoreFunction(
      emailQ,
      used(['whisper', 'gsuite'], {
        criticality: 'vital',
        data: 'sensitive',
        exit: 'exitTested',
        stance: 'default',
      }),
      tools,
    )
    expect(s.status).toBe('scored')
    expect(s.tools.map((t) => t.toolId)).toEqual(['whisper', 'gsuite'])
    expect(s.exposure).toBeCloseTo(0.7, 12)
    // D = 100 × 0.7 × 1.0 × 1.0 × 0.85 = 59.5
    expect(s.dependency).toBeCloseTo(59.5, 10)
    expect(s.criticality).toBe('vital')
    expect(s.stance).toBe('default')
  })

  it('a chosen tool with toolUnknown still scores', () => {
    const s = scoreFunction(emailQ, used(['eurochat'], { toolUnknown: true, criticality: 'dontKnow' }), tools)
    expect(s.status).toBe('scored')
    expect(s.criticality).toBeUndefined()
    // D = 100 × 0.375 × 0.9 × 0.925 × 0.925 = 28.87734375
    expect(s.dependency).toBeCloseTo(28.87734375, 10)
  })
})

describe('dependencyIndex', () => {
  const f = (status: FunctionScore['status'], dependency: number | null): FunctionScore => ({
    functionId: 'email',
    status,
    tools: [],
    exposure: null,
    dependency,
  })

  it('is the plain mean of D over scored functions', () => {
    // (59.85 + 46.24) / 2 = 53.045
    expect(
      dependencyIndex([f('scored', 59.85), f('unused', null), f('unknown', null), f('scored', 46.24)]),
    ).toBeCloseTo(53.045, 10)
  })

  it('is null when nothing is scored', () => {
    expect(dependencyIndex([f('unused', null), f('unknown', null)])).toBeNull()
    expect(dependencyIndex([])).toBeNull()
  })
})
