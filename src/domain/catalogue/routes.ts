/**
 * Routes to each alternative (catalogue version 2, `v2/routes.json`): who hosts it, with which offer
 * and price, or how to run it yourselves, and the efforts of switching to it and running it. The
 * action plan (domain/advice) reads them. Types are inferred from the valibot schema, so the data's
 * shape is written once.
 *
 * Decisions:
 * - Unknown keys are dropped, not refused (valibot's `object`): a field added to the data before the
 *   code reads it must not stop the app.
 * - Beyond shape, the parser checks what a lookup relies on: every hosted route names a host of the
 *   file and every source id cited exists.
 */
import * as v from 'valibot'
import type { ToolId } from './types'
import { CONFIDENCES, EFFORTS } from './values'

/** Who offers a hosted route. 'vendor': the alternative's own maker sells it (Proton Mail by Proton). */
export const HOST_KINDS = [
  'framasoft',
  'chatons',
  'ethicalHost',
  'europeanProvider',
  'socialEconomy',
  'vendor',
] as const
export const CURRENCIES = ['EUR', 'CHF'] as const
export const PRICE_PERIODS = ['month', 'year', 'userMonth', 'userYear', 'once'] as const

const isoDate = v.pipe(v.string(), v.isoDate())
const localized = v.object({ fr: v.pipe(v.string(), v.nonEmpty()), en: v.pipe(v.string(), v.nonEmpty()) })
const sourceIds = v.array(v.pipe(v.string(), v.regex(/^R\d+$/)))
const confidence = v.picklist(CONFIDENCES)
const effort = v.picklist(EFFORTS)

const CostSchema = v.variant('kind', [
  v.object({ kind: v.literal('free') }),
  v.object({ kind: v.literal('payWhatYouWant') }),
  v.object({
    kind: v.literal('price'),
    amount: v.pipe(v.number(), v.gtValue(0)),
    currency: v.picklist(CURRENCIES),
    per: v.picklist(PRICE_PERIODS),
    asOf: isoDate,
  }),
])

const RouteSchema = v.variant('kind', [
  v.object({
    kind: v.literal('hosted'),
    hostId: v.string(),
    offer: localized,
    cost: CostSchema,
    limits: v.optional(localized),
    url: v.pipe(v.string(), v.url()),
    sourceIds,
    confidence,
    checkedOn: isoDate,
  }),
  v.object({ kind: v.literal('selfHosted'), note: localized, sourceIds }),
  v.object({ kind: v.literal('desktop'), note: localized, sourceIds }),
])

const HostSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: v.pipe(v.string(), v.nonEmpty()),
  kind: v.picklist(HOST_KINDS),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  url: v.pipe(v.string(), v.url()),
  description: localized,
  sourceIds,
  confidence,
  checkedOn: isoDate,
})

const AlternativePlanSchema = v.object({
  switching: effort,
  running: effort,
  reason: localized,
  routes: v.array(RouteSchema),
})

const SourceSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^R\d+$/)),
  title: v.pipe(v.string(), v.nonEmpty()),
  url: v.pipe(v.string(), v.url()),
})

/** The routes file: hosts, one plan per alternative tool id, and the sources they cite. */
export const RoutesSchema = v.pipe(
  v.object({
    asOf: isoDate,
    hosts: v.array(HostSchema),
    alternatives: v.record(v.string(), AlternativePlanSchema),
    sources: v.array(SourceSchema),
  }),
  v.check((data) => {
    const hosts = new Set(data.hosts.map((h) => h.id))
    return Object.values(data.alternatives).every((plan) =>
      plan.routes.every((r) => r.kind !== 'hosted' || hosts.has(r.hostId)),
    )
  }, 'every hosted route names a host of the file'),
  v.check((data) => {
    const sources = new Set(data.sources.map((s) => s.id))
    const cited = [
      ...data.hosts.flatMap((h) => h.sourceIds),
      ...Object.values(data.alternatives).flatMap((p) => p.routes.flatMap((r) => r.sourceIds)),
    ]
    return cited.every((id) => sources.has(id))
  }, 'every source id cited is listed in sources'),
)

export type Routes = v.InferOutput<typeof RoutesSchema>
export type Host = Routes['hosts'][number]
export type AlternativePlan = Routes['alternatives'][string]
export type Route = AlternativePlan['routes'][number]
export type HostedRoute = Extract<Route, { kind: 'hosted' }>
export type Cost = HostedRoute['cost']
export type HostKind = (typeof HOST_KINDS)[number]
export type RouteKind = Route['kind']

export class InvalidRoutesError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`invalid routes data: ${issues.join('; ')}`)
    this.name = 'InvalidRoutesError'
  }
}

/** Read untyped routes data, throwing InvalidRoutesError with each problem's path when it does not fit. */
export function parseRoutes(data: unknown): Routes {
  const result = v.safeParse(RoutesSchema, data)
  if (result.success) return result.output
  throw new InvalidRoutesError(
    result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
  )
}

/** The plan (efforts and routes) of an alternative tool, or undefined when the data has none. */
export function planOf(routes: Routes, toolId: ToolId): AlternativePlan | undefined {
  return Object.prototype.hasOwnProperty.call(routes.alternatives, toolId)
    ? routes.alternatives[toolId]
    : undefined
}

/** The host with this id, or undefined. */
export function hostOf(routes: Routes, hostId: string): Host | undefined {
  return routes.hosts.find((h) => h.id === hostId)
}
