export * from './types'
export { isVisible, allQuestions } from './visibility'
export { questionnaire, FUNCTIONS_BY_GROUP } from './bank'
