/**
 * Routes to each alternative (catalogue version 2, `v2/routes.json`): who hosts it, with which offer
 * and price, or how to run it yourselves, and the efforts of switching to it and running it. The
 * action plan (domain/advice) reads them. Types are inferred from the valibot schema, so the data's
 * shape is written once.
 *
 * Decisions:
 * - Built on the field schemas every reader shares (src/domain/schemas.ts) and reporting the shared
 *   ReadProblem shape. Unknown keys are dropped, not refused: a field added to the data before the
 *   code reads it must not stop the app.
 * - Beyond shape, the parser checks what a lookup relies on: every hosted route names a host of the
 *   file and every source id cited exists.
 */
import * as v from 'valibot'
import { formatReadProblem, issueProblems, type ReadProblem } from '../read-problem'
import { CALENDAR_DATE, NON_EMPTY, STRING, list, object, oneOf, recordOf, variantOption } from '../schemas'
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

const sourceIds = list(v.pipe(STRING, v.regex(/^R\d+$/, 'expected a source id such as R12')))
const URL_SCHEMA = v.pipe(NON_EMPTY, v.regex(/^https?:\/\//, 'expected an http(s) URL'))
const localized = object({ fr: NON_EMPTY, en: NON_EMPTY })
const confidence = oneOf(CONFIDENCES)
const effort = oneOf(EFFORTS)

const CostSchema = v.variant(
  'kind',
  [
    variantOption({ kind: v.literal('free') }),
    variantOption({ kind: v.literal('payWhatYouWant') }),
    // A paid offer whose price no source we could read states: the reader checks it on the host's
    // page rather than being shown a guessed amount.
    variantOption({ kind: v.literal('seeOffer') }),
    variantOption({
      kind: v.literal('price'),
      amount: v.pipe(v.number('expected a number'), v.gtValue(0, 'expected an amount above 0')),
      currency: oneOf(CURRENCIES),
      per: oneOf(PRICE_PERIODS),
      asOf: CALENDAR_DATE,
    }),
  ],
  'expected one of free, payWhatYouWant, seeOffer, price',
)

const RouteSchema = v.variant(
  'kind',
  [
    variantOption({
      kind: v.literal('hosted'),
      hostId: NON_EMPTY,
      offer: localized,
      cost: CostSchema,
      limits: v.optional(localized),
      url: URL_SCHEMA,
      sourceIds,
      confidence,
      checkedOn: CALENDAR_DATE,
    }),
    variantOption({ kind: v.literal('selfHosted'), note: localized, sourceIds }),
    variantOption({ kind: v.literal('desktop'), note: localized, sourceIds }),
  ],
  'expected one of hosted, selfHosted, desktop',
)

const HostSchema = object({
  id: v.pipe(STRING, v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id')),
  name: NON_EMPTY,
  kind: oneOf(HOST_KINDS),
  country: v.pipe(STRING, v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code such as FR')),
  url: URL_SCHEMA,
  description: localized,
  sourceIds,
  confidence,
  checkedOn: CALENDAR_DATE,
})

const AlternativePlanSchema = object({
  switching: effort,
  running: effort,
  reason: localized,
  routes: list(RouteSchema),
})

const SourceSchema = object({
  id: v.pipe(STRING, v.regex(/^R\d+$/, 'expected a source id such as R12')),
  title: NON_EMPTY,
  url: URL_SCHEMA,
})

/** The routes file: hosts, one plan per alternative tool id, and the sources they cite. */
export const RoutesSchema = v.pipe(
  v.object({
    asOf: CALENDAR_DATE,
    hosts: list(HostSchema),
    alternatives: recordOf(AlternativePlanSchema),
    sources: list(SourceSchema),
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

/** Routes data that does not fit the schema, with every problem in the shape all readers share. */
export class InvalidRoutesError extends Error {
  constructor(readonly problems: readonly [ReadProblem, ...ReadProblem[]]) {
    super(`invalid routes data: ${problems.map(formatReadProblem).join('; ')}`)
    this.name = 'InvalidRoutesError'
  }
}

/** Read untyped routes data, throwing InvalidRoutesError with each problem's path when it does not fit. */
export function parseRoutes(data: unknown): Routes {
  const result = v.safeParse(RoutesSchema, data)
  if (result.success) return result.output
  const [first, ...rest] = issueProblems('', result.issues)
  // safeParse reports at least one issue when it fails.
  throw new InvalidRoutesError(
    first ? [first, ...rest] : [{ kind: 'invalidField', path: '', detail: 'invalid' }],
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
