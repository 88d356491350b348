import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { vi } from 'vitest'
import AssessmentImport from '@/components/app/AssessmentImport.vue'
import { serialiseAssessmentFile, toAssessmentFile } from '@/domain/assessment/file'
import type { Assessment } from '@/domain/assessment/types'
import { questionnaire } from '@/domain/questionnaire/bank'
import { mountWithApp } from '../support/mount'

const assessment: Assessment = {
  id: 'imported',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  answers: {
    'profile.name': { kind: 'text', value: 'Les Amis' },
    'value.privacy': { kind: 'scale', value: 4 },
  },
}

async function choose(wrapper: ReturnType<typeof mountWithApp>, text: string) {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [new File([text], 'a.json')], configurable: true })
  await input.trigger('change')
  await vi.waitFor(async () => {
    await flushPromises()
    if (!wrapper.emitted('imported') && !wrapper.find('[role="alert"]').exists()) throw new Error('not yet')
  })
}

describe('AssessmentImport', () => {
  it('emits the assessment of a valid exported file', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    await choose(
      wrapper,
      serialiseAssessmentFile(toAssessmentFile(assessment, new Date('2026-11-03T00:00:00Z'))),
    )
    expect(wrapper.emitted('imported')).toEqual([[assessment]])
  })

  it('refuses a file that is not JSON, in plain words, and changes nothing', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    await choose(wrapper, 'hello, I am a CSV')
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'ce n’est pas un fichier JSON. Rien n’a été modifié.',
    )
    expect(wrapper.emitted('imported')).toBeUndefined()
  })

  it('refuses JSON that is not an assessment file', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    await choose(wrapper, '{"hello": 1}')
    expect(wrapper.get('[role="alert"]').text()).toContain('n’est pas un diagnostic enregistré par cet outil')
  })

  it('refuses an assessment answered against an unknown questionnaire version', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    const future = { ...assessment, questionnaireVersion: 99 }
    await choose(wrapper, serialiseAssessmentFile(toAssessmentFile(future, new Date())))
    expect(wrapper.get('[role="alert"]').text()).toContain('une autre version du questionnaire')
    expect(wrapper.get('.mono').text()).toContain('unknown questionnaire version 99')
  })

  it('refuses answers to questions this questionnaire does not have', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    const odd = {
      ...assessment,
      answers: { ...assessment.answers, 'fn.teleportation': { kind: 'dontKnow' } },
    }
    await choose(wrapper, JSON.stringify(toAssessmentFile(odd as Assessment, new Date())))
    expect(wrapper.get('[role="alert"]').text()).toContain('des réponses que ce questionnaire ne connaît pas')
    expect(wrapper.emitted('imported')).toBeUndefined()
  })
})
