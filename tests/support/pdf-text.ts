/** Reads a PDF back as text with pdfjs-dist (legacy build, for Node and Playwright's test runner). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfText {
  pages: string[]
  /** Every page's text joined, whitespace removed: what a wrapped line still contains. */
  compact: string
  info: Record<string, unknown>
}

/** Removes all whitespace, so that a text wrapped over lines or cells still matches. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

/** The text of each page and the document information of a PDF. */
export async function readPdf(bytes: ArrayBuffer | Uint8Array): Promise<PdfText> {
  // getDocument detaches the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).slice()
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  const { info } = await pdf.getMetadata()
  await pdf.destroy()
  return { pages, compact: squeeze(pages.join('')), info: info as Record<string, unknown> }
}
