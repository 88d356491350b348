/**
 * Every message of both languages, loaded at once. For tests and tools only: the app loads its
 * messages lazily, per language and per screen (see ../loading.ts), and must not import this.
 */
import appFr from './app.fr'
import appEn from './app.en'
import appWizardFr from './app.wizard.fr'
import appWizardEn from './app.wizard.en'
import appResultsFr from './app.results.fr'
import appResultsEn from './app.results.en'
import appCompareFr from './app.compare.fr'
import appCompareEn from './app.compare.en'
import questionnaireFr from './questionnaire.fr'
import questionnaireEn from './questionnaire.en'
import methodFr from './method.fr'
import methodEn from './method.en'
import type { MessageSchema, SameKeys } from '../schema'
import type { AppLocale } from '../locales'

export const messages: Record<AppLocale, SameKeys<MessageSchema>> & { fr: MessageSchema } = {
  fr: {
    app: { ...appFr, wizard: appWizardFr, results: appResultsFr, compare: appCompareFr },
    q: questionnaireFr,
    method: methodFr,
  },
  en: {
    app: { ...appEn, wizard: appWizardEn, results: appResultsEn, compare: appCompareEn },
    q: questionnaireEn,
    method: methodEn,
  },
}
