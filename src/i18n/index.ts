import { createI18n } from 'vue-i18n'
import appFr from './messages/app.fr'
import appEn from './messages/app.en'
import questionnaireFr from './messages/questionnaire.fr'
import questionnaireEn from './messages/questionnaire.en'
import methodFr from './messages/method.fr'
import methodEn from './messages/method.en'
import { DEFAULT_LOCALE, type AppLocale } from './locales'

/** All messages, one namespace per file: `app` (screens), `q` (question bank), `method` (how scores are computed). */
export const messages = {
  fr: { app: appFr, q: questionnaireFr, method: methodFr },
  en: { app: appEn, q: questionnaireEn, method: methodEn },
}

export type MessageSchema = (typeof messages)['fr']

/** The i18n instance; French is the fallback so a missing English key never shows a raw key. */
export function createAppI18n(locale: AppLocale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    missingWarn: false,
    fallbackWarn: false,
  })
}
