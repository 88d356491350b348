import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { flushPromises } from '@vue/test-utils'
import { vi } from 'vitest'
import AssessmentImport from '@/components/app/AssessmentImport.vue'
import { parseAssessmentFile, serialiseAssessmentFile, toAssessmentFile } from '@/domain/assessment/file'
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
    // The first file opened loads the catalogue and the schemas: slow on a busy machine.
  }, 10_000)
}

describe('AssessmentImport', () => {
  it('emits the assessment of a valid exported file', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    await choose(
      wrapper,
      serialiseAssessmentFile(toAssessmentFile(assessment, new Date('2026-11-03T00:00:00Z'))),
    )
    expect(wrapper.emitted('imported')).toEqual([
      [{ ok: true, kind: 'assessment', entries: [{ assessment, status: 'draft' }] }],
    ])
  })

  it('shows the chosen file’s name beside the button', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    expect(wrapper.text()).toContain('Aucun fichier choisi')
    await choose(wrapper, 'not json')
    expect(wrapper.text()).toContain('Fichier choisi\u00a0: a.json')
    // The button people see is the input's label, so the input keeps its name.
    const input = wrapper.get('input[type="file"]')
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe(
      'Ouvrir un diagnostic ou une sauvegarde (fichier JSON)',
    )
  })

  it('emits every entry of a backup, with its record fields', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    const entry = {
      id: assessment.id,
      name: 'Bilan',
      status: 'finished',
      createdAt: assessment.createdAt,
      updatedAt: '2026-11-02T11:00:00.000Z',
      questionnaireId: assessment.questionnaireId,
      questionnaireVersion: assessment.questionnaireVersion,
      assessment,
    }
    await choose(
      wrapper,
      JSON.stringify({
        format: 'autonomie-numerique.backup',
        formatVersion: 1,
        exportedAt: '2026-11-03T00:00:00.000Z',
        assessments: [entry],
      }),
    )
    expect(wrapper.emitted('imported')).toEqual([
      [
        {
          ok: true,
          kind: 'backup',
          entries: [{ assessment, status: 'finished', name: 'Bilan', updatedAt: '2026-11-02T11:00:00.000Z' }],
        },
      ],
    ])
  })

  it('opens a version 2 file against version 2, keeping who holds the keys', async () => {
    // Vitest runs from the project root; import.meta.url is not a file URL under jsdom.
    const text = readFileSync(resolve(process.cwd(), 'examples', 'volunteer-run-self-hosted.json'), 'utf8')
    const wrapper = mountWithApp(AssessmentImport)
    await choose(wrapper, text)
    const emitted =
      wrapper.emitted<[{ entries: { assessment: Assessment }[] }]>('imported')?.[0]?.[0]?.entries[0]
        ?.assessment
    expect(emitted).toEqual(parseAssessmentFile(text))
    expect(emitted?.questionnaireVersion).toBe(2)
    const email = emitted?.answers['fn.email']
    expect(email?.kind === 'function' && email.keys).toBe('onePerson')
  })

  it('refuses a file that is not JSON, in plain words, and changes nothing', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    await choose(wrapper, 'hello, I am a CSV')
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'ce n’est pas un fichier JSON. Rien n’a été modifié.',
    )
    expect(wrapper.emitted('imported')).toBeUndefined()
  })

  /** A valid exported file with its JSON changed by `edit`. */
  function edited(
    edit: (file: Record<string, unknown> & { assessment: Record<string, unknown> }) => void,
  ): string {
    const file = JSON.parse(
      serialiseAssessmentFile(toAssessmentFile(assessment, new Date('2026-11-03T00:00:00Z'))),
    )
    edit(file)
    return JSON.stringify(file)
  }

  // One message per kind of problem, chosen from the kind (src/domain/read-problem.ts).
  it.each([
    [
      'JSON that is not an assessment file',
      '{"hello": 1}',
      'n’est pas un diagnostic enregistré par cet outil',
    ],
    [
      'a file of a newer format version',
      edited((f) => {
        f.formatVersion = 2
      }),
      'enregistré par une version plus récente de cet outil',
    ],
    [
      'an assessment of a newer questionnaire version',
      edited((f) => {
        f.assessment.questionnaireVersion = 99
      }),
      'enregistré par une version plus récente de cet outil',
    ],
    [
      'a field of the wrong shape (a date that is not a timestamp)',
      edited((f) => {
        f.assessment.createdAt = 'March 7'
      }),
      'Ce diagnostic est abîmé',
    ],
    [
      'another questionnaire',
      edited((f) => {
        f.assessment.questionnaireId = 'other-survey'
      }),
      'répond à un questionnaire que cet outil ne sait pas lire',
    ],
    [
      'answers to questions this questionnaire does not have',
      edited((f) => {
        f.assessment.answers = { 'fn.teleportation': { kind: 'dontKnow' } }
      }),
      'des réponses à des questions que ce questionnaire ne connaît pas',
    ],
    [
      'an answer of the wrong kind',
      edited((f) => {
        f.assessment.answers = { 'profile.name': { kind: 'scale', value: 3 } }
      }),
      'des réponses d’un type que leur question n’attend pas',
    ],
    [
      'a choice the question does not offer',
      edited((f) => {
        f.assessment.answers = { 'profile.kind': { kind: 'single', value: 'club' } }
      }),
      'des choix que ce questionnaire ne propose pas',
    ],
    [
      'a tool missing from the catalogue',
      edited((f) => {
        f.assessment.answers = {
          'fn.email': { kind: 'function', use: 'used', tools: [{ kind: 'catalogue', toolId: 'gmial' }] },
        }
      }),
      'cite des outils absents du catalogue',
    ],
    [
      'an answer keyed __proto__',
      edited((f) => {
        Object.defineProperty(f.assessment.answers, '__proto__', {
          value: { kind: 'dontKnow' },
          enumerable: true,
        })
      }),
      'contient des clés interdites',
    ],
    [
      'the same tool twice',
      edited((f) => {
        const tool = { kind: 'catalogue', toolId: 'gmail' }
        f.assessment.answers = { 'fn.email': { kind: 'function', use: 'used', tools: [tool, tool] } }
      }),
      'cite plusieurs fois le même outil',
    ],
    [
      'an organisation name of 201 characters',
      edited((f) => {
        f.assessment.answers = { 'profile.name': { kind: 'text', value: 'n'.repeat(201) } }
      }),
      'des textes plus longs que ce que l’outil accepte',
    ],
  ])('refuses %s with its own message, and changes nothing', async (_label, text, message) => {
    const wrapper = mountWithApp(AssessmentImport)
    await choose(wrapper, text)
    expect(wrapper.get('[role="alert"]').text()).toContain(message)
    expect(wrapper.get('[role="alert"]').text()).toContain('Rien n’a été modifié.')
    expect(wrapper.emitted('imported')).toBeUndefined()
  })

  it('refuses a file over 5 MB from its size, before reading it', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    const input = wrapper.get('input[type="file"]')
    const huge = new File(['{}'], 'huge.json')
    Object.defineProperty(huge, 'size', { value: 5_000_001 })
    // Reading it would give "{}", another message: the size alone must refuse it.
    Object.defineProperty(input.element, 'files', { value: [huge], configurable: true })
    await input.trigger('change')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'trop volumineux pour être un diagnostic (5\u00a0Mo au plus)',
    )
    expect(wrapper.emitted('imported')).toBeUndefined()
  })

  it('lists every problem with its path in the details', async () => {
    const wrapper = mountWithApp(AssessmentImport)
    await choose(
      wrapper,
      edited((f) => {
        f.assessment.questionnaireVersion = 99
      }),
    )
    expect(wrapper.get('details').text()).toContain(
      'assessment.questionnaireVersion: questionnaire version 99 was made by a newer version of this app',
    )
  })
})
