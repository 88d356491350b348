/**
 * The versions of the content this app knows: each questionnaire version and the catalogue it
 * is answered against. An assessment records its questionnaire version, so it is always shown
 * and scored with the questions and facts it was answered with, even after newer ones ship.
 *
 * Question banks are small and synchronous (the home page needs one to show progress);
 * catalogues are large and loaded on demand, one module per version.
 *
 * The routes to alternatives (hosts, offers, prices) are not part of a version: they describe
 * how to reach an alternative today, so every version's action plan reads the latest routes.
 */
import type { Routes } from './catalogue/routes'
import type { Catalogue } from './catalogue/types'
import { questionnaire as questionnaireV1 } from './questionnaire/bank'
import { questionnaireV2 } from './questionnaire/bank-v2'
import type { Questionnaire } from './questionnaire/types'

/** What an assessment is read, shown, scored and advised with. */
export interface Content {
  questionnaire: Questionnaire
  catalogue: Catalogue
  routes: Routes
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
  [
    questionnaireV2.version,
    {
      questionnaire: questionnaireV2,
      loadCatalogue: () => import('./catalogue/v2').then((m) => m.catalogueV2),
    },
  ],
])

/** The questionnaire new assessments are answered against. */
export const latestQuestionnaire: Questionnaire = questionnaireV2

/** The latest routes to the alternatives (loaded with catalogue version 2). */
function loadRoutes(): Promise<Routes> {
  return import('./catalogue/v2').then((m) => m.routesV2)
}

/** The questionnaire of this version, or undefined when this app does not know it. */
export function questionnaireOf(version: number): Questionnaire | undefined {
  return VERSIONS.get(version)?.questionnaire
}

/** Whether the assessment was answered with questionnaire version 1, the one version that migrates. */
export function isVersion1(assessment: { questionnaireVersion: number }): boolean {
  return assessment.questionnaireVersion === questionnaireV1.version
}

/** Whether this app can read assessments answered against this questionnaire version. */
export function isKnownVersion(version: number): boolean {
  return VERSIONS.has(version)
}

/** The questionnaire, catalogue and routes of a version; undefined when this app does not know it. */
export async function loadContent(version: number): Promise<Content | undefined> {
  const entry = VERSIONS.get(version)
  if (!entry) return undefined
  const [catalogue, routes] = await Promise.all([entry.loadCatalogue(), loadRoutes()])
  return { questionnaire: entry.questionnaire, catalogue, routes }
}
