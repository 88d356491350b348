/**
 * The PDF of each example organisation, read back with pdfjs-dist: real text (searchable), in the
 * right language, holding the organisation's name, every section title, the key numbers as the Result
 * has them, the actions, and the French signs Helvetica cannot draw (’ « » ⋅ œ, accents).
 */
import { describe, expect, it, vi } from 'vitest'
import { firstActions } from '@/domain/results/plan'
import { roundScore } from '@/domain/results/labels'
import { alternativeName } from '@/components/results/wording'
import { buildReport } from '@/report/model'
import type { ReportModel } from '@/report/types'
import { renderReport } from '@/report/render'
import { EXAMPLES, exampleReportInput } from '../../support/report'
import { readPdf, squeeze } from '../../support/pdf-text'

// Building and reading back a 15-page PDF takes a second or two, more on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

describe.each(EXAMPLES)('the PDF report of %s', (file) => {
  it.each(['fr', 'en'] as const)('holds its content as text (%s)', async (locale) => {
    const input = await exampleReportInput(file, locale)
    const model = buildReport(input)
    const doc = renderReport(model)
    const bytes = doc.output('arraybuffer')
    const pdf = await readPdf(bytes)

    expect(pdf.info.Title).toBe(model.title)
    expect(pdf.info.Author).toBe(model.author)
    expect(new TextDecoder('latin1').decode(bytes)).toContain(
      `/Lang (${locale === 'fr' ? 'fr-FR' : 'en-GB'})`,
    )

    expect(pdf.compact).toContain(squeeze(model.organisation))
    for (const section of model.sections) expect(pdf.compact).toContain(squeeze(section.title))
    // Header and footer on every page.
    pdf.pages.forEach((text, i) => {
      expect(squeeze(text)).toContain(squeeze(`${i + 1} / ${pdf.pages.length}`))
      expect(squeeze(text)).toContain(squeeze(model.organisation))
    })

    const { result, plan, content, words } = input
    const outOf = words.t('app.results.outOf100')
    for (const value of [result.dependencyIndex, result.concentration, result.governance]) {
      if (value !== null) expect(pdf.compact).toContain(squeeze(`${roundScore(value)} ${outOf}`))
    }
    for (const proposal of firstActions(plan)) {
      expect(pdf.compact).toContain(squeeze(alternativeName(content.catalogue, proposal, locale)))
    }
    for (const proposal of plan.proposals) {
      expect(pdf.compact).toContain(squeeze(alternativeName(content.catalogue, proposal, locale)))
    }
    // The free-text reasons of deliberate choices.
    for (const f of result.functions) if (f.reason) expect(pdf.compact).toContain(squeeze(f.reason))

    if (locale === 'fr') {
      expect(pdf.compact).toContain('Réponsescomplètes')
      expect(pdf.compact).toContain('’')
      expect(pdf.compact).toMatch(/«[^»]+»/)
    } else {
      expect(pdf.compact).toContain('Answerscomplete')
    }
  })
})

describe('French signs in the PDF', () => {
  it('keeps ⋅ and € of the v2 questionnaire and plan as text', async () => {
    // Version 2 asks about staff pay ("salarié⋅es"); its profile gives the budget in euros.
    const input = await exampleReportInput('volunteer-run-self-hosted.json', 'fr')
    const pdf = await readPdf(renderReport(buildReport(input)).output('arraybuffer'))
    expect(pdf.compact).toContain('salarié⋅es')
    expect(pdf.compact).toContain('10000€')
  })

  it('draws every sign the font must hold, in regular and bold', async () => {
    const text = 'Cœur d’œuvre : « adhérent⋅es » — 1\u202f200\u00a0€ ; Ÿ ç à ù ?'
    const model: ReportModel = {
      lang: 'fr',
      title: 'Test',
      organisation: 'Œuvre',
      date: '1 décembre 2026',
      author: 'Œuvre',
      pageLabel: 'page {page} / {total}',
      sections: [
        {
          id: 'summary',
          title: text,
          newPage: false,
          blocks: [{ kind: 'paragraph', text }],
        },
      ],
    }
    const pdf = await readPdf(renderReport(model).output('arraybuffer'))
    // Twice: the section title (bold) and the paragraph (regular).
    expect(pdf.compact.split(squeeze(text)).length - 1).toBe(2)
  })
})
