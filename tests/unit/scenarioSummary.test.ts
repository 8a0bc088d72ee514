import { describe, expect, it } from 'vitest'
import { scenarioSummary, fullRampYear } from '../../src/format/scenarioSummary'
import { formatPctApprox, formatRoughCount } from '../../src/format/format'
import { exposedImports, publishedScenario } from '../../src/data/publishedScenario'
import type { Scenario } from '../../src/model/scenario'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const exposed = exposedImports(baseline)
const published = publishedScenario(baseline)
const both: Scenario = { ...published, tariffPct: 25, partnership: { software: false, drivetrains: true, platforms: true } }
const say = (s: Scenario) => scenarioSummary(s, exposed, 15)

describe('scenarioSummary', () => {
  it('states the issue’s example at 25% with shared drivetrains and co-developed platforms from 2027', () => {
    expect(say(both)).toBe(
      "At a 25% tariff, Nissan's yearly tariff cost rises to $3.24B and Honda's to $4.57B, $3.47B more than at today's 15%. " +
        'Shared drivetrains and co-developed platforms from 2027 would save $1.84B a year once fully ramped in 2030. ' +
        "Then the combined tariff cost stays at or below today's $4.34B up to a tariff of 18.8%.",
    )
  })
  it('states the published settings, and what holding today’s cost would take without a partnership', () => {
    expect(say(published)).toBe(
      "At today's 15% tariff, Nissan's yearly tariff cost is $1.80B and Honda's $2.54B, $4.34B together. No partnership is chosen.",
    )
    expect(say({ ...published, tariffPct: 25 })).toContain(
      "With no partnership, holding today's $4.34B would take moving 44.4% of the tariff-exposed import value into North America.",
    )
  })
  it('speaks yen in yen, and splits tariff and development savings when software is chosen', () => {
    const yen = say({ ...both, currency: 'JPY', partnership: { software: true, drivetrains: true, platforms: true } })
    expect(yen).toContain("Honda's to ¥693B")
    expect(yen).toContain(
      'Shared drivetrains, co-developed platforms and shared software from 2027 would save ¥309B a year (¥278B of tariff, ¥30.3B of development cost) once fully ramped in 2030.',
    )
  })
  it('handles a lower tariff, the pre-trade-war rate, pass-through and software alone', () => {
    expect(say({ ...published, tariffPct: 10 })).toContain("falls to $1.08B and Honda's to $1.52B, $1.74B less than at today's 15%.")
    expect(say({ ...published, tariffPct: 2.5 })).toContain(
      'At a 2.5% tariff, no higher than the pre-trade-war 2.5%, neither company bears an extra tariff cost: $4.34B a year less',
    )
    expect(say({ ...published, tariffPct: 18 })).toMatch(/^At an 18% tariff/)
    expect(say({ ...published, tariffPct: 25, assumptions: { ...published.assumptions, passThroughPct: 50 } })).toMatch(
      /^At a 25% tariff, with 50% of it passed on to buyers, Nissan's yearly tariff cost rises to \$1\.62B/,
    )
    expect(say({ ...both, assumptions: { ...published.assumptions, passThroughPct: 100 } })).toMatch(
      /^At a 25% tariff, with all of it passed on to buyers, neither company bears a tariff cost\. /,
    )
    expect(say({ ...published, partnership: { software: true, drivetrains: false, platforms: false } })).toContain(
      'Shared software from 2027 would save $0.20B a year in development cost once fully ramped in 2028; it does not change the tariff cost.',
    )
  })
  it('finds the year every chosen option is fully ramped', () => {
    expect(fullRampYear(both)).toBe(2030)
    expect(fullRampYear({ ...both, partnership: { software: false, drivetrains: true, platforms: false } })).toBe(2029)
  })
})

describe('rough figures', () => {
  it('prints derived shares to one decimal and rough counts to two significant figures', () => {
    expect(formatPctApprox(18.83986928)).toBe('18.8%')
    expect(formatPctApprox(70)).toBe('70%')
    expect(formatRoughCount(331_611)).toBe('330,000')
    expect(formatRoughCount(235_000)).toBe('240,000')
    expect(formatRoughCount(42)).toBe('42')
  })
})
