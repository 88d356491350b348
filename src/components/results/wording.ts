/**
 * The results' sentences built from the Result and the plan with a translate function, and no Vue:
 * the results page and the PDF report (src/report) word a finding, a next step or a price the same way.
 */
import type { Plan, Proposal } from '@/domain/advice'
import { findTool } from '@/domain/catalogue'
import { hostOf, type Cost, type Routes } from '@/domain/catalogue/routes'
import type { Catalogue, Locale } from '@/domain/catalogue/types'
import type { Result } from '@/domain/scoring/types'
import { functionName, roundScore, toolName, vendorName } from '@/domain/results/labels'
import { formatAmount, formatDate } from '@/domain/results/plan'
import { dependencyConcern, leadingVendor, nextStep, percent } from '@/domain/results/summary'
import { sortDependencyRows, type DependencyRow, type ValueRow, type VendorRow } from '@/charts/configs'
import type { DynamicTranslate, TypedTranslate } from '@/i18n/translate'

/** A translate function, its dynamic twin and the language: what every sentence below needs. */
export interface Words {
  t: TypedTranslate
  tDynamic: DynamicTranslate
  lang: Locale
}

/** The lead-in and sentence of what would take the organisation one step further; null without a level. */
export function nextStepText(result: Result, { t }: Words): { title: string; text: string } | null {
  const step = nextStep(result)
  if (!step) return null
  // At the last step there is no next one: the lead-in says so.
  const title = t(step.kind === 'top' ? 'app.results.summary.topTitle' : 'app.results.summary.nextTitle')
  if (step.kind === 'lowerIndex') {
    const extra = [
      step.andKeys ? t('app.results.summary.next.andKeys') : '',
      step.andCommons ? t('app.results.summary.next.andCommons') : '',
    ].join('')
    return {
      title,
      text:
        t('app.results.summary.next.lowerIndex', step.points, { points: step.points, next: step.next }) +
        extra,
    }
  }
  if (step.kind === 'raiseGovernance') {
    return {
      title,
      text: t('app.results.summary.next.raiseGovernance', step.points, {
        points: step.points,
        next: step.next,
      }),
    }
  }
  return { title, text: t(`app.results.summary.next.${step.kind}`) }
}

/** Contradictions between rated values and practice, largest gap first, one sentence each. */
export function contradictionSentences(result: Result, { t }: Words): string[] {
  return result.contradictions.flatMap((value) => {
    const score = result.values.find((v) => v.value === value)
    if (!score || score.rating === null || score.practice === null) return []
    return [
      t('app.results.findings.contradiction', {
        value: t(`q.value.${value}.label`),
        rating: score.rating,
        practice: roundScore(score.practice),
      }),
    ]
  })
}

/** Single points of failure, one sentence each. */
export function singlePointSentences(result: Result, catalogue: Catalogue, { t, lang }: Words): string[] {
  return result.singlePointsOfFailure.map((point) => {
    if (point.kind === 'person') {
      return t(`app.results.findings.person.${point.keys}`, {
        function: functionName(catalogue, point.functionId, lang),
      })
    }
    const vendor = vendorName(result, point.vendorId)
    if (point.kind === 'login') {
      return t('app.results.findings.login', { vendor, tool: toolName(result, point.toolId, lang) })
    }
    const names = point.functionIds.map((id) => functionName(catalogue, id, lang))
    return t('app.results.findings.vital', names.length, { vendor, functions: names.join(', ') })
  })
}

/** The name of a proposal's alternative in the reader's language. */
export function alternativeName(catalogue: Catalogue, proposal: Proposal, lang: Locale): string {
  return findTool(catalogue, proposal.alternativeId)?.tool.name[lang] ?? proposal.alternativeId
}

/** Today's tools of a proposal, as a list of names. */
export function currentToolsText(result: Result, proposal: Proposal, lang: Locale): string {
  return proposal.currentToolIds.map((id) => toolName(result, id, lang)).join(', ')
}

/** A cost in words; `hasRoutes` tells "your team's time" (routes, none hosted) from "not listed yet". */
export function costText(cost: Cost | null, hasRoutes: boolean, { t, lang }: Words): string {
  // No hosted route: self-hosted or installed software costs the team's time; with no route at all, the data has no price yet.
  if (cost === null)
    return t(hasRoutes ? 'app.results.plan.costs.yourTime' : 'app.results.plan.costs.notListed')
  if (cost.kind !== 'price') return t(`app.results.plan.costs.${cost.kind}`)
  return t('app.results.plan.costs.price', {
    amount: formatAmount(cost, lang),
    per: t(`app.results.plan.per.${cost.per}`),
    date: formatDate(cost.asOf, lang),
  })
}

/** One way to the alternative: the host's name and link (hosted routes) and the offer, cost and limits. */
export interface RouteLine {
  key: string
  host: string | null
  url: string | null
  text: string
}

/** The routes of a proposal, worded. */
export function routeLines(proposal: Proposal, routes: Routes, words: Words): RouteLine[] {
  const { t, lang } = words
  return proposal.routes.map((route, i) => {
    if (route.kind !== 'hosted') {
      return {
        key: `${route.kind}-${i}`,
        host: null,
        url: null,
        text: t(`app.results.plan.${route.kind}`, { note: route.note[lang] }),
      }
    }
    const host = hostOf(routes, route.hostId)
    const limits = route.limits ? ` ${t('app.results.plan.limits', { limits: route.limits[lang] })}` : ''
    return {
      key: `${route.hostId}-${i}`,
      host: host?.name ?? route.hostId,
      url: route.url,
      text: `${route.offer[lang]} — ${costText(route.cost, true, words)}.${limits}`,
    }
  })
}

/** The effort of a proposal: switching, and running when self-hosting is the easiest route. */
export function effortText(proposal: Proposal, { t }: Words): string {
  const switching = t('app.results.plan.switching', {
    level: t(`app.results.plan.effortLevels.${proposal.switching}`),
  })
  if (!proposal.running) return switching
  return `${switching} · ${t('app.results.plan.running', { level: t(`app.results.plan.effortLevels.${proposal.running}`) })}`
}

/** The deliberate choices, most dependent first, with their tools, reason and mitigations. */
export function deliberateChoices(result: Result, plan: Plan, catalogue: Catalogue, { t, lang }: Words) {
  return result.functions
    .filter((f) => f.stance === 'deliberate' && f.status === 'scored')
    .sort((a, b) => (b.dependency ?? 0) - (a.dependency ?? 0))
    .map((f) => ({
      id: f.functionId,
      name: functionName(catalogue, f.functionId, lang),
      tools: f.tools.map((tool) => tool.label[lang]).join(', '),
      reason: f.reason ?? null,
      dependency: roundScore(f.dependency),
      mitigations: plan.mitigations
        .filter((m) => m.functionId === f.functionId)
        .map((m) => ({ mitigation: m, text: t(`app.results.plan.mitigations.${m.id}`) })),
    }))
}

/** How many vendors the share chart names; the others are summed in one bar. */
export const TOP_VENDORS = 6

/** The share chart's rows: the first TOP_VENDORS vendors, largest share first. */
export function vendorRows(result: Result, { t }: Words): VendorRow[] {
  return result.vendorShares.slice(0, TOP_VENDORS).map((s) => {
    const kind = result.vendors.find((v) => v.id === s.vendorId)?.kind ?? 'described'
    return {
      label: vendorName(result, s.vendorId),
      percent: percent(s.share),
      kind,
      kindLabel: t(`app.results.charts.vendorKinds.${kind}`),
    }
  })
}

/** The summed share of the vendors after the first `shown` (TOP_VENDORS), as whole percent. */
export function otherVendorsPercent(result: Result, shown = TOP_VENDORS): number {
  return percent(result.vendorShares.slice(shown).reduce((sum, s) => sum + s.share, 0))
}

/** What the share chart shows, in one sentence. */
export function vendorFinding(result: Result, { t }: Words): string {
  const lead = leadingVendor(result)
  if (!lead) return t('app.results.charts.vendors.findingNone')
  const vendor = vendorName(result, lead.vendorId)
  if (lead.vitalCount === 0)
    return t('app.results.charts.vendors.findingNoVital', { vendor, percent: percent(lead.share) })
  return t('app.results.charts.vendors.finding', lead.vitalCount, {
    vendor,
    percent: percent(lead.share),
    count: lead.vitalCount,
  })
}

/** The dependency chart's rows, most dependent first (then by name). */
export function dependencyRows(result: Result, catalogue: Catalogue, { t, lang }: Words): DependencyRow[] {
  return sortDependencyRows(
    result.functions.flatMap((f) => {
      if (f.status !== 'scored' || f.dependency === null) return []
      const concern = dependencyConcern(f.dependency)
      return [
        {
          label: functionName(catalogue, f.functionId, lang),
          dependency: roundScore(f.dependency) ?? 0,
          concern,
          concernLabel: t(`app.results.summary.concern.${concern}`),
        },
      ]
    }),
  )
}

/** What the dependency chart shows, in one sentence; `rows` as dependencyRows gives them. */
export function dependencyFinding(rows: readonly DependencyRow[], { t }: Words): string {
  const top = rows[0]
  if (!top) return t('app.results.charts.dependency.findingNone')
  const high = rows.filter((r) => r.concern === 'high').length
  return t('app.results.charts.dependency.finding', high, {
    count: high,
    total: rows.length,
    function: top.label,
    dependency: top.dependency,
  })
}

/** The values chart's rows: importance against practice, contradictions marked. */
export function valueRows(result: Result, { t }: Words): ValueRow[] {
  return result.values.map((v) => ({
    label: t(`q.value.${v.value}.label`),
    importance: roundScore(v.importance),
    practice: roundScore(v.practice),
    contradiction: result.contradictions.includes(v.value),
  }))
}

/** What the values chart shows, in one sentence: the largest contradiction, or none. */
export function valuesFinding(result: Result, { t }: Words): string {
  const worst = result.contradictions[0]
  const score = result.values.find((v) => v.value === worst)
  if (!score || score.importance === null || score.practice === null)
    return t('app.results.charts.values.findingNone')
  return t('app.results.charts.values.finding', result.contradictions.length, {
    count: result.contradictions.length,
    value: t(`q.value.${score.value}.label`),
    importance: roundScore(score.importance),
    practice: roundScore(score.practice),
  })
}
