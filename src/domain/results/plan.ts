/**
 * How the results page presents the action plan (pure, no Vue): its groups in reading order, the
 * first actions of the first screen, and prices in the reader's language.
 */
import type { Plan, Proposal } from '../advice'
import type { Cost } from '../catalogue/routes'
import type { Locale } from '../catalogue/types'

export interface PlanGroups {
  /** Effort 1 and a gain of 10 or more: first, whatever their rank. */
  quickWins: readonly Proposal[]
  /** The rest of the six-month plan. */
  sixMonths: readonly Proposal[]
  /** Every other proposal. */
  others: readonly Proposal[]
}

/** The proposals in the page's three groups, each in the plan's order (priority). */
export function planGroups(plan: Plan): PlanGroups {
  return {
    quickWins: plan.proposals.filter((p) => p.quickWin),
    sixMonths: plan.proposals.filter((p) => !p.quickWin && p.sixMonthPlan),
    others: plan.proposals.filter((p) => !p.quickWin && !p.sixMonthPlan),
  }
}

/** The first `count` actions in the order the page lists them: quick wins, then the six-month plan, then the rest. */
export function firstActions(plan: Plan, count = 3): Proposal[] {
  const { quickWins, sixMonths, others } = planGroups(plan)
  return [...quickWins, ...sixMonths, ...others].slice(0, count)
}

/** A price's amount in the reader's language and currency ("12,50 €", "€12.50"). */
export function formatAmount(cost: Extract<Cost, { kind: 'price' }>, locale: Locale): string {
  const whole = Number.isInteger(cost.amount)
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: cost.currency,
    minimumFractionDigits: whole ? 0 : 2,
  }).format(cost.amount)
}

/** An ISO date as the reader writes it ("30 novembre 2026", "30 November 2026"). */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date)
}
