/** The report model: its sections in order, page 1's story, the hook for changes, the appendix. */
import { describe, expect, it } from 'vitest'
import { proposalKey } from '@/domain/advice'
import { firstActions } from '@/domain/results/plan'
import { alternativeName } from '@/components/results/wording'
import { buildReport } from '@/report/model'
import { REPORT_SECTIONS, type Block, type ReportModel } from '@/report/types'
import { exampleReportInput } from '../../support/report'

/** Every string of the blocks, table cells included. */
function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return [block.text]
      case 'list':
        return [...block.items]
      case 'facts':
        return block.rows.flat()
      case 'table':
        return [...block.head, ...block.body.flat()]
      case 'figure':
        return block.figure.kind === 'bars' ? block.figure.bars.map((b) => b.label) : []
    }
  })
}

const section = (model: ReportModel, id: string) => model.sections.find((s) => s.id === id)

describe('buildReport', () => {
  it('lists the sections in reading order, without "changes" when no comparison is given', async () => {
    const model = buildReport(await exampleReportInput('mid-size-in-transition.json', 'fr'))
    expect(model.sections.map((s) => s.id)).toEqual(REPORT_SECTIONS.filter((id) => id !== 'changes'))
    expect(model.sections[0]?.newPage).toBe(false)
  })

  it('adds "what changed" after the choices when the history gives a comparison', async () => {
    const input = await exampleReportInput('mid-size-in-transition.json', 'en')
    const model = buildReport({
      ...input,
      changes: {
        previousDate: '2026-05-01',
        headline: 'Since 1 May 2026: dependency index down 13 points (52 → 39).',
        rows: [
          { label: 'Dependency index', before: '52', now: '39', change: 'Down 13 points: an improvement' },
        ],
        tools: [{ label: 'Email', change: 'Gmail → Proton Mail', dependency: '76 → 12' }],
        points: { removed: ['Google holds several vital functions: Email and Calendar'], added: [] },
        contradictions: { removed: [], added: ['Privacy: gap of 10 before, 40 after (out of 100)'] },
        actions: [{ action: 'Email: move from Gmail to Proton Mail', mark: 'Done', evidence: 'Done.' }],
        notes: ['Two versions.'],
      },
    })
    expect(model.sections.map((s) => s.id)).toEqual([...REPORT_SECTIONS])
    const changesSection = section(model, 'changes')
    expect(changesSection?.title).toBe('Changes since 1 May 2026')
    const changes = texts(changesSection?.blocks ?? [])
    expect(changes).toEqual(
      expect.arrayContaining([
        'Dependency index',
        '52',
        '39',
        'Down 13 points: an improvement',
        'Gmail → Proton Mail',
        '76 → 12',
        'Google holds several vital functions: Email and Calendar',
        'Privacy: gap of 10 before, 40 after (out of 100)',
        'Email: move from Gmail to Proton Mail',
        'Two versions.',
      ]),
    )
    // Page 1 says it in one line, under the key numbers.
    expect(texts(section(model, 'summary')?.blocks ?? [])).toContain(
      'Since 1 May 2026: dependency index down 13 points (52 → 39).',
    )
  })

  it('tells the story on page 1: who, the level, the key numbers, the first three actions, the vendors', async () => {
    const input = await exampleReportInput('small-association-dominant.json', 'fr')
    const model = buildReport(input)
    const summary = section(model, 'summary')
    const all = texts(summary?.blocks ?? []).join('\n')
    expect(model.title).toContain(model.organisation)
    expect(all).toContain(`Étape ${input.result.level} sur 5`)
    expect(all).toContain(`${Math.round(input.result.dependencyIndex ?? -1)} sur 100`)
    const actions = firstActions(input.plan)
    expect(actions.length).toBeGreaterThan(0)
    for (const p of actions) expect(all).toContain(alternativeName(input.content.catalogue, p, 'fr'))
    const vendors = summary?.blocks.find((b) => b.kind === 'figure')
    expect(vendors?.kind === 'figure' && vendors.figure.kind === 'bars' && vendors.figure.compact).toBe(true)
  })

  it('draws the map from the dependency map of the Result', async () => {
    const input = await exampleReportInput('ethical-self-hosted.json', 'en')
    const figure = section(buildReport(input), 'map')?.blocks.find((b) => b.kind === 'figure')
    expect(figure?.kind === 'figure' && figure.figure.kind).toBe('map')
    if (figure?.kind !== 'figure' || figure.figure.kind !== 'map') return
    const scored = input.result.functions.filter((f) => f.status === 'scored').length
    expect(figure.figure.map.functions).toHaveLength(scored)
    expect(figure.figure.items.size).toBe(
      figure.figure.map.functions.length + figure.figure.map.tools.length + figure.figure.map.vendors.length,
    )
  })

  it('lists every function and every free-text reason', async () => {
    const input = await exampleReportInput('volunteer-run-self-hosted.json', 'fr')
    const model = buildReport(input)
    const table = section(model, 'functions')?.blocks.find((b) => b.kind === 'table')
    expect(table?.kind === 'table' && table.body.length).toBe(input.result.functions.length)
    const appendix = texts(section(model, 'answers')?.blocks ?? []).join('\n')
    const reasons = Object.values(input.assessment.answers).flatMap((a) =>
      a.kind === 'function' && a.reason?.trim() ? [a.reason.trim()] : [],
    )
    expect(reasons.length).toBeGreaterThan(0)
    for (const reason of reasons) expect(appendix).toContain(reason)
  })

  it('shows the action marks in the plan', async () => {
    const input = await exampleReportInput('small-association-dominant.json', 'en')
    const first = input.plan.proposals[0]
    expect(first).toBeDefined()
    if (!first) return
    const key = proposalKey(first)
    const marked = {
      ...input,
      assessment: {
        ...input.assessment,
        actions: {
          [key]: { status: 'inProgress' as const, note: 'Board vote in March', updatedAt: '2026-11-01' },
        },
      },
    }
    const plan = texts(section(buildReport(marked), 'plan')?.blocks ?? []).join('\n')
    expect(plan).toContain('Where the action stands: In progress')
    expect(plan).toContain('Board vote in March')
  })
})
