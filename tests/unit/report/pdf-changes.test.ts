/** The "changes" section in the PDF itself, read back with pdfjs-dist: its title, a worded change, page 1's line. */
import { describe, expect, it, vi } from 'vitest'
import { compareAssessments } from '@/domain/history/compare'
import { reportChanges } from '@/report/changes'
import { buildReport } from '@/report/model'
import { renderReport } from '@/report/render'
import { readPdf, squeeze } from '../../support/pdf-text'
import { wordsIn } from '../../support/report'
import { earlier, later } from '../history/compare-support'

vi.setConfig({ testTimeout: 30_000 })

describe('the PDF report with a previous assessment', () => {
  it.each(['fr', 'en'] as const)(
    'has a "changes since" section with the changes in words (%s)',
    async (locale) => {
      const words = wordsIn(locale)
      const changes = reportChanges(compareAssessments(earlier, later), words)
      const model = buildReport({ ...later, words, changes })
      const pdf = await readPdf(renderReport(model).output('arraybuffer'))

      const title =
        locale === 'fr' ? 'Ce qui a changé depuis le 20 novembre 2025' : 'Changes since 20 November 2025'
      const page = pdf.pages.findIndex((text) => squeeze(text).includes(squeeze(title)))
      expect(page).toBeGreaterThan(0)
      const section = squeeze(pdf.pages.slice(page).join(''))
      const worded =
        locale === 'fr' ? 'En baisse de 38 points : un progrès' : 'Down 38 points: an improvement'
      expect(section).toContain(squeeze(worded))
      expect(section).toContain(squeeze('Google Drive → Framaspace'))
      // Page 1's line.
      expect(squeeze(pdf.pages[0] ?? '')).toContain(squeeze(changes.headline))
    },
  )
})
