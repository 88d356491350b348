import { describe, expect, it } from 'vitest'
import {
  isKnownVersion,
  latestQuestionnaire,
  loadContent,
  questionnaireOf,
} from '../../../src/domain/registry'
import { catalogueV1 } from '../../../src/domain/catalogue/v1'
import { questionnaire as questionnaireV1 } from '../../../src/domain/questionnaire/bank'
import { questionnaireV2 } from '../../../src/domain/questionnaire/bank-v2'

describe('the content registry', () => {
  it('gives version 1 its own questionnaire and its own catalogue', async () => {
    expect(questionnaireOf(1)).toBe(questionnaireV1)
    const content = await loadContent(1)
    expect(content?.questionnaire).toBe(questionnaireV1)
    expect(content?.catalogue).toBe(catalogueV1)
    expect(content?.catalogue.version).toBe('2026-11-28')
  })

  it('gives version 2 its own questionnaire and catalogue, and starts new assessments on it', async () => {
    const content = await loadContent(2)
    expect(content?.questionnaire).toBe(questionnaireV2)
    expect(content?.catalogue.version).toBe('2026-11-30')
    expect(latestQuestionnaire).toBe(questionnaireV2)
  })

  it('gives every version the latest routes to the alternatives', async () => {
    const [v1, v2] = await Promise.all([loadContent(1), loadContent(2)])
    expect(v1?.routes).toBe(v2?.routes)
    expect(Object.keys(v2?.routes.alternatives ?? {}).length).toBeGreaterThan(100)
  })

  it('knows no version it was not given, and loads nothing for it', async () => {
    expect(isKnownVersion(99)).toBe(false)
    expect(questionnaireOf(99)).toBeUndefined()
    expect(await loadContent(99)).toBeUndefined()
  })

  it('starts new assessments on a version it knows', () => {
    expect(isKnownVersion(latestQuestionnaire.version)).toBe(true)
  })
})
