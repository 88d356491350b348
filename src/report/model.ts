/**
 * The board report as plain data (types.ts), built from the Result, the plan, the assessment and its
 * content with a translate function: no DOM, no jsPDF, so tests read it as it is. Page 1 tells the
 * whole story (who, when, where on the path, what next, the key numbers, the top contradictions, the
 * first three actions, who holds the functions); the other sections give the detail a board may ask for.
 */
import { proposalKey, mitigationKey, type Plan, type Proposal } from '@/domain/advice'
import type { Assessment } from '@/domain/assessment/types'
import { organisationName } from '@/domain/questionnaire/bank'
import { allQuestions } from '@/domain/questionnaire'
import { buildDependencyMap, MAP_VENDOR_KINDS, type MapVendorKind } from '@/domain/map'
import type { Content } from '@/domain/registry'
import type { Result } from '@/domain/scoring/types'
import { functionName, roundScore, vendorName } from '@/domain/results/labels'
import { firstActions, formatDate, planGroups } from '@/domain/results/plan'
import { concernOf, leadingVendor, percent, type KeyNumber } from '@/domain/results/summary'
import { mapItems } from '@/components/map/items'
import {
  alternativeName,
  contradictionSentences,
  costText,
  currentToolsText,
  deliberateChoices,
  dependencyFinding,
  dependencyRows,
  effortText,
  nextStepText,
  otherVendorsPercent,
  routeLines,
  singlePointSentences,
  valueRows,
  valuesFinding,
  vendorFinding,
  vendorRows,
  type Words,
} from '@/components/results/wording'
import { answerRows, followUpAnswer } from './answers'
import type { Bar, Block, Figure, ReportChanges, ReportModel, ReportSection } from './types'

export interface ReportInput {
  result: Result
  plan: Plan
  assessment: Assessment
  content: Content
  words: Words
  /** What changed since the previous assessment; absent, the section is left out. */
  changes?: ReportChanges
}

/** How many vendors the small chart of page 1 names. */
const PAGE_ONE_VENDORS = 3

/** The whole report model. */
export function buildReport(input: ReportInput): ReportModel {
  const { result, assessment, words } = input
  const { t } = words
  const name = organisationName(assessment.answers)
  const organisation = name ?? t('app.results.report.unnamed')
  const sections: ReportSection[] = [
    summarySection(input),
    mapSection(input),
    chartsSection(input),
    functionsSection(input),
    valuesSection(input),
    governanceSection(input),
    planSection(input),
    choicesSection(input),
    ...(input.changes ? [changesSection(input.changes, words)] : []),
    methodSection(input),
    answersSection(input),
  ]
  return {
    lang: words.lang,
    title: `${t('app.results.report.title')} — ${organisation}`,
    organisation,
    date: formatDate(result.assessment?.updatedAt ?? assessment.updatedAt, words.lang),
    author: name ?? t('app.results.report.app'),
    pageLabel: t('app.results.report.page', { page: '{page}', total: '{total}' }),
    sections,
  }
}

function outOf100(value: number | null, words: Words): string {
  return value === null ? words.t('app.results.notComputed') : `${value} ${words.t('app.results.outOf100')}`
}

function actionStatus(assessment: Assessment, key: string, words: Words): string[] {
  const mark = assessment.actions?.[key]
  if (!mark) return []
  const lines = [
    words.t('app.results.report.plan.status', {
      status: words.t(`app.results.actions.statuses.${mark.status}`),
    }),
  ]
  if (mark.note) lines.push(words.t('app.results.report.plan.note', { note: mark.note }))
  return lines
}

function keyNumbersTable(result: Result, words: Words): Block {
  const { t, tDynamic } = words
  const keys: KeyNumber[] = [
    'dependencyIndex',
    'concentration',
    // Fragility is asked from questionnaire version 2 on, as on the results page.
    ...(result.questionnaireVersion >= 2 ? (['fragility'] as const) : []),
    'governance',
    'completeness',
  ]
  const lead = leadingVendor(result)
  const body = keys.map((key) => {
    const value =
      key === 'completeness'
        ? percent(result.completeness.ratio)
        : roundScore(
            key === 'dependencyIndex'
              ? result.dependencyIndex
              : key === 'concentration'
                ? result.concentration
                : key === 'fragility'
                  ? result.fragility
                  : result.governance,
          )
    const shown =
      key === 'completeness'
        ? t('app.results.charts.percent', { percent: value ?? 0 })
        : outOf100(value, words)
    const who =
      key === 'concentration' && lead
        ? ` ${t('app.results.summary.concentrationWho', {
            vendor: vendorName(result, lead.vendorId),
            count: lead.functionIds.length,
            total: lead.scoredCount,
            percent: percent(lead.share),
          })}`
        : ''
    return [
      tDynamic(`app.results.cards.${key}.title`),
      shown,
      value === null ? '–' : t(`app.results.summary.concern.${concernOf(key, value)}`),
      tDynamic(`app.results.cards.${key}.explanation`) + who,
    ]
  })
  return {
    kind: 'table',
    head: [
      t('app.results.report.keyNumbers.number'),
      t('app.results.report.keyNumbers.value'),
      t('app.results.report.keyNumbers.reading'),
      t('app.results.report.keyNumbers.meaning'),
    ],
    body,
    widths: [2.1, 1.15, 1.15, 7.6],
    dense: true,
  }
}

function vendorBars(result: Result, words: Words, count: number): Bar[] {
  const rows = vendorRows(result, words).slice(0, count)
  const bars: Bar[] = rows.map((row) => ({
    label: row.label,
    note: row.kindLabel,
    value: row.percent,
    fill: { kind: 'vendor', vendorKind: row.kind },
    text: words.t('app.results.charts.percent', { percent: row.percent }),
  }))
  const others = otherVendorsPercent(result, count)
  if (others > 0 && result.vendorShares.length > count) {
    bars.push({
      label: words.t('app.results.charts.vendors.others'),
      value: others,
      fill: { kind: 'plain' },
      text: words.t('app.results.charts.percent', { percent: others }),
    })
  }
  return bars
}

function vendorFigure(
  result: Result,
  words: Words,
  count: number,
  title: string,
  finding?: string,
): Extract<Figure, { kind: 'bars' }> {
  return {
    kind: 'bars',
    title,
    ...(finding ? { finding } : {}),
    axis: words.t('app.results.charts.vendors.axis'),
    bars: vendorBars(result, words, count),
  }
}

function firstActionsTable(input: ReportInput): Block[] {
  const { plan, result, content, words } = input
  const { t, lang } = words
  const actions = firstActions(plan)
  if (!actions.length) return [{ kind: 'paragraph', text: t('app.results.plan.none') }]
  return [
    {
      kind: 'table',
      head: [
        t('app.results.report.firstActions.action'),
        t('app.results.report.firstActions.gain'),
        t('app.results.report.firstActions.effort'),
        t('app.results.report.firstActions.cost'),
      ],
      body: actions.map((p) => [
        t('app.results.report.firstActions.replace', {
          function: functionName(content.catalogue, p.functionId, lang),
          from: currentToolsText(result, p, lang),
          to: alternativeName(content.catalogue, p, lang),
        }) + (p.quickWin ? ` (${t('app.results.summary.quickWin')})` : ''),
        t('app.results.report.firstActions.gainValue', {
          from: roundScore(p.dependency),
          to: roundScore(p.newDependency),
        }),
        effortText(p, words),
        costText(p.cost, p.routes.length > 0, words),
      ]),
      widths: [4, 2, 2, 3],
      dense: true,
    },
  ]
}

// The organisation's name heads page 1 in large type (render.ts) and every page's header: not repeated in the facts.
function summarySection(input: ReportInput): ReportSection {
  const { result, assessment, content, words } = input
  const { t, tDynamic, lang } = words
  const role = allQuestions(content.questionnaire).find((q) => q.id === 'profile.role')
  const roleAnswer = assessment.answers['profile.role']
  const roleText =
    role && role.kind === 'single' && roleAnswer?.kind === 'single'
      ? tDynamic(role.options.find((o) => o.value === roleAnswer.value)?.labelKey ?? roleAnswer.value)
      : t('app.results.report.facts.notGiven')
  const next = nextStepText(result, words)
  const contradictions = contradictionSentences(result, words).slice(0, 3)
  const blocks: Block[] = [
    {
      kind: 'facts',
      rows: [
        [
          t('app.results.report.facts.date'),
          formatDate(result.assessment?.updatedAt ?? assessment.updatedAt, lang),
        ],
        [t('app.results.report.facts.role'), roleText],
        [
          t('app.results.report.facts.versions'),
          t('app.results.report.facts.versionsValue', {
            questionnaire: result.questionnaireVersion,
            catalogue: result.catalogueVersion,
            date: formatDate(content.catalogue.asOf, lang),
          }),
        ],
        [
          t('app.results.report.facts.completeness'),
          t('app.results.charts.percent', { percent: percent(result.completeness.ratio) }),
        ],
      ],
    },
    { kind: 'heading', text: t('app.results.path.title') },
    result.level === null
      ? { kind: 'paragraph', text: t('app.results.report.noLevel') }
      : {
          kind: 'paragraph',
          emphasis: 'lead',
          text: t('app.results.report.path', {
            n: result.level,
            name: tDynamic(`method.levels.${result.level}`),
          }),
        },
    ...(result.level === null
      ? []
      : [{ kind: 'paragraph', text: tDynamic(`method.levelDescriptions.${result.level}`) } as const]),
    ...(next ? [{ kind: 'paragraph', emphasis: 'strong', text: `${next.title} ${next.text}` } as const] : []),
    { kind: 'heading', text: t('app.results.cardsTitle') },
    keyNumbersTable(result, words),
    ...(input.changes
      ? [{ kind: 'paragraph', emphasis: 'strong', text: input.changes.headline } as const]
      : []),
    { kind: 'heading', text: t('app.results.summary.contradictionsTitle') },
    contradictions.length
      ? { kind: 'list', items: contradictions }
      : { kind: 'paragraph', text: t('app.results.report.noContradiction') },
    { kind: 'heading', text: t('app.results.summary.actionsTitle') },
    ...firstActionsTable(input),
  ]
  if (result.vendorShares.length) {
    blocks.push({
      kind: 'figure',
      figure: {
        ...vendorFigure(result, words, PAGE_ONE_VENDORS, t('app.results.report.vendorsTitle')),
        compact: true,
      },
    })
  }
  blocks.push({ kind: 'paragraph', emphasis: 'note', text: t('app.results.report.mapNote') })
  return { id: 'summary', title: t('app.results.report.sections.summary'), newPage: false, blocks }
}

function mapSection({ result, content, words }: ReportInput): ReportSection {
  const { t, tDynamic } = words
  const map = buildDependencyMap(result, content.catalogue)
  const kinds = new Set<MapVendorKind>(map.vendors.map((v) => v.kind))
  const blocks: Block[] = [{ kind: 'paragraph', text: t('app.results.map.intro') }]
  if (!map.functions.length) {
    blocks.push({ kind: 'paragraph', text: t('app.results.map.empty') })
  } else {
    blocks.push({
      kind: 'figure',
      figure: {
        kind: 'map',
        map,
        items: mapItems(map, content.catalogue, words),
        texts: {
          columns: {
            function: t('app.results.map.columns.function'),
            tool: t('app.results.map.columns.tool'),
            vendor: t('app.results.map.columns.vendor'),
          },
          groups: Object.fromEntries(
            map.groups.map((g) => [g.group, tDynamic(`q.section.${g.group}.title`).toUpperCase()]),
          ),
          warning: t('app.results.map.warning'),
          choice: t('app.results.map.choice'),
        },
        legend: MAP_VENDOR_KINDS.filter((k) => kinds.has(k)).map((kind) => ({
          kind,
          label: t(`app.results.map.kinds.${kind}`),
        })),
      },
    })
    blocks.push({
      kind: 'list',
      items: [
        t('app.results.map.legend.width'),
        t('app.results.map.legend.dashed'),
        t('app.results.map.legend.warning'),
        t('app.results.report.mapLegend'),
      ],
    })
  }
  const points = singlePointSentences(result, content.catalogue, words)
  blocks.push({ kind: 'heading', text: t('app.results.findings.singlePointsTitle') })
  blocks.push(
    points.length
      ? { kind: 'list', items: points }
      : { kind: 'paragraph', text: t('app.results.findings.noSinglePoint') },
  )
  return { id: 'map', title: t('app.results.report.sections.map'), newPage: true, blocks }
}

function chartsSection({ result, content, words }: ReportInput): ReportSection {
  const { t } = words
  const dependency = dependencyRows(result, content.catalogue, words)
  const blocks: Block[] = []
  if (result.vendorShares.length) {
    blocks.push({
      kind: 'figure',
      figure: vendorFigure(
        result,
        words,
        vendorRows(result, words).length,
        t('app.results.charts.vendors.title'),
        vendorFinding(result, words),
      ),
    })
  } else {
    blocks.push(
      { kind: 'heading', text: t('app.results.charts.vendors.title') },
      { kind: 'paragraph', text: vendorFinding(result, words) },
    )
  }
  blocks.push({
    kind: 'figure',
    figure: {
      kind: 'bars',
      title: t('app.results.charts.dependency.title'),
      finding: dependencyFinding(dependency, words),
      axis: t('app.results.charts.dependency.axis'),
      bars: dependency.map((row) => ({
        label: row.label,
        note: row.concernLabel,
        value: row.dependency,
        fill: { kind: 'concern', concern: row.concern },
        text: String(row.dependency),
      })),
    },
  })
  blocks.push({
    kind: 'figure',
    figure: {
      kind: 'pairs',
      title: t('app.results.charts.values.title'),
      finding: valuesFinding(result, words),
      axis: t('app.results.charts.values.axis'),
      legend: [t('app.results.charts.values.importance'), t('app.results.charts.values.practice')],
      pairs: valueRows(result, words).map((row) => ({
        label: row.label,
        first: row.importance,
        second: row.practice,
        ...(row.contradiction ? { flag: t('app.results.charts.values.contradiction') } : {}),
      })),
    },
  })
  return { id: 'charts', title: t('app.results.report.sections.charts'), newPage: true, blocks }
}

function functionsSection({ result, content, words }: ReportInput): ReportSection {
  const { t, lang } = words
  const question = (id: string) =>
    allQuestions(content.questionnaire).find((q) => q.kind === 'function' && q.functionId === id)
  // Scored functions first, most dependent first; then those whose tool is unknown; unused last.
  const rank = { scored: 0, unknown: 1, unused: 2 } as const
  const ordered = [...result.functions].sort(
    (a, b) => rank[a.status] - rank[b.status] || (b.dependency ?? -1) - (a.dependency ?? -1),
  )
  const body = ordered.map((f) => {
    const q = question(f.functionId)
    const follow = (field: 'criticality' | 'data' | 'exit' | 'keys', value: string | undefined) =>
      q && q.kind === 'function' ? (followUpAnswer(q, field, value, words) ?? '–') : (value ?? '–')
    const vendors = [
      ...new Set(
        f.tools.map((tool) =>
          tool.vendorId ? vendorName(result, tool.vendorId) : t('app.results.report.functions.self'),
        ),
      ),
    ]
    const jurisdictions = [
      ...new Set(
        f.tools.flatMap((tool) => {
          const j = result.vendors.find((v) => v.id === tool.vendorId)?.jurisdiction
          return j ? [t(`app.results.map.jurisdictions.${j}`)] : []
        }),
      ),
    ]
    const status =
      f.status === 'unused'
        ? t('app.results.report.functions.unused')
        : f.status === 'unknown'
          ? t('app.results.report.functions.unknown')
          : null
    return [
      functionName(content.catalogue, f.functionId, lang),
      status ?? f.tools.map((tool) => tool.label[lang]).join(', '),
      vendors.join(', ') || '–',
      jurisdictions.join(', ') || '–',
      f.criticality ? t(`app.results.map.criticality.${f.criticality}`) : '–',
      follow('data', f.data),
      follow('exit', f.exit),
      result.questionnaireVersion >= 2 ? follow('keys', f.keys) : '–',
      f.dependency === null ? '–' : String(roundScore(f.dependency)),
      f.stance === 'deliberate'
        ? t('app.results.report.functions.deliberate')
        : f.stance === 'default'
          ? t('app.results.report.functions.default')
          : '–',
    ]
  })
  const cols = [
    'function',
    'tools',
    'vendor',
    'jurisdiction',
    'criticality',
    'data',
    'exit',
    'keys',
    'dependency',
    'stance',
  ] as const
  return {
    id: 'functions',
    title: t('app.results.report.sections.functions'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: t('app.results.functionsTable.caption') },
      {
        kind: 'table',
        head: cols.map((c) => words.tDynamic(`app.results.report.functions.${c}`)),
        body,
        widths: [2.2, 2.2, 1.8, 1.6, 1.3, 2, 2, 2, 1.3, 1.2],
        dense: true,
      },
    ],
  }
}

function valuesSection({ result, words }: ReportInput): ReportSection {
  const { t } = words
  const dash = (n: number | null) => (n === null ? '–' : String(roundScore(n)))
  return {
    id: 'values',
    title: t('app.results.report.sections.values'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: valuesFinding(result, words) },
      {
        kind: 'table',
        head: [
          t('app.results.valuesTable.value'),
          t('app.results.valuesTable.importance'),
          t('app.results.valuesTable.practice'),
          t('app.results.valuesTable.gap'),
        ],
        body: result.values.map((v) => [
          t(`q.value.${v.value}.label`) +
            (result.contradictions.includes(v.value)
              ? ` (${t('app.results.charts.values.contradiction')})`
              : ''),
          v.rating === null
            ? '–'
            : `${t('app.results.valuesTable.rating', { rating: v.rating })} (${dash(v.importance)})`,
          dash(v.practice),
          dash(v.gap),
        ]),
        widths: [4, 2, 1.5, 1.5],
      },
      { kind: 'paragraph', emphasis: 'note', text: t('app.results.valuesTable.note') },
      ...contradictionSentences(result, words).map((text) => ({ kind: 'paragraph', text }) as const),
    ],
  }
}

function governanceSection({ result, assessment, content, words }: ReportInput): ReportSection {
  const { t, tDynamic } = words
  const questions = allQuestions(content.questionnaire)
  const rows = result.practices.map((p) => {
    const question = questions.find((q) => q.id === p.questionId)
    const answer = assessment.answers[p.questionId]
    const chosen =
      question && question.kind === 'single' && answer?.kind === 'single'
        ? tDynamic(question.options.find((o) => o.value === answer.value)?.labelKey ?? answer.value)
        : '–'
    return [question ? tDynamic(question.labelKey) : p.questionId, chosen, String(Math.round(p.score * 100))]
  })
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      emphasis: 'lead',
      text:
        result.governance === null
          ? t('app.results.report.governance.none')
          : t('app.results.report.governance.maturity', { value: roundScore(result.governance) }),
    },
    {
      kind: 'paragraph',
      text: t('app.results.report.governance.commons', {
        answer: t(
          result.contributesToCommons
            ? 'app.results.report.governance.yes'
            : 'app.results.report.governance.no',
        ),
      }),
    },
  ]
  if (rows.length) {
    blocks.push({
      kind: 'table',
      head: [
        t('app.results.report.governance.practice'),
        t('app.results.report.governance.answer'),
        t('app.results.report.governance.score'),
      ],
      body: rows,
      widths: [5, 4, 1],
    })
  }
  return { id: 'governance', title: t('app.results.report.sections.governance'), newPage: false, blocks }
}

function proposalBlocks(p: Proposal, input: ReportInput): Block[] {
  const { result, content, assessment, words } = input
  const { t, lang } = words
  const name = functionName(content.catalogue, p.functionId, lang)
  const rows: [string, string][] = [
    [t('app.results.plan.today'), currentToolsText(result, p, lang)],
    [t('app.results.plan.proposed'), alternativeName(content.catalogue, p, lang)],
    [
      t('app.results.plan.gainTitle'),
      t('app.results.plan.gain', {
        from: roundScore(p.dependency),
        to: roundScore(p.newDependency),
        di: roundScore(result.dependencyIndex),
        newDi: roundScore(p.dependencyIndexIfDone),
      }),
    ],
  ]
  if (p.improves.length)
    rows.push([t('app.results.plan.improves'), p.improves.map((v) => t(`q.value.${v}.label`)).join(', ')])
  rows.push([t('app.results.plan.effort'), effortText(p, words)])
  rows.push([t('app.results.plan.cost'), costText(p.cost, p.routes.length > 0, words)])
  const routes = routeLines(p, content.routes, words).map((line) =>
    line.host
      ? t('app.results.report.plan.host', {
          host: line.host,
          text: `${line.text}${line.url ? ` ${line.url}` : ''}`,
        })
      : line.text,
  )
  const status = actionStatus(assessment, proposalKey(p), words)
  return [
    {
      kind: 'heading',
      text: t('app.results.plan.proposalTitle', {
        function: name,
        tool: alternativeName(content.catalogue, p, lang),
      }),
    },
    { kind: 'facts', rows },
    ...(routes.length
      ? [
          { kind: 'paragraph', emphasis: 'strong', text: t('app.results.plan.routes') } as const,
          { kind: 'list', items: routes } as const,
        ]
      : []),
    ...status.map((text) => ({ kind: 'paragraph', emphasis: 'note', text }) as const),
  ]
}

function planSection(input: ReportInput): ReportSection {
  const { plan, content, assessment, words } = input
  const { t, lang } = words
  const groups = planGroups(plan)
  const blocks: Block[] = [{ kind: 'paragraph', text: t('app.results.plan.intro') }]
  if (!plan.proposals.length) blocks.push({ kind: 'paragraph', text: t('app.results.plan.none') })
  for (const group of ['quickWins', 'sixMonths', 'others'] as const) {
    const proposals = groups[group]
    if (!proposals.length) continue
    blocks.push({ kind: 'heading', text: t(`app.results.plan.groups.${group}.title`) })
    blocks.push({ kind: 'paragraph', emphasis: 'note', text: t(`app.results.plan.groups.${group}.help`) })
    for (const p of proposals) blocks.push(...proposalBlocks(p, input))
  }
  if (plan.mitigations.length) {
    blocks.push({ kind: 'heading', text: t('app.results.plan.mitigationsTitle') })
    blocks.push({ kind: 'paragraph', text: t('app.results.plan.mitigationsHelp') })
    blocks.push({
      kind: 'list',
      items: plan.mitigations.map((m) => {
        const where = m.functionId
          ? functionName(content.catalogue, m.functionId, lang)
          : t('app.results.plan.organisationWide')
        const status = actionStatus(assessment, mitigationKey(m), words)
        return [
          t('method.pair', { label: where, value: t(`app.results.plan.mitigations.${m.id}`) }),
          ...status,
        ].join(' — ')
      }),
    })
  }
  return { id: 'plan', title: t('app.results.report.sections.plan'), newPage: true, blocks }
}

function choicesSection(input: ReportInput): ReportSection {
  const { result, plan, content, assessment, words } = input
  const { t } = words
  const choices = deliberateChoices(result, plan, content.catalogue, words)
  const blocks: Block[] = [{ kind: 'paragraph', text: t('app.results.choices.intro') }]
  if (!choices.length) blocks.push({ kind: 'paragraph', text: t('app.results.choices.none') })
  for (const choice of choices) {
    blocks.push({
      kind: 'heading',
      text: t('app.results.choices.item', { function: choice.name, tools: choice.tools }),
    })
    blocks.push({
      kind: 'paragraph',
      text: choice.reason
        ? t('app.results.choices.reason', { reason: choice.reason })
        : t('app.results.choices.noReason'),
    })
    blocks.push({
      kind: 'paragraph',
      text: t('app.results.choices.dependency', { dependency: choice.dependency ?? '–' }),
    })
    if (choice.mitigations.length) {
      blocks.push({ kind: 'paragraph', emphasis: 'strong', text: t('app.results.choices.mitigations') })
      blocks.push({
        kind: 'list',
        items: choice.mitigations.map((m) =>
          [m.text, ...actionStatus(assessment, mitigationKey(m.mitigation), words)].join(' — '),
        ),
      })
    }
  }
  return { id: 'choices', title: t('app.results.report.sections.choices'), newPage: true, blocks }
}

function changesSection(changes: ReportChanges, words: Words): ReportSection {
  const { t } = words
  const date = formatDate(changes.previousDate, words.lang)
  const lists = (
    title: string,
    removedTitle: string,
    addedTitle: string,
    group: ReportChanges['points'],
    noneRemoved: string,
    noneAdded: string,
  ): Block[] =>
    group.removed.length || group.added.length
      ? [
          { kind: 'heading', text: title },
          { kind: 'paragraph', emphasis: 'strong', text: removedTitle },
          group.removed.length
            ? { kind: 'list', items: group.removed }
            : { kind: 'paragraph', text: noneRemoved },
          { kind: 'paragraph', emphasis: 'strong', text: addedTitle },
          group.added.length ? { kind: 'list', items: group.added } : { kind: 'paragraph', text: noneAdded },
        ]
      : []
  const blocks: Block[] = [
    { kind: 'paragraph', text: t('app.results.report.changes.since', { date }) },
    { kind: 'heading', text: t('app.results.report.changes.numbersTitle') },
    {
      kind: 'table',
      head: [
        t('app.results.report.changes.what'),
        t('app.results.report.changes.before'),
        t('app.results.report.changes.now'),
        t('app.results.report.changes.change'),
      ],
      body: changes.rows.map((r) => [r.label, r.before, r.now, r.change ?? '']),
      widths: [3, 1.3, 1.3, 4],
    },
    { kind: 'heading', text: t('app.results.report.changes.toolsTitle') },
    changes.tools.length
      ? {
          kind: 'table',
          head: [
            t('app.results.report.changes.function'),
            t('app.results.report.changes.what'),
            t('app.results.report.changes.dependency'),
          ],
          body: changes.tools.map((r) => [r.label, r.change, r.dependency]),
          widths: [3, 5, 1.6],
        }
      : { kind: 'paragraph', text: t('app.results.report.changes.toolsNone') },
    ...lists(
      t('app.results.report.changes.pointsTitle'),
      t('app.compare.points.removed'),
      t('app.compare.points.added'),
      changes.points,
      t('app.compare.points.noneRemoved'),
      t('app.compare.points.noneAdded'),
    ),
    ...lists(
      t('app.results.report.changes.contradictionsTitle'),
      t('app.compare.contradictions.removed'),
      t('app.compare.contradictions.added'),
      changes.contradictions,
      t('app.compare.contradictions.noneRemoved'),
      t('app.compare.contradictions.noneAdded'),
    ),
    { kind: 'heading', text: t('app.results.report.changes.actionsTitle') },
    changes.actions.length
      ? {
          kind: 'table',
          head: [
            t('app.compare.actions.action'),
            t('app.compare.actions.mark'),
            t('app.compare.actions.evidence'),
          ],
          body: changes.actions.map((a) => [a.action, a.mark, a.evidence]),
          widths: [4, 1.5, 4],
          dense: true,
        }
      : { kind: 'paragraph', text: t('app.results.report.changes.actionsNone') },
  ]
  if (changes.notes?.length) {
    blocks.push({ kind: 'heading', text: t('app.results.report.changes.versionsTitle') })
    for (const text of changes.notes) blocks.push({ kind: 'paragraph', emphasis: 'note', text })
  }
  return { id: 'changes', title: t('app.results.report.sections.changes', { date }), newPage: true, blocks }
}

function methodSection({ content, result, words }: ReportInput): ReportSection {
  const { t } = words
  return {
    id: 'method',
    title: t('app.results.report.sections.method'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: t('app.results.report.method.intro') },
      { kind: 'paragraph', text: t('app.results.report.method.path') },
      { kind: 'paragraph', text: t('app.results.report.method.unknown') },
      {
        kind: 'paragraph',
        text: t('app.results.report.method.catalogue', {
          version: result.catalogueVersion,
          date: formatDate(content.catalogue.asOf, words.lang),
        }),
      },
      { kind: 'paragraph', emphasis: 'note', text: t('app.results.completenessHelp') },
    ],
  }
}

function answersSection({ assessment, content, words }: ReportInput): ReportSection {
  const { t } = words
  const rows = answerRows(content.questionnaire, content.catalogue, assessment.answers, words)
  const blocks: Block[] = [{ kind: 'paragraph', text: t('app.results.report.answers.intro') }]
  let section = ''
  let body: string[][] = []
  const flush = () => {
    if (body.length)
      blocks.push({
        kind: 'table',
        head: [t('app.results.report.answers.question'), t('app.results.report.answers.answer')],
        body,
        widths: [1, 1],
        dense: true,
      })
    body = []
  }
  for (const row of rows) {
    if (row.sectionTitle !== section) {
      flush()
      section = row.sectionTitle
      blocks.push({ kind: 'heading', text: section })
    }
    body.push([row.question, row.answer])
  }
  flush()
  return { id: 'answers', title: t('app.results.report.sections.answers'), newPage: true, blocks }
}
