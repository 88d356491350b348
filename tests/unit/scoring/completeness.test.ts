import { describe, expect, it } from 'vitest'
import { completeness, functionUnits } from '../../../src/domain/scoring/completeness'
import { indexTools } from '../../../src/domain/scoring/dependency'
import { functionQuestion } from '../../../src/domain/questionnaire/bank'
import { catalogue, dontKnow, other, questionnaire, scale, single, unused, used } from './fixtures'

const tools = indexTools(catalogue)
/** Version 1's function question: four follow-ups. */
const emailQ = functionQuestion('email')

describe('functionUnits', () => {
  it('unanswered or use unknown: one unit, not answered', () => {
    expect(functionUnits(emailQ, undefined, tools)).toEqual({ answered: 0, applicable: 1 })
    expect(functionUnits(emailQ, { kind: 'function', use: 'dontKnow', tools: [] }, tools)).toEqual({
      answered: 0,
      applicable: 1,
    })
  })

  it('unused: one unit, answered', () => {
    expect(functionUnits(emailQ, unused, tools)).toEqual({ answered: 1, applicable: 1 })
  })

  it('used: tool + four sub-answers', () => {
    // tool 1, criticality 1, data 0 (dontKnow), exit 1, stance 0 (missing) → 3 of 5
    expect(
      functionUnits(
        emailQ,
        used(['gsuite'], { criticality: 'vital', data: 'dontKnow', exit: 'exitTested' }),
        tools,
      ),
    ).toEqual({
      answered: 3,
      applicable: 5,
    })
    // tool unknown without tool: tool unit missing; criticality given → 1 of 5
    expect(functionUnits(emailQ, used([], { toolUnknown: true, criticality: 'vital' }), tools)).toEqual({
      answered: 1,
      applicable: 5,
    })
    // only an id missing from the catalogue: tool unit missing
    expect(functionUnits(emailQ, used(['no-such-tool']), tools)).toEqual({ answered: 0, applicable: 5 })
  })

  it('a described tool adds one unit per fact', () => {
    const a = used([other({ licence: 'dontKnow', hosting: 'dontKnow' })], {
      criticality: 'minor',
      data: 'public',
      exit: 'notChecked',
      stance: 'deliberate',
    })
    // 5 + 5 applicable; answered: tool 1 + 4 sub-answers + 3 known facts = 8
    expect(functionUnits(emailQ, a, tools)).toEqual({ answered: 8, applicable: 10 })
  })
})

describe('completeness', () => {
  const answers = {
    org_name: { kind: 'text', value: 'Asso' } as const, // text: not counted
    has_website: single('no'), // 1 / 1, and hides fn_website
    // channels unanswered: 0 / 1
    fn_email: used(['gsuite'], { criticality: 'vital', data: 'dontKnow', exit: 'exitTested' }), // 3 / 5
    fn_files: used([other({ licence: 'dontKnow', hosting: 'dontKnow' })], {
      criticality: 'minor',
      data: 'public',
      exit: 'notChecked',
      stance: 'deliberate',
    }), // 8 / 10
    fn_office: unused, // 1 / 1
    fn_chat: { kind: 'function', use: 'dontKnow', tools: [] } as const, // 0 / 1
    // fn_search unanswered: 0 / 1
    fn_identity: used([], { toolUnknown: true, criticality: 'vital' }), // 1 / 5
    imp_privacy: scale(5), // 1 / 1
    imp_commons: dontKnow, // 0 / 1, and 7 more scales unanswered: 0 / 7
    gov_strategy: single('yes'), // 1 / 1
    gov_board: dontKnow, // 0 / 1, and 4 more unanswered: 0 / 4
  }

  it('counts answered over applicable units of visible closed questions', () => {
    // applicable = 2 (profile) + 5 + 10 + 1 + 1 + 1 + 5 (functions) + 9 (scales) + 6 (governance) = 40
    // answered   = 1 + 3 + 8 + 1 + 0 + 0 + 1 + 1 + 1 = 16
    expect(completeness(questionnaire, answers, tools)).toEqual({ answered: 16, applicable: 40, ratio: 0.4 })
  })

  it('a question shown by an earlier answer becomes applicable', () => {
    // fn_website now visible and unanswered: 16 / 41
    expect(completeness(questionnaire, { ...answers, has_website: single('yes') }, tools)).toEqual({
      answered: 16,
      applicable: 41,
      ratio: 16 / 41,
    })
  })

  it('an answer of the wrong kind counts as missing', () => {
    const c = completeness(questionnaire, { fn_email: single('yes'), imp_privacy: single('5') }, tools)
    // nothing answered; fn_website hidden (has_website unanswered): 2 + 6 + 9 + 6 = 23
    expect(c).toEqual({ answered: 0, applicable: 23, ratio: 0 })
  })

  it('ratio is 0 when nothing applies', () => {
    const empty = { ...questionnaire, sections: [] }
    expect(completeness(empty, {}, tools)).toEqual({ answered: 0, applicable: 0, ratio: 0 })
  })
})
