import { describe, expect, it } from 'vitest'
import catalogueJson from '../../../src/domain/catalogue/v2/catalogue.json'
import routesJson from '../../../src/domain/catalogue/v2/routes.json'
import { CURRENCIES, HOST_KINDS, PRICE_PERIODS, parseRoutes } from '../../../src/domain/catalogue/routes'
import { CONFIDENCES, EFFORTS } from '../../../src/domain/catalogue/values'

// The data is read as plain JSON here (the schema is tested in tests/unit/advice/routes.test.ts):
// these checks name what they read, with the lists the schema itself uses.
const ROUTE_KINDS = ['hosted', 'selfHosted', 'desktop'] as const
const COST_KINDS = ['free', 'payWhatYouWant', 'seeOffer', 'price'] as const
const PERIODS = PRICE_PERIODS

interface Localized {
  fr: string
  en: string
}
interface Cost {
  kind: string
  amount?: number
  currency?: string
  per?: string
  asOf?: string
}
interface Route {
  kind: string
  hostId?: string
  offer?: Localized
  cost?: Cost
  limits?: Localized
  url?: string
  note?: Localized
  sourceIds: string[]
  confidence?: string
  checkedOn?: string
}
interface Plan {
  switching: string
  running: string
  reason: Localized
  routes: Route[]
}
interface Host {
  id: string
  name: string
  kind: string
  country: string
  url: string
  description: Localized
  sourceIds: string[]
  confidence: string
  checkedOn: string
}
interface RoutesFile {
  asOf: string
  hosts: Host[]
  alternatives: Record<string, Plan>
  sources: { id: string; title: string; url: string }[]
}

const routes = routesJson as RoutesFile
/** The tools of catalogue v2, as the checks below read them. */
const v2Tools = (
  catalogueJson as { functions: { tools: { id: string; side: string; migration?: { effort: string } }[] }[] }
).functions.flatMap((fn) => fn.tools)
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const plans = Object.entries(routes.alternatives)
const allRoutes = plans.flatMap(([toolId, plan]) => plan.routes.map((route) => ({ toolId, route })))
const hostedRoutes = allRoutes.filter(({ route }) => route.kind === 'hosted')
const sourceIds = new Set(routes.sources.map((source) => source.id))
const hostIds = new Set(routes.hosts.map((host) => host.id))

function isOneOf<T extends string>(list: readonly T[], value: string | undefined): boolean {
  return list.some((item) => item === value)
}

function expectFilled(text: Localized | undefined, where: string): void {
  expect(text?.fr.trim(), `${where} fr`).toBeTruthy()
  expect(text?.en.trim(), `${where} en`).toBeTruthy()
}

describe('routes to alternatives (catalogue v2)', () => {
  it('fits the schema the app reads it with', () => {
    expect(() => parseRoutes(routesJson)).not.toThrow()
  })

  it('has a plan for every alternative of catalogue v2, and none for another tool', () => {
    const alternativeIds = v2Tools.filter((tool) => tool.side === 'alternative').map((tool) => tool.id)
    expect(alternativeIds.length).toBeGreaterThan(0)
    expect(Object.keys(routes.alternatives).sort()).toEqual([...alternativeIds].sort())
  })

  it('rates switching and running efforts on the allowed scale, with a reason in both languages', () => {
    for (const [toolId, plan] of plans) {
      expect(isOneOf(EFFORTS, plan.switching), `${toolId} switching`).toBe(true)
      expect(isOneOf(EFFORTS, plan.running), `${toolId} running`).toBe(true)
      expectFilled(plan.reason, `${toolId} reason`)
    }
  })

  it('takes the switching effort from the catalogue’s migration effort', () => {
    for (const tool of v2Tools) {
      if (tool.side !== 'alternative' || !tool.migration) continue
      expect(routes.alternatives[tool.id]?.switching, tool.id).toBe(tool.migration.effort)
    }
  })

  it('uses only the route kinds of the format and lists hosted routes first', () => {
    for (const [toolId, plan] of plans) {
      const kinds = plan.routes.map((route) => route.kind)
      for (const kind of kinds) expect(isOneOf(ROUTE_KINDS, kind), `${toolId} ${kind}`).toBe(true)
      const firstOther = kinds.findIndex((kind) => kind !== 'hosted')
      const lastHosted = kinds.lastIndexOf('hosted')
      if (firstOther !== -1) expect(lastHosted, toolId).toBeLessThan(firstOther)
    }
  })

  it('gives each hosted route an existing host, an offer, a link and a dated confidence', () => {
    expect(hostedRoutes.length).toBeGreaterThan(0)
    for (const { toolId, route } of hostedRoutes) {
      expect(hostIds.has(route.hostId ?? ''), `${toolId} → ${route.hostId}`).toBe(true)
      expectFilled(route.offer, `${toolId} offer`)
      if (route.limits) expectFilled(route.limits, `${toolId} limits`)
      expect(route.url, toolId).toMatch(/^https?:\/\//)
      expect(isOneOf(CONFIDENCES, route.confidence), toolId).toBe(true)
      expect(route.checkedOn, toolId).toMatch(ISO_DATE)
    }
  })

  it('gives each self-hosting or desktop route a note in both languages', () => {
    for (const { toolId, route } of allRoutes) {
      if (route.kind !== 'hosted') expectFilled(route.note, `${toolId} ${route.kind} note`)
    }
  })

  it('writes well-formed costs: a price has an amount above zero, a currency, a period and a date', () => {
    for (const { toolId, route } of hostedRoutes) {
      const cost = route.cost
      expect(isOneOf(COST_KINDS, cost?.kind), toolId).toBe(true)
      if (cost?.kind !== 'price') continue
      expect(cost.amount, toolId).toBeGreaterThan(0)
      expect(isOneOf(CURRENCIES, cost.currency), `${toolId} currency`).toBe(true)
      expect(isOneOf(PERIODS, cost.per), `${toolId} period`).toBe(true)
      expect(cost.asOf, toolId).toMatch(ISO_DATE)
    }
  })

  it('says "indicative" in the offer of every price no cited source states', () => {
    for (const { toolId, route } of hostedRoutes) {
      if (route.cost?.kind !== 'price' || route.confidence !== 'known') continue
      expect(route.offer?.fr, toolId).toMatch(/indicatif/)
      expect(route.offer?.en, toolId).toMatch(/indicative/)
    }
  })

  it('cites only sources R1, R2, … that exist, each with a title and a link', () => {
    const ids = routes.sources.map((source) => source.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const source of routes.sources) {
      expect(source.id).toMatch(/^R[1-9]\d*$/)
      expect(source.title.trim(), source.id).toBeTruthy()
      expect(source.url, source.id).toMatch(/^https?:\/\//)
    }
    const cited = [
      ...routes.hosts.map((host) => host.sourceIds),
      ...allRoutes.map(({ route }) => route.sourceIds),
    ].flat()
    for (const id of cited) expect(sourceIds.has(id), id).toBe(true)
  })

  it('backs every checked host and checked route with at least one source', () => {
    for (const host of routes.hosts) {
      if (host.confidence === 'checked') expect(host.sourceIds.length, host.id).toBeGreaterThan(0)
    }
    for (const { toolId, route } of hostedRoutes) {
      if (route.confidence === 'checked') expect(route.sourceIds.length, toolId).toBeGreaterThan(0)
    }
  })

  it('describes each host once, with a kind, a country code, a link and a dated confidence', () => {
    expect(hostIds.size).toBe(routes.hosts.length)
    for (const host of routes.hosts) {
      expect(host.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(host.name.trim(), host.id).toBeTruthy()
      expect(isOneOf(HOST_KINDS, host.kind), `${host.id} kind`).toBe(true)
      expect(host.country, host.id).toMatch(/^[A-Z]{2}$/)
      expect(host.url, host.id).toMatch(/^https?:\/\//)
      expectFilled(host.description, `${host.id} description`)
      expect(isOneOf(CONFIDENCES, host.confidence), host.id).toBe(true)
      expect(host.checkedOn, host.id).toMatch(ISO_DATE)
    }
  })

  it('leaves no host unused', () => {
    const used = new Set(hostedRoutes.map(({ route }) => route.hostId))
    for (const host of routes.hosts) expect(used.has(host.id), host.id).toBe(true)
  })

  it('offers no Framasoft service that has closed', () => {
    // Closed per the reference catalogue's framasoftServices (Framadrop, Framabag, Framasphère, Framabee).
    const closed = /framadrop|framabag|framasphere|framabee/
    for (const { toolId, route } of hostedRoutes) {
      if (route.hostId === 'framasoft') expect(route.url, toolId).not.toMatch(closed)
    }
  })

  it('dates the file', () => {
    expect(routes.asOf).toMatch(ISO_DATE)
  })
})
