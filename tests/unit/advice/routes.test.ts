/** Reading the routes data (catalogue version 2) and looking an alternative's plan up. */
import { describe, expect, it } from 'vitest'
import { InvalidRoutesError, hostOf, parseRoutes, planOf } from '../../../src/domain/catalogue/routes'
import { formatReadProblem } from '../../../src/domain/read-problem'

const text = { fr: 'x', en: 'x' }

function valid() {
  return {
    asOf: '2026-11-30',
    hosts: [
      {
        id: 'zaclys',
        name: 'Zaclys',
        kind: 'chatons',
        country: 'FR',
        url: 'https://www.zaclys.com/',
        description: text,
        sourceIds: ['R1'],
        confidence: 'checked',
        checkedOn: '2026-11-30',
      },
    ],
    alternatives: {
      nextcloud: {
        switching: 'medium',
        running: 'high',
        reason: text,
        routes: [
          {
            kind: 'hosted',
            hostId: 'zaclys',
            offer: text,
            cost: { kind: 'price', amount: 2, currency: 'EUR', per: 'month', asOf: '2026-11-30' },
            limits: text,
            url: 'https://www.zaclys.com/cloud/',
            sourceIds: ['R1'],
            confidence: 'checked',
            checkedOn: '2026-11-30',
          },
          { kind: 'selfHosted', note: text, sourceIds: [] },
        ],
      },
      libreoffice: {
        switching: 'low',
        running: 'low',
        reason: text,
        routes: [{ kind: 'desktop', note: text, sourceIds: [] as string[] }],
      },
    },
    sources: [{ id: 'R1', title: 'Zaclys', url: 'https://www.zaclys.com/' }],
  }
}

type Data = ReturnType<typeof valid>

function problems(edit: (d: Data) => void): string[] {
  const data = valid()
  edit(data)
  try {
    parseRoutes(data)
  } catch (e) {
    if (e instanceof InvalidRoutesError) return e.problems.map(formatReadProblem)
    throw e
  }
  return []
}

describe('parseRoutes', () => {
  it('reads data written to the format', () => {
    const routes = parseRoutes(valid())
    expect(Object.keys(routes.alternatives)).toEqual(['nextcloud', 'libreoffice'])
    expect(routes.alternatives.nextcloud?.routes.map((r) => r.kind)).toEqual(['hosted', 'selfHosted'])
  })

  it('drops unknown keys instead of refusing them', () => {
    const data = { ...valid(), note: 'later' }
    expect(parseRoutes(data)).not.toHaveProperty('note')
  })

  it('refuses a hosted route whose host is not in the file', () => {
    const found = problems((d) => {
      const route = d.alternatives.nextcloud.routes[0]
      if (route?.kind === 'hosted') route.hostId = 'nobody'
    })
    expect(found).toEqual([expect.stringContaining('every hosted route names a host of the file')])
  })

  it('refuses a source id that sources do not list', () => {
    const found = problems((d) => {
      const route = d.alternatives.libreoffice.routes[0]
      if (route) route.sourceIds = ['R9']
    })
    expect(found).toEqual([expect.stringContaining('every source id cited is listed in sources')])
  })

  it('refuses a price of 0, an unknown period, an unknown host kind or effort, with the path', () => {
    const cost = (d: Data) => {
      const route = d.alternatives.nextcloud.routes[0]
      return route?.kind === 'hosted' ? (route.cost as Record<string, unknown>) : {}
    }
    expect(problems((d) => (cost(d).amount = 0))).toEqual([
      expect.stringMatching(/^alternatives\.nextcloud\.routes\[0\]\.cost\.amount: /),
    ])
    expect(problems((d) => (cost(d).per = 'week'))).toEqual([
      expect.stringMatching(/^alternatives\.nextcloud\.routes\[0\]\.cost\.per: /),
    ])
    expect(problems((d) => ((d.hosts[0] as Record<string, unknown>).kind = 'bigTech'))).toEqual([
      expect.stringMatching(/^hosts\[0\]\.kind: /),
    ])
    expect(
      problems((d) => ((d.alternatives.libreoffice as Record<string, unknown>).switching = 'none')),
    ).toEqual([expect.stringMatching(/^alternatives\.libreoffice\.switching: /)])
  })

  it('refuses a source id outside R1, R2, …', () => {
    expect(
      problems((d) => (d.sources[0] = { id: 'S1', title: 't', url: 'https://x.example/' })),
    ).toContainEqual(expect.stringMatching(/^sources\[0\]\.id: /))
  })
})

describe('planOf and hostOf', () => {
  const routes = parseRoutes(valid())
  it('find an alternative’s plan and a host by id', () => {
    expect(planOf(routes, 'libreoffice')?.switching).toBe('low')
    expect(hostOf(routes, 'zaclys')?.name).toBe('Zaclys')
  })
  it('give undefined for an unknown id, including inherited property names', () => {
    expect(planOf(routes, 'gmail')).toBeUndefined()
    expect(planOf(routes, 'constructor')).toBeUndefined()
    expect(hostOf(routes, 'nobody')).toBeUndefined()
  })
})
