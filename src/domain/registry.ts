/**
 * The versions of the content this app knows: each questionnaire version and the catalogue it
 * is answered against. An assessment records its questionnaire version, so it is always shown
 * and scored with the questions and facts it was answered with, even after newer ones ship.
 *
 * Question banks are small and synchronous (the home page needs one to show progress);
 * catalogues are large and loaded on demand, one module per version.
 */
import type { Catalogue } from './catalogue/types'
import { questionnaire as questionnaireV1 } from './questionnaire/bank'
import type { Questionnaire } from './questionnaire/types'

/** What an assessment is read, shown and scored with. */
export interface Content {
  questionnaire: Questionnaire
  catalogue: Catalogue
}

interface Version {
  questionnaire: Questionnaire
  loadCatalogue: () => Promise<Catalogue>
}

const VERSIONS: ReadonlyMap<number, Version> = new Map([
  [
    questionnaireV1.version,
    {
      questionnaire: questionnaireV1,
      loadCatalogue: () => import('./catalogue/v1').then((m) => m.catalogueV1),
    },
  ],
])

/** The questionnaire new assessments are answered against. */
export const latestQuestionnaire: Questionnaire = questionnaireV1

/** The questionnaire of this version, or undefined when this app does not know it. */
export function questionnaireOf(version: number): Questionnaire | undefined {
  return VERSIONS.get(version)?.questionnaire
}

/** Whether this app can read assessments answered against this questionnaire version. */
export function isKnownVersion(version: number): boolean {
  return VERSIONS.has(version)
}

/** The questionnaire and catalogue of a version; undefined when this app does not know it. */
export async function loadContent(version: number): Promise<Content | undefined> {
  const entry = VERSIONS.get(version)
  if (!entry) return undefined
  return { questionnaire: entry.questionnaire, catalogue: await entry.loadCatalogue() }
}
