import type { FunctionAnswer } from '../../../src/domain/assessment/types'
import { functionQuestion } from '../../../src/domain/questionnaire/bank'
import type { FunctionId } from '../../../src/domain/catalogue/types'
import type { FunctionScore } from '../../../src/domain/scoring/types'
import { indexTools, scoreFunction } from '../../../src/domain/scoring/dependency'
import { catalogue } from './fixtures'

const tools = indexTools(catalogue)

/** Score one function answer against the fixture catalogue. */
export function scored(functionId: FunctionId, answer: FunctionAnswer): FunctionScore {
  return scoreFunction(
    { ...functionQuestion(functionId), id: `fn_${functionId}`, labelKey: 'x' },
    answer,
    tools,
  )
}
