import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { csvCostOverTime } from '../../src/charts/specs/cost-over-time'
import { csvTariffSensitivity } from '../../src/charts/specs/tariff-sensitivity'
import { publishedRates } from '../../src/data/publishedScenario'
import { costPathBands } from '../../src/model/bands'
import { PATH_YEARS } from '../../src/model/projection'
import { tariffCostRatio } from '../../src/model/tariffCost'
import { exposedImports, publishedScenario } from '../../src/data/publishedScenario'
import type { Currency, PartnershipChoice } from '../../src/model/scenario'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const exposed = exposedImports(baseline)
const published = publishedScenario(baseline)
const bounds = baseline.assumptions
const rates = publishedRates(baseline)
// The chart specs' CSVs (charts/specs), with the arguments these tests were written with.
const costOverTimeCsv = (e: typeof exposed, inputs: typeof published, b: typeof bounds, currency: Currency, fx: number) =>
  csvCostOverTime({ exposed: e, inputs, bounds: b, currency, fx, showRange: true })
const sensitivityCsv = (e: typeof exposed, inputs: typeof published, b: typeof bounds, currency: Currency, fx: number) =>
  csvTariffSensitivity({ exposed: e, inputs, bounds: b, currency, fx, showRange: true, rates })
const BOTH: PartnershipChoice = { software: true, drivetrains: true, platforms: true }

const partnershipArb = fc.record({ software: fc.boolean(), drivetrains: fc.boolean(), platforms: fc.boolean() })
const currencyArb = fc.constantFrom<Currency>('USD', 'JPY')
const tariffArb = fc.integer({ min: 0, max: 100 }).map((n) => n / 2)
const passArb = fc.integer({ min: 0, max: 20 }).map((n) => n * 5)

/** Index of a column by the start of its header. */
const col = (columns: string[], start: string) => {
  const i = columns.findIndex((c) => c.startsWith(start))
  expect(i, start).toBeGreaterThanOrEqual(0)
  return i
}

describe('the range columns of the chart CSVs', () => {
  it('Cost over time: low and high of the combined cost with the partnership, with units, around the central figure', () => {
    fc.assert(
      fc.property(tariffArb, partnershipArb, currencyArb, passArb, (tariffPct, partnership, currency, passThroughPct) => {
        const s = { ...published, tariffPct, partnership, assumptions: { ...published.assumptions, passThroughPct } }
        const t = costOverTimeCsv(exposed, s, bounds, currency, s.assumptions.fxJpyPerUsd)
        const unit = currency === 'JPY' ? 'JPY billions at 151.57 JPY/USD' : 'USD billions'
        const c = col(t.columns, 'combined with partnership (')
        const lo = col(t.columns, 'combined with partnership, low end of the stated ranges')
        const hi = col(t.columns, 'combined with partnership, high end of the stated ranges')
        expect(t.columns[lo]).toBe(`combined with partnership, low end of the stated ranges (${unit})`)
        expect(t.columns[hi]).toBe(`combined with partnership, high end of the stated ranges (${unit})`)
        expect(t.rows.map((r) => r[0])).toEqual([...PATH_YEARS])
        for (const r of t.rows) {
          const [l, m, h] = [r[lo], r[c], r[hi]] as number[]
          expect(l).toBeLessThanOrEqual(m! + 1e-9)
          expect(m).toBeLessThanOrEqual(h! + 1e-9)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('Tariff sensitivity: low and high at every rate 0–50%, around the central curve', () => {
    fc.assert(
      fc.property(partnershipArb, currencyArb, passArb, (partnership, currency, passThroughPct) => {
        const s = { ...published, partnership, assumptions: { ...published.assumptions, passThroughPct } }
        const t = sensitivityCsv(exposed, s, bounds, currency, s.assumptions.fxJpyPerUsd)
        const what = 'combined with partnership at full ramp'
        const c = col(t.columns, `${what} (`)
        const lo = col(t.columns, `${what}, low end of the stated ranges (`)
        const hi = col(t.columns, `${what}, high end of the stated ranges (`)
        expect(t.rows).toHaveLength(101)
        for (const r of t.rows) {
          const [l, m, h] = [r[lo], r[c], r[hi]] as number[]
          expect(l).toBeLessThanOrEqual(m! + 1e-9)
          expect(m).toBeLessThanOrEqual(h! + 1e-9)
        }
      }),
      { numRuns: 30 },
    )
  })

  it('states the shipped ranges: at 25% with both options the low end is no cost and the high end is the cost without any effect', () => {
    const s = { ...published, tariffPct: 25, partnership: BOTH }
    const t = costOverTimeCsv(exposed, s, bounds, 'USD', 151.57)
    const last = t.rows[t.rows.length - 1]!
    // Pass-through's range is 0–100%: all passed on costs nothing; the options' effects start at 0%.
    expect(last[col(t.columns, 'combined with partnership, low end')]).toBe(0)
    expect(last[col(t.columns, 'combined with partnership, high end')]).toBeCloseTo(
      last[col(t.columns, 'combined without partnership (')] as number,
      9,
    )
    expect(last[col(t.columns, 'combined with partnership (')]).toBeLessThan(
      last[col(t.columns, 'combined with partnership, high end')] as number,
    )
  })
})

describe('the cost-over-time band during a tariff gesture', () => {
  it('scales by (t − 2.5) ÷ (t₀ − 2.5) when only the tariff moves, as the CSS scale of the plot does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 100 }).map((n) => n / 2),
        tariffArb,
        partnershipArb,
        currencyArb,
        (t0, t, partnership, currency) => {
          const at = (tariffPct: number) => costPathBands(exposed, { ...published, tariffPct, partnership }, bounds, currency, PATH_YEARS)
          const k = tariffCostRatio(t0, t)
          const anchor = at(t0)
          at(t).forEach((row, i) => {
            const a = anchor[i]!.withUsd
            expect(row.withUsd.low).toBeCloseTo(a.low * k, 0)
            expect(row.withUsd.high).toBeCloseTo(a.high * k, 0)
            expect(row.withUsd.central).toBeCloseTo(a.central * k, 0)
          })
        },
      ),
      { numRuns: 60 },
    )
  })
})
