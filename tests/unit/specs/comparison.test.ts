import { describe, expect, it } from 'vitest'
import {
  captionComparison,
  costOverTimeAxis,
  csvCostOverTime,
  csvSensitivity,
  legendComparison,
  markersSensitivity,
  rowsCostOverTime,
  rowsSensitivity,
  sensitivityAxis,
  type ComparedScenario,
  type ComparisonSpecInput,
} from '../../../src/charts/specs/comparison'
import { exposedImports, publishedScenario } from '../../../src/data/publishedScenario'
import type { Scenario } from '../../../src/model/scenario'
import { shippedBaseline } from '../fixtures'

const baseline = shippedBaseline()
const exposed = exposedImports(baseline)
const published = publishedScenario(baseline)
/** 25%, shared drivetrains and co-developed platforms from 2027, assumptions at their defaults. */
const high: Scenario = { ...published, tariffPct: 25, partnership: { software: false, drivetrains: true, platforms: true } }

const onScreen: ComparedScenario = {
  key: 'current',
  name: 'On screen',
  scenario: published,
  color: '#111827',
  dash: undefined,
  isCurrent: true,
}
const saved: ComparedScenario = { key: 'a', name: 'High tariff', scenario: high, color: '#0072B2', dash: '8 3', isCurrent: false }

const usd = (columns: ComparedScenario[]): ComparisonSpecInput => ({
  exposed,
  columns,
  currency: 'USD',
  fx: published.assumptions.fxJpyPerUsd,
})
const B = 1e9

describe('comparison charts spec (#8)', () => {
  describe('at the published settings (on screen alone)', () => {
    const input = usd([onScreen])

    it('draws the published combined cost, $4.34B, in every year 2025–2030', () => {
      const rows = rowsCostOverTime(input)
      expect(rows.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030])
      for (const r of rows) expect(r.s0! / B).toBeCloseTo(1.8 + 2.54, 6)
    })

    it('puts round $1B ticks up to the first one above the line with a tenth of headroom', () => {
      // 1.1 × 4.34 = 4.77: a $1B step, last tick $5B.
      expect(costOverTimeAxis(input)).toEqual({ domain: [0, 5 * B], ticks: [0, 1 * B, 2 * B, 3 * B, 4 * B, 5 * B] })
    })

    it('draws the sensitivity curve through $0 at 2.5%, $4.34B at 15% and 3.8 × that at 50%', () => {
      const rows = rowsSensitivity(input)
      expect(rows).toHaveLength(101)
      const at = (pct: number) => rows.find((r) => r.tariffPct === pct)!.s0!
      expect(at(2.5)).toBe(0)
      expect(at(15) / B).toBeCloseTo(4.34, 6)
      expect(at(50) / B).toBeCloseTo(4.34 * 3.8, 6)
      // Highest value 16.49: a $5B step.
      expect(sensitivityAxis(input)).toEqual({ domain: [0, 20 * B], ticks: [0, 5 * B, 10 * B, 15 * B, 20 * B] })
      expect(markersSensitivity(input)).toEqual([{ key: 'current', x: 15, y: expect.closeTo(4.34 * B, -3), color: '#111827' }])
    })

    it('writes the CSV in USD billions, one row per year', () => {
      const csv = csvCostOverTime(input)
      expect(csv.columns).toEqual(['year', 'On screen: combined tariff cost with partnership (USD billions)'])
      expect(csv.rows[0]![0]).toBe(2025)
      expect(csv.rows[0]![1]).toBeCloseTo(4.34, 9)
      expect(csv.rows).toHaveLength(6)
    })

    it('names the one scenario in the caption and legend, as it is', () => {
      expect(captionComparison(input)).toBe('Comparing On screen.')
      expect(legendComparison(input)).toEqual([{ label: 'On screen', color: '#111827', mark: 'line' }])
    })
  })

  describe('beside a saved scenario at 25% with drivetrains and platforms from 2027', () => {
    const input = usd([onScreen, saved])

    it('draws the saved one at $7.81B before its partnership starts, then lower as it ramps up', () => {
      const rows = rowsCostOverTime(input)
      // 25%, defaults: Nissan $3.24B + Honda $4.57B (FACTS.md calibration points).
      expect(rows[0]!.s1! / B).toBeCloseTo(3.24 + 4.572, 6)
      expect(rows[1]!.s1).toBe(rows[0]!.s1)
      expect(rows[2]!.s1!).toBeLessThan(rows[1]!.s1!)
      // Fully ramped by 2030: $1.84B a year saved (the scenario summary says the same).
      expect((rows[0]!.s1! - rows[5]!.s1!) / B).toBeCloseTo(1.84, 2)
      // The one on screen is unchanged beside it.
      expect(rows[5]!.s0! / B).toBeCloseTo(4.34, 6)
    })

    it('fits the axis to the higher line: 1.1 × 7.81 = 8.59, so $2B steps up to $10B', () => {
      expect(costOverTimeAxis(input)).toEqual({ domain: [0, 10 * B], ticks: [0, 2 * B, 4 * B, 6 * B, 8 * B, 10 * B] })
    })

    it('marks each scenario at its own tariff on its own curve', () => {
      const [mine, theirs] = markersSensitivity(input)
      expect(mine).toMatchObject({ x: 15, color: '#111827' })
      expect(theirs).toMatchObject({ key: 'a', x: 25, color: '#0072B2' })
      expect(theirs!.y / B).toBeCloseTo(3.24 + 4.572 - 1.84, 2)
      const row25 = rowsSensitivity(input).find((r) => r.tariffPct === 25)!
      expect(row25.s1).toBeCloseTo(theirs!.y, 3)
    })

    it('isolates the saved name in caption and legend, and draws its dash', () => {
      expect(captionComparison(input)).toBe('Comparing On screen and \u2068High tariff\u2069.')
      expect(legendComparison(input)[1]).toEqual({ label: '\u2068High tariff\u2069', color: '#0072B2', mark: 'dashed', dash: '8 3' })
    })

    it('writes the CSV in yen at the rate on screen when yen are shown, names as typed', () => {
      const fx = published.assumptions.fxJpyPerUsd
      const csv = csvSensitivity({ ...input, currency: 'JPY' })
      expect(csv.columns).toEqual([
        'tariff (%)',
        `On screen: combined tariff cost with partnership at full ramp (JPY billions at ${fx} JPY/USD)`,
        `High tariff: combined tariff cost with partnership at full ramp (JPY billions at ${fx} JPY/USD)`,
      ])
      const at15 = csv.rows.find((r) => r[0] === 15)!
      // $4.34B at 151.57 ¥/$: ¥657.8B (Honda's ¥385B plus Nissan's ¥272.8B).
      expect(at15[1]).toBeCloseTo(385 + 272.8, 0)
      expect(csv.rows).toHaveLength(101)
    })
  })
})
