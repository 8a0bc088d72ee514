import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { encodeScenarioQuery, parseScenarioQuery, safePathname, scenarioHref } from '../../src/share/scenarioUrl'
import { scenarioSchema } from '../../src/share/scenarioSchema'
import { normaliseScenario } from '../../src/store/scenarioStore'
import type { Scenario } from '../../src/model/scenario'
import { shippedBaseline } from './fixtures'
import { arbNote } from './arbNote'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const limits = scenarioLimits(baseline)
const ctx = { published, limits }
const parse = (q: string) => parseScenarioQuery(q, ctx)
const encode = (s: Scenario) => encodeScenarioQuery(s, published)

/** Is every value inside its range and on its step grid? */
function isValid(s: Scenario): boolean {
  if (!scenarioSchema.safeParse(s).success) return false
  const onGrid = (x: number, r: { min: number; max: number; step: number }) => {
    const k = (x - r.min) / r.step
    return x >= r.min && x <= r.max && Math.abs(k - Math.round(k)) < 1e-6
  }
  if (!onGrid(s.tariffPct, limits.tariffPct)) return false
  if (!onGrid(s.startYear, { ...limits.startYear, step: 1 })) return false
  return Object.entries(s.assumptions).every(([k, v]) => onGrid(v, limits.assumptions[k as keyof Scenario['assumptions']]))
}

/** Any valid scenario, built from the baseline's ranges. */
const arbScenario: fc.Arbitrary<Scenario> = fc
  .record({
    tariff: fc.integer({ min: 0, max: 100 }),
    software: fc.boolean(),
    drivetrains: fc.boolean(),
    platforms: fc.boolean(),
    startYear: fc.integer({ min: limits.startYear.min, max: limits.startYear.max }),
    currency: fc.constantFrom('USD' as const, 'JPY' as const),
    steps: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
    notes: fc.array(arbNote, { maxLength: 12 }),
  })
  .map((r) => {
    const keys = Object.keys(published.assumptions) as (keyof Scenario['assumptions'])[]
    const assumptions = { ...published.assumptions }
    keys.forEach((k, i) => {
      const range = limits.assumptions[k]
      const count = Math.floor((range.max - range.min) / range.step)
      assumptions[k] = range.min + ((r.steps[i] ?? 0) % (count + 1)) * range.step
    })
    return normaliseScenario(
      {
        tariffPct: r.tariff / 2,
        partnership: { software: r.software, drivetrains: r.drivetrains, platforms: r.platforms },
        startYear: r.startYear,
        currency: r.currency,
        assumptions,
        notes: r.notes,
      },
      limits,
      published,
    )
  })

describe('scenario links', () => {
  it('write nothing for the published settings', () => {
    expect(encode(published)).toBe('')
    expect(parse('')).toEqual({ scenario: published, ignored: [] })
  })

  it('use short readable names and leave defaults out', () => {
    const s: Scenario = {
      ...published,
      tariffPct: 25,
      partnership: { software: true, drivetrains: true, platforms: false },
      startYear: 2028,
      currency: 'JPY',
      assumptions: { ...published.assumptions, passThroughPct: 20, softwareSavingUsd: 150e6 },
    }
    expect(encode(s)).toBe('tariff=25&options=drivetrains,software&start=2028&passOn=20&softwareUsdM=150&currency=JPY')
  })

  it('restore a scenario exactly, with nothing ignored', () => {
    const q = 'tariff=27.5&options=platforms&start=2030&fx=148.25&platformsPct=22&platformsYears=2&vehicleUsd=20000'
    const { scenario, ignored } = parse(q)
    expect(ignored).toEqual([])
    expect(scenario.tariffPct).toBe(27.5)
    expect(scenario.partnership).toEqual({ software: false, drivetrains: false, platforms: true })
    expect(scenario.startYear).toBe(2030)
    expect(scenario.assumptions.fxJpyPerUsd).toBe(148.25)
    expect(scenario.assumptions.platformsPct).toBe(22)
    expect(scenario.assumptions.vehicleValueUsd).toBe(20000)
    expect(encode(scenario)).toBe(q)
  })

  it.each([
    ['tariff=abc', 15, /tariff “abc” is not a number \(kept 15%\)/],
    ['tariff=-50', 0, /tariff -50 is outside 0%–50% \(used 0%\)/],
    ['tariff=1e309', 15, /tariff “1e309” is too large to use/],
    ['tariff=', 15, /an empty tariff/],
    ['tariff=0x10', 15, /not a number/],
    ['tariff=25.3', 25.5, /between steps \(used 25.5%\)/],
  ])('read %s as the nearest valid tariff and say what was ignored', (q, tariffPct, message) => {
    const { scenario, ignored } = parse(q)
    expect(scenario.tariffPct).toBe(tariffPct)
    expect(ignored).toHaveLength(1)
    expect(ignored[0]).toMatch(message)
  })

  it('bring a start year of 99999 to the last allowed year', () => {
    const { scenario, ignored } = parse('start=99999&options=drivetrains')
    expect(scenario.startYear).toBe(2030)
    expect(ignored).toEqual(['partnership start year 99999 is outside 2026–2030 (used 2030)'])
  })

  it('name unknown currencies, options and parameters, and keep the rest of the link', () => {
    const { scenario, ignored } = parse('tariff=25&currency=EUR&options=drivetrains,teleport&colour=red&tariff=30')
    expect(scenario.tariffPct).toBe(25)
    expect(scenario.currency).toBe('USD')
    expect(scenario.partnership.drivetrains).toBe(true)
    expect(ignored).toEqual([
      'currency “EUR” is not USD or JPY (kept USD)',
      'unknown partnership option “teleport”',
      'unknown parameter “colour”',
      'a second “tariff” (the first one was used)',
    ])
  })

  it('group what a link repeats: unknown parameters, repeated ones, unknown options', () => {
    const { scenario, ignored } = parse('a=1&tariff=20&b=2&tariff=30&c=3&tariff=40&options=x,drivetrains,y,x&d=4&e=5&f=6')
    expect(scenario.tariffPct).toBe(20)
    expect(scenario.partnership.drivetrains).toBe(true)
    expect(ignored).toEqual([
      '6 unknown parameters: “a”, “b”, “c”, “d”, “e”, “f”',
      '2 repeated parameters (the first of each was used): “tariff”',
      '3 unknown partnership options: “x”, “y”',
    ])
  })

  it('read a 100 KB link as one short line per kind of problem', () => {
    const big = `tariff=25&options=${'z,'.repeat(25_000)}&${'k'.repeat(50_000)}=1`
    const { scenario, ignored } = parse(big)
    expect(scenario.tariffPct).toBe(25)
    expect(ignored).toEqual(['25,000 unknown partnership options: “z”', `unknown parameter “${'k'.repeat(39)}…”`])
  })

  it('carry markup only as text to show, and cut long values short', () => {
    const { scenario, ignored } = parse(`currency=${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}`)
    expect(scenario.currency).toBe('USD')
    expect(ignored[0]).toBe('currency “<img src=x onerror=window.__pwned=1>” is not USD or JPY (kept USD)')
    expect(parse(`${'x'.repeat(500)}=1`).ignored[0]).toBe(`unknown parameter “${'x'.repeat(39)}…”`)
  })

  it('keep the hash (presentation mode’s slide) when the query changes', () => {
    expect(scenarioHref({ pathname: '/', hash: '#slide=3' }, 'tariff=25')).toBe('/?tariff=25#slide=3')
    expect(scenarioHref({ pathname: '/', hash: '' }, '')).toBe('/')
  })

  // A path that starts with // is read as a link to another host ("//evil.example/"): history
  // refuses it with a SecurityError, which used to blank the page (#11).
  it.each([
    ['//', '/'],
    ['///', '/'],
    ['//evil.example/', '/evil.example/'],
    ['/\\evil.example/x', '/evil.example/x'],
    ['/some/path//', '/some/path//'],
    ['', '/'],
  ])('write the path %j as the same-origin path %j', (pathname, safe) => {
    expect(safePathname(pathname)).toBe(safe)
    expect(scenarioHref({ pathname, hash: '#slide=2' }, 'tariff=25')).toBe(`${safe}?tariff=25#slide=2`)
  })
})

describe('scenario links, properties', () => {
  it('any string as a query string gives a valid scenario without throwing', () => {
    const names = fc.constantFrom('tariff', 'options', 'start', 'currency', 'fx', 'passOn', 'softwareUsdM', 'vehicleUsd', 'x')
    const values = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.constantFrom('NaN', '1e309', '-0', 'JPY', 'drivetrains,platforms', 'none'),
    )
    const structured = fc.array(fc.tuple(names, values)).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), structured), (q) => {
        const { scenario } = parse(q)
        expect(isValid(scenario)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('URL → scenario → URL is stable', () => {
    const values = fc.oneof(fc.string(), fc.double({ min: -1e6, max: 1e6 }).map(String), fc.integer({ min: 1990, max: 2100 }).map(String))
    const names = fc.constantFrom(
      'tariff',
      'options',
      'start',
      'currency',
      'fx',
      'passOn',
      'drivetrainsPct',
      'platformsYears',
      'softwareUsdM',
      'vehicleUsd',
    )
    const q = fc.array(fc.tuple(names, values)).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'))
    fc.assert(
      fc.property(q, (query) => {
        const once = encode(parse(query).scenario)
        const again = parse(once)
        expect(again.ignored).toEqual([])
        expect(encode(again.scenario)).toBe(once)
      }),
      { numRuns: 500 },
    )
  })

  it('scenario → URL → scenario restores every valid scenario exactly', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const back = parse(encode(s))
        expect(back.ignored).toEqual([])
        expect(back.scenario).toEqual(s)
      }),
      { numRuns: 500 },
    )
  })

  it('for any path and query string, the URL written is same-origin and reads back as the scenario', () => {
    const pathUnit = fc.constantFrom('/', '/', '\\', 'a', '.', '..', ':', '@', '?', '#', '%2F', '%5C', 'evil.example', ' ', 'é')
    const path = fc.string({ unit: pathUnit, maxLength: 12 })
    fc.assert(
      fc.property(path, fc.string(), fc.string(), arbScenario, (pathname, search, hash, s) => {
        const here = new URL('http://localhost:5173/')
        here.pathname = pathname
        here.search = search
        here.hash = hash
        const written = new URL(scenarioHref(here, encode(s)), here.href)
        expect(written.origin).toBe(here.origin)
        expect(written.hash).toBe(here.hash)
        const back = parse(written.search)
        expect(back.ignored).toEqual([])
        expect(back.scenario).toEqual(s)
      }),
      { numRuns: 500 },
    )
  })
})
