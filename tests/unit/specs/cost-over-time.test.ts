import { describe, expect, it } from 'vitest'
import {
  bandCostOverTime,
  captionCostOverTime,
  costOverTimeAxis,
  csvCostOverTime,
  joinBand,
  legendCostOverTime,
  maxCostOverTime,
  pathCostOverTime,
  rowsCostOverTime,
  startLabelCostOverTime,
  startLabelSideCostOverTime,
  startYearCostOverTime,
  type CostOverTimeSpecInput,
} from '../../../src/charts/specs/cost-over-time'
import { formatMoney } from '../../../src/format/format'
import type { Currency } from '../../../src/model/scenario'
import { bounds, csvLines, exposed, FX, published, WHAT_IF } from './specFixtures'

const input = (scenario = published, currency: Currency = 'USD', showRange = true): CostOverTimeSpecInput => ({
  exposed,
  inputs: scenario,
  bounds,
  currency,
  fx: FX,
  showRange,
})

describe('Cost over time spec', () => {
  it('holds the published losses in every year 2025–2030 at the published settings', () => {
    const rows = rowsCostOverTime(input())
    expect(rows.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030])
    for (const r of rows) {
      expect([r.nissanWithUsd, r.hondaWithUsd, r.combinedWithoutUsd].map((v) => formatMoney(v, 'USD', FX))).toEqual([
        '$1.80B',
        '$2.54B',
        '$4.34B',
      ])
      expect(formatMoney(r.hondaWithUsd, 'JPY', FX)).toBe('¥385B')
      expect(r.band).toEqual([0, r.combinedWithoutUsd])
    }
    expect(rowsCostOverTime(input(published, 'USD', false))[0]!.band).toBeUndefined()
  })

  it('at 25% with drivetrains and platforms from 2027: nothing before the start, then the ramps, 23.5% at full effect', () => {
    const rows = rowsCostOverTime(input(WHAT_IF))
    expect(rows[0]!.nissanWithUsd).toBeCloseTo(3.24e9, -3)
    expect(rows[1]!.combinedWithUsd).toBeCloseTo(7.812e9, -3)
    // 2027: drivetrains at 1/3 of 10%, platforms at 1/4 of 15% on the rest.
    const cut2027 = 0.1 / 3 + (1 - 0.1 / 3) * (0.15 / 4)
    expect(rows[2]!.nissanWithUsd).toBeCloseTo(3.24e9 * (1 - cut2027), -3)
    expect(rows[5]!.combinedWithUsd).toBeCloseTo(7.812e9 * 0.765, -3)
    expect(rows.every((r) => r.combinedWithoutUsd === rows[0]!.combinedWithoutUsd)).toBe(true)
  })

  it('joins a band kept per rate to the path as the chart does, and fits the axis to the higher of line and band', () => {
    const i = input(WHAT_IF)
    expect(joinBand(pathCostOverTime(i), bandCostOverTime(i))).toEqual(rowsCostOverTime(i))
    expect(joinBand(pathCostOverTime(i), null)).toEqual(pathCostOverTime(i))
    // In yen the band's top is at ¥200/$: higher than the line.
    const jpy = input(published, 'JPY')
    expect(maxCostOverTime(pathCostOverTime(jpy), bandCostOverTime(jpy))).toBeCloseTo((4.34e9 * 200) / FX, -3)
    expect(maxCostOverTime(pathCostOverTime(jpy), null)).toBeCloseTo(4.34e9, -3)
  })

  it('fits the axis at rest 12% above the highest value, in round steps of the currency on screen', () => {
    expect(costOverTimeAxis(input())).toEqual({ domain: [0, 5e9], ticks: [0, 1e9, 2e9, 3e9, 4e9, 5e9] })
    expect(costOverTimeAxis(input(WHAT_IF)).ticks).toEqual([0, 2e9, 4e9, 6e9, 8e9, 10e9])
    // ¥868B (the band's top) × 1.12 = ¥972B: ¥200B steps to ¥1,000B.
    expect(costOverTimeAxis(input(published, 'JPY')).ticks.map((t) => Math.round((t * FX) / 1e9))).toEqual([0, 200, 400, 600, 800, 1000])
    // Without the band: ¥658B × 1.12 = ¥737B, to ¥800B.
    expect(costOverTimeAxis(input(published, 'JPY', false)).ticks.map((t) => Math.round((t * FX) / 1e9))).toEqual([0, 200, 400, 600, 800])
  })

  it('marks the start year only when an option changes the tariff cost; legend and caption follow the band', () => {
    expect(startYearCostOverTime(input(WHAT_IF))).toBe(2027)
    expect(startYearCostOverTime(input())).toBeNull()
    expect(startYearCostOverTime(input({ ...published, partnership: { software: true, drivetrains: false, platforms: false } }))).toBeNull()
    expect(startLabelCostOverTime(2029)).toBe('Partnership starts 2029')
    // Right of the line in the first half of 2025–2030, left of it after, so it stays in the chart.
    expect([2026, 2027, 2028, 2029, 2030].map((y) => startLabelSideCostOverTime(y))).toEqual([
      'insideTopLeft',
      'insideTopLeft',
      'insideTopRight',
      'insideTopRight',
      'insideTopRight',
    ])
    expect(legendCostOverTime({ showRange: false }).map((l) => l.label)).toEqual([
      'Nissan, with partnership',
      'Honda, with partnership',
      'Combined, without partnership',
    ])
    expect(
      legendCostOverTime({ showRange: true })
        .map((l) => l.label)
        .at(-1),
    ).toBe('Range with the stated assumption ranges')
    expect(captionCostOverTime(input(published, 'USD', false))).toBe(
      'Yearly tariff cost 2025–2030 with the tariff held at the chosen rate; areas show each company with the partnership as it ramps up, the dashed line the combined cost without it.',
    )
    expect(captionCostOverTime(input(WHAT_IF))).toContain('high end: nothing passed on and each chosen option')
  })

  it('writes each year with the band and the software saving in the CSV, in either currency', () => {
    const usd = csvLines(csvCostOverTime(input(published, 'USD', false)))
    expect(usd[0]).toBe(
      'year,Nissan without partnership (USD billions),Nissan with partnership (USD billions),Honda without partnership (USD billions),' +
        'Honda with partnership (USD billions),combined without partnership (USD billions),combined with partnership (USD billions),' +
        '"combined with partnership, low end of the stated ranges (USD billions)","combined with partnership, high end of the stated ranges (USD billions)",' +
        '"software development saving, both (USD billions)"',
    )
    expect(usd.slice(1)).toEqual([2025, 2026, 2027, 2028, 2029, 2030].map((y) => `${y},1.8,1.8,2.54,2.54,4.34,4.34,0,4.34,0`))
    const jpy = csvLines(csvCostOverTime(input(published, 'JPY')))
    expect(jpy[0]).toContain('Nissan without partnership (JPY billions at 151.57 JPY/USD)')
    expect(jpy[1]).toBe('2025,272.826,272.826,384.9878,384.9878,657.8138,657.8138,0,868,0')
    const whatIf = csvLines(csvCostOverTime(input(WHAT_IF)))
    expect(whatIf[1]).toBe('2025,3.24,3.24,4.572,4.572,7.812,7.812,0,7.812,0')
    expect(whatIf[6]).toBe('2030,3.24,2.4786,4.572,3.4976,7.812,5.9762,0,7.812,0')
  })
})
