/**
 * The report's entry point, imported with `import()` when the user asks for the PDF: builds the model
 * (model.ts) and draws it (render.ts). Everything under it — jsPDF, autotable, the font — loads then.
 */
import { buildReport, type ReportInput } from './model'
import { renderReport } from './render'

export type { ReportInput } from './model'
export { reportChanges } from './changes'
export type { ReportChanges } from './types'

/** The PDF's bytes for one assessment. */
export function createReportPdf(input: ReportInput): ArrayBuffer {
  return renderReport(buildReport(input)).output('arraybuffer')
}
