import type { FunctionAnswer } from '@/domain/assessment/types'
import { functionQuestion } from '../../../src/domain/questionnaire/bank'
import type { Questionnaire } from '@/domain/questionnaire/types'

/**
 * A small hand-built questionnaire, independent of the real bank:
 * - `org`: a required single choice, a multiple choice, an optional text, and a required
 *   text shown only when `org.kind` is `other`;
 * - `values`: a scale and a question shown only when that scale is 4 or 5;
 * - `tools`: one function question (required) and a question shown when a multiple choice
 *   includes `b`.
 */
export const fixture: Questionnaire = {
  id: 'test',
  version: 1,
  asOf: '2025-01-01',
  sections: [
    {
      id: 'org',
      titleKey: 's.org',
      questions: [
        {
          id: 'org.kind',
          kind: 'single',
          labelKey: 'q.kind',
          required: true,
          options: [
            { value: 'association', labelKey: 'o.association' },
            { value: 'other', labelKey: 'o.other' },
          ],
        },
        {
          id: 'org.activities',
          kind: 'multiple',
          labelKey: 'q.activities',
          options: [
            { value: 'a', labelKey: 'o.a' },
            { value: 'b', labelKey: 'o.b' },
          ],
        },
        { id: 'org.notes', kind: 'text', labelKey: 'q.notes' },
        {
          id: 'org.kindOther',
          kind: 'text',
          labelKey: 'q.kindOther',
          required: true,
          showIf: { questionId: 'org.kind', anyOf: ['other'] },
        },
      ],
    },
    {
      id: 'values',
      titleKey: 's.values',
      questions: [
        {
          id: 'values.privacy',
          kind: 'scale',
          labelKey: 'q.privacy',
          minLabelKey: 'min',
          maxLabelKey: 'max',
        },
        {
          id: 'values.privacyWhy',
          kind: 'text',
          labelKey: 'q.privacyWhy',
          showIf: { questionId: 'values.privacy', anyOf: ['4', '5'] },
        },
      ],
    },
    {
      id: 'tools',
      titleKey: 's.tools',
      questions: [
        { ...functionQuestion('email'), labelKey: 'q.email', required: true },
        {
          id: 'tools.b',
          kind: 'single',
          labelKey: 'q.b',
          options: [{ value: 'yes', labelKey: 'o.yes' }],
          showIf: { questionId: 'org.activities', anyOf: ['b'] },
        },
      ],
    },
  ],
}

export function section(id: string) {
  const found = fixture.sections.find((s) => s.id === id)
  if (!found) throw new Error(`no section ${id} in the fixture`)
  return found
}

export function question(id: string) {
  for (const s of fixture.sections) {
    const found = s.questions.find((q) => q.id === id)
    if (found) return found
  }
  throw new Error(`no question ${id} in the fixture`)
}

/** A function answer with every follow-up given. */
export const fullFunctionAnswer: FunctionAnswer = {
  kind: 'function',
  use: 'used',
  tools: [{ kind: 'catalogue', toolId: 'gmail' }],
  criticality: 'vital',
  data: 'personal',
  exit: 'notChecked',
  stance: 'default',
}
