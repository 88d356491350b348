/**
 * The shape of the messages, French being the reference. Type-only: importing it costs nothing at
 * run time, so the lazily loaded message files stay lazy.
 */
import type appFr from './messages/app.fr'
import type appWizardFr from './messages/app.wizard.fr'
import type appResultsFr from './messages/app.results.fr'
import type appCompareFr from './messages/app.compare.fr'
import type questionnaireFr from './messages/questionnaire.fr'
import type methodFr from './messages/method.fr'

/** Every namespace: `app` (screens), `q` (question bank), `method` (how scores are computed). */
export interface MessageSchema {
  app: typeof appFr & {
    wizard: typeof appWizardFr
    results: typeof appResultsFr
    compare: typeof appCompareFr
  }
  q: typeof questionnaireFr
  method: typeof methodFr
}

/** Another language's messages: the French keys at every depth, any text. */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> }

/** Dotted paths to every message of a messages tree: `app.wizard.next`, `method.catalogue.checked`… */
type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}`
}[keyof T & string]

/** A key that exists in the French messages; a typo in a literal key fails the type-check. */
export type MessageKey = KeyPaths<MessageSchema>
