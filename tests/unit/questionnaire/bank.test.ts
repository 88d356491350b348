import { describe, expect, it } from 'vitest'
import type { FunctionGroup, FunctionId } from '../../../src/domain/catalogue/types'
import {
  VALUE_IDS,
  allQuestions,
  questionnaire,
  type Question,
  type SingleChoiceQuestion,
} from '../../../src/domain/questionnaire'
import {
  FUNCTIONS_BY_GROUP,
  ORGANISATION_NAME_QUESTION,
  organisationName,
} from '../../../src/domain/questionnaire/bank'
import { catalogueV1 as catalogue } from '../../../src/domain/catalogue/v1'
import catalogueV2Json from '../../../src/domain/catalogue/v2/catalogue.json'
import { FUNCTIONS_BY_GROUP_V2, questionnaireV2 } from '../../../src/domain/questionnaire/bank-v2'
import { FUNCTION_GROUPS } from '../../../src/domain/catalogue/values'
import fr from '../../../src/i18n/messages/questionnaire.fr'
import en from '../../../src/i18n/messages/questionnaire.en'

/** Each version of the bank with its catalogue's functions (id and group), as the registry pairs them. */
const v2Functions = (catalogueV2Json as { functions: { id: FunctionId; group: FunctionGroup }[] }).functions
const VERSIONS = [
  { bank: questionnaire, functions: catalogue.functions, order: FUNCTIONS_BY_GROUP },
  { bank: questionnaireV2, functions: v2Functions, order: FUNCTIONS_BY_GROUP_V2 },
] as const

const questions = allQuestions(questionnaire)

/** The text at a key such as `q.profile.name.label` in a file mounted at `q`, if it is a string. */
function resolveKey(messages: unknown, key: string): string | undefined {
  if (!key.startsWith('q.')) return undefined
  let node: unknown = messages
  for (const part of key.slice(2).split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** Every leaf of a message file as [dotted path, text]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[prefix, node]]
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

function keysOf(question: Question): string[] {
  const keys = [question.labelKey]
  if (question.helpKey) keys.push(question.helpKey)
  if (question.kind === 'single' || question.kind === 'multiple') {
    keys.push(...question.options.map((o) => o.labelKey))
  }
  if (question.kind === 'scale') keys.push(question.minLabelKey, question.maxLabelKey)
  if (question.kind === 'function') {
    for (const f of question.followUps) keys.push(f.labelKey, f.helpKey, ...f.options.map((o) => o.labelKey))
    keys.push(question.reason.labelKey, question.reason.helpKey)
  }
  return keys
}

const usedKeys = VERSIONS.flatMap(({ bank }) => [
  ...bank.sections.flatMap((s) => (s.introKey ? [s.titleKey, s.introKey] : [s.titleKey])),
  ...allQuestions(bank).flatMap(keysOf),
])

const governance = questionnaire.sections.find((s) => s.id === 'governance')
const governanceQuestions = governance?.questions ?? []

describe('the question bank', () => {
  it('has an id, a version and a date', () => {
    expect(questionnaire.id).toBe('autonomie-numerique')
    expect(questionnaire.version).toBe(1)
    expect(questionnaire.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('has the sections in order', () => {
    expect(questionnaire.sections.map((s) => s.id)).toEqual([
      'profile',
      'collaborate',
      'communicateInside',
      'communicateOutside',
      'runOrganisation',
      'values',
      'governance',
    ])
  })

  it.each(VERSIONS)(
    'has one tools section per catalogue group, each function under its own group, once (v$bank.version)',
    ({ bank, functions, order }) => {
      for (const fn of functions) expect(order[fn.group], fn.id).toContain(fn.id)
      const ordered = Object.values(order).flat()
      expect([...ordered].sort()).toEqual(functions.map((fn) => fn.id).sort())
      expect(Object.keys(order)).toEqual([...FUNCTION_GROUPS])
      const toolSections = bank.sections.filter((s) => s.questions.some((q) => q.kind === 'function'))
      expect(toolSections.map((s) => s.id)).toEqual([...FUNCTION_GROUPS])
      for (const section of toolSections) {
        const ids = section.questions.flatMap((q) => (q.kind === 'function' ? [q.functionId] : []))
        expect(ids, section.id).toEqual(order[section.id as FunctionGroup])
      }
    },
  )

  it('has unique question ids, and unique section ids', () => {
    const ids = questions.map((q) => q.id)
    expect(new Set(ids).size).toBe(ids.length)
    const sectionIds = questionnaire.sections.map((s) => s.id)
    expect(new Set(sectionIds).size).toBe(sectionIds.length)
  })

  it('has unique option values within each question', () => {
    for (const q of questions) {
      if (q.kind !== 'single' && q.kind !== 'multiple') continue
      const values = q.options.map((o) => o.value)
      expect(new Set(values).size, q.id).toBe(values.length)
      expect(values.length, q.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('requires the organisation name and nothing else', () => {
    expect(questions.filter((q) => q.required).map((q) => q.id)).toEqual(['profile.name'])
  })

  it.each(VERSIONS)(
    'asks about every function of its catalogue exactly once, as fn.<id> (v$bank.version)',
    ({ bank, functions }) => {
      const fnQuestions = allQuestions(bank).filter((q) => q.kind === 'function')
      for (const { id } of functions) {
        const matching = fnQuestions.filter((q) => q.functionId === id)
        expect(
          matching.map((q) => q.id),
          id,
        ).toEqual([`fn.${id}`])
      }
      expect(fnQuestions).toHaveLength(functions.length)
    },
  )

  it('has one importance scale per value', () => {
    for (const value of VALUE_IDS) {
      const matching = questions.filter(
        (q) => q.kind === 'scale' && q.scoring?.kind === 'importance' && q.scoring.value === value,
      )
      expect(
        matching.map((q) => q.id),
        value,
      ).toEqual([`value.${value}`])
    }
  })

  it('scores every governance question with options and the values it stands for', () => {
    expect(governanceQuestions.length).toBeGreaterThanOrEqual(10)
    for (const q of governanceQuestions) {
      expect(q.id.startsWith('gov.'), q.id).toBe(true)
      expect(q.kind, q.id).toBe('single')
      const single = q as SingleChoiceQuestion
      expect(single.scoring?.kind, q.id).toBe('governance')
      if (single.scoring?.kind !== 'governance') continue
      expect(single.scoring.values.length, q.id).toBeGreaterThan(0)
      for (const v of single.scoring.values) expect(VALUE_IDS, q.id).toContain(v)
      for (const o of single.options) expect([0, 0.5, 1], `${q.id} ${o.value}`).toContain(o.score)
      // Someone has to be able to reach the top: each practice offers a full-score answer.
      expect(
        single.options.some((o) => o.score === 1),
        q.id,
      ).toBe(true)
    }
    const commons = governanceQuestions.filter(
      (q) => q.kind === 'single' && q.scoring?.kind === 'governance' && q.scoring.commons === true,
    )
    expect(commons.length).toBeGreaterThanOrEqual(1)
  })

  it('scores only governance questions with options scores', () => {
    for (const q of questions) {
      if (q.kind !== 'single' || q.scoring?.kind === 'governance') continue
      for (const o of q.options) expect(o.score, `${q.id} ${o.value}`).toBeUndefined()
    }
  })

  it('points every showIf to an earlier closed question and to options it has', () => {
    const withCondition = questions.filter((q) => q.showIf)
    expect(withCondition.length).toBeGreaterThanOrEqual(1)
    questions.forEach((q, index) => {
      if (!q.showIf) return
      const targetIndex = questions.findIndex((t) => t.id === q.showIf?.questionId)
      expect(targetIndex, q.id).toBeGreaterThanOrEqual(0)
      expect(targetIndex, q.id).toBeLessThan(index)
      const target = questions[targetIndex]
      if (!target || (target.kind !== 'single' && target.kind !== 'multiple')) {
        throw new Error(`${q.id}: showIf must point to a choice question`)
      }
      expect(q.showIf.anyOf.length, q.id).toBeGreaterThan(0)
      const values = target.options.map((o) => o.value)
      for (const v of q.showIf.anyOf) expect(values, q.id).toContain(v)
      // isVisible reads one condition only: a condition on a conditional question would leave
      // a stale follow-up visible once its parent is hidden again. The bank must not chain them.
      expect(target.showIf, `${q.id} depends on ${target.id}, itself conditional`).toBeUndefined()
    })
  })
})

describe('the question bank texts', () => {
  it('follows the key scheme', () => {
    for (const q of questions) {
      expect(q.labelKey).toBe(`q.${q.id}.label`)
      expect(q.helpKey).toBe(`q.${q.id}.help`)
      if (q.kind === 'single' || q.kind === 'multiple') {
        for (const o of q.options) expect(o.labelKey).toBe(`q.${q.id}.options.${o.value}`)
      }
    }
  })

  it.each([
    ['fr', fr],
    ['en', en],
  ])('resolves every key of the bank to a text in %s', (_, messages) => {
    for (const key of usedKeys) {
      const text = resolveKey(messages, key)
      expect(text, key).toBeTypeOf('string')
      expect(text?.trim(), key).not.toBe('')
    }
  })

  it('has the same keys in French and English', () => {
    const frKeys = leaves(fr)
      .map(([k]) => k)
      .sort()
    const enKeys = leaves(en)
      .map(([k]) => k)
      .sort()
    expect(enKeys).toEqual(frKeys)
  })

  it('has no text left unused by the bank', () => {
    const used = new Set(usedKeys.map((k) => k.slice(2)))
    expect(
      leaves(fr)
        .map(([k]) => k)
        .filter((k) => !used.has(k)),
    ).toEqual([])
  })

  it.each([
    ['fr', fr],
    ['en', en],
  ])('has only non-empty strings without vue-i18n special characters in %s', (_, messages) => {
    for (const [key, text] of leaves(messages)) {
      expect(text, key).toBeTypeOf('string')
      expect(String(text).trim(), key).not.toBe('')
      // `{'@'}` is the one allowed way to write an at sign; anything else with these characters is parsed.
      expect(String(text).replaceAll("{'@'}", ''), key).not.toMatch(/[{}@$|]/)
    }
  })

  it('keeps French spacing: no plain space before ? ! ; : or inside « »', () => {
    for (const [key, text] of leaves(fr)) {
      expect(String(text), key).not.toMatch(/ [?!;:»]|« /)
    }
  })

  it('keeps each help text to one short sentence', () => {
    for (const messages of [fr, en]) {
      for (const [key, text] of leaves(messages)) {
        if (!key.endsWith('.help') || key.startsWith('value.')) continue
        expect(String(text).length, key).toBeLessThanOrEqual(140)
        expect(String(text).slice(0, -1), key).not.toMatch(/[.!?]\s/)
      }
    }
  })
})

describe('organisationName', () => {
  it('reads the name question, trimmed, and treats a blank name as none', () => {
    expect(organisationName({ [ORGANISATION_NAME_QUESTION]: { kind: 'text', value: '  Les Amis ' } })).toBe(
      'Les Amis',
    )
    expect(organisationName({ [ORGANISATION_NAME_QUESTION]: { kind: 'text', value: '   ' } })).toBeUndefined()
    expect(organisationName({})).toBeUndefined()
    expect(questionnaire.sections[0]?.questions[0]?.id).toBe(ORGANISATION_NAME_QUESTION)
  })
})
