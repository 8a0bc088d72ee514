import { describe, expect, it } from 'vitest'
import {
  captionTariffSensitivity,
  csvTariffSensitivity,
  legendTariffSensitivity,
  markerLabelTariffSensitivity,
  markerTariffSensitivity,
  referencesTariffSensitivity,
  rowsTariffSensitivity,
  showsPartnershipLine,
  tariffSensitivityAxis,
  type TariffSensitivitySpecInput,
} from '../../../src/charts/specs/tariff-sensitivity'
import { tariffAxis } from '../../../src/charts/specs/tariffAxis'
import { TARIFF_LIMITS } from '../../../src/data/publishedScenario'
import { formatMoney } from '../../../src/format/format'
import type { Currency } from '../../../src/model/scenario'
import { bounds, csvLines, exposed, FX, published, rates, WHAT_IF } from './specFixtures'

const input = (scenario = published, currency: Currency = 'USD', showRange = true): TariffSensitivitySpecInput => ({
  exposed,
  inputs: scenario,
  bounds,
  currency,
  fx: FX,
  showRange,
  rates,
})
const at = (rows: ReturnType<typeof rowsTariffSensitivity>, pct: number) => rows.find((r) => r.tariffPct === pct)!

describe('Tariff sensitivity spec', () => {
  it('draws every rate 0–50% in half points, through the published losses at 15% and zero at 2.5%', () => {
    const rows = rowsTariffSensitivity(input())
    expect(rows).toHaveLength(101)
    expect(rows[0]!.tariffPct).toBe(0)
    expect(rows[100]!.tariffPct).toBe(50)
    const now = at(rows, 15)
    expect([now.nissanUsd, now.hondaUsd, now.combinedUsd].map((v) => formatMoney(v, 'USD', FX))).toEqual(['$1.80B', '$2.54B', '$4.34B'])
    expect(formatMoney(now.hondaUsd, 'JPY', FX)).toBe('¥385B')
    expect(at(rows, 2.5).combinedUsd).toBe(0)
    // The band: all passed on (no cost) to nothing passed on (the central cost, with no option on).
    expect(now.band).toEqual([0, now.combinedUsd])
    expect(rowsTariffSensitivity(input(published, 'USD', false))[30]!.band).toBeUndefined()
  })

  it('at 25% with drivetrains and platforms: the partnership line is 23.5% under the combined cost', () => {
    const rows = rowsTariffSensitivity(input(WHAT_IF))
    const r = at(rows, 25)
    expect(formatMoney(r.combinedUsd, 'USD', FX)).toBe('$7.81B')
    expect(r.combinedWithUsd).toBeCloseTo(7.812e9 * 0.765, -3)
    expect(showsPartnershipLine(input(WHAT_IF))).toBe(true)
    expect(showsPartnershipLine(input())).toBe(false)
  })

  it('fits the money axis to the highest combined cost or band, and shares one tariff axis 0–50%', () => {
    // At 50%: $14.4B × 47.5% + $20.32B × 47.5% = $16.49B; $5B steps to $20B.
    expect(tariffSensitivityAxis(input())).toEqual({ domain: [0, 20e9], ticks: [0, 5e9, 10e9, 15e9, 20e9] })
    // In yen the band's top takes the exchange rate's top (¥200/$): $16.49B × 200 = ¥3,298B, ¥1,000B steps.
    const jpy = tariffSensitivityAxis(input(published, 'JPY'))
    expect(jpy.ticks.map((t) => Math.round((t * FX) / 1e9))).toEqual([0, 1000, 2000, 3000, 4000])
    // Without the band, the yen axis fits the central curve: ¥2,500B at 50%, ¥500B steps.
    const noBand = tariffSensitivityAxis(input(published, 'JPY', false))
    expect(noBand.ticks.map((t) => Math.round((t * FX) / 1e9))).toEqual([0, 500, 1000, 1500, 2000, 2500])
    expect(tariffAxis()).toEqual({ domain: [0, 50], ticks: [0, 10, 15, 20, 25, 30, 40, 50], title: 'US tariff on Japanese imports' })
    expect(tariffAxis().domain).toEqual([TARIFF_LIMITS.min, TARIFF_LIMITS.max])
    // The same object every time: Recharts compares the axis props by reference.
    expect(tariffAxis()).toBe(tariffAxis())
  })

  it('marks the scenario’s tariff at the combined cost before any partnership', () => {
    const usd = (v: number) => formatMoney(v, 'USD', FX)
    const now = markerTariffSensitivity(input(), 15)
    expect(markerLabelTariffSensitivity(now, usd)).toBe('15%: $4.34B')
    expect(markerLabelTariffSensitivity(now, (v) => formatMoney(v, 'JPY', FX))).toBe('15%: ¥658B')
    // With the partnership on, the marker still sits on the combined line without it.
    expect(markerLabelTariffSensitivity(markerTariffSensitivity(input(WHAT_IF), 25), usd)).toBe('25%: $7.81B')
    expect(markerTariffSensitivity(input(), 2.5).costUsd).toBe(0)
  })

  it('labels its reference lines with the baseline’s rates', () => {
    expect(referencesTariffSensitivity({ rates })).toEqual({
      preWar: { pct: 2.5, label: '2.5% pre-war' },
      now: { pct: 15, label: '15% now' },
    })
    const moved = referencesTariffSensitivity({ rates: { ...rates, preTradeWarPct: 3, currentPct: 20 } })
    expect([moved.preWar.label, moved.now.label]).toEqual(['3% pre-war', '20% now'])
  })

  it('lists the partnership line and the band in the legend only when they are drawn, and says what the band is', () => {
    const labels = (i: TariffSensitivitySpecInput) => legendTariffSensitivity(i).map((l) => l.label)
    expect(labels(input(published, 'USD', false))).toEqual(['Nissan', 'Honda', 'Combined', 'Current setting'])
    expect(labels(input(WHAT_IF))).toEqual([
      'Nissan',
      'Honda',
      'Combined',
      'Combined, with partnership',
      'Range with the stated assumption ranges',
      'Current setting',
    ])
    expect(captionTariffSensitivity(input(published, 'USD', false))).toBe(
      'Annual tariff cost at every rate from 0% to 50%; the red marker is the current setting.',
    )
    expect(captionTariffSensitivity(input())).toContain(
      '(low end: all of the tariff passed on to buyers, so no cost; high end: nothing passed on).',
    )
    expect(captionTariffSensitivity(input(WHAT_IF))).toContain(
      'high end: nothing passed on and each chosen option at the low end of its effect',
    )
  })

  it('writes every rate with the band in the CSV, band shown or not, in either currency', () => {
    const usd = csvLines(csvTariffSensitivity(input(published, 'USD', false)))
    expect(usd).toHaveLength(102)
    expect(usd[0]).toBe(
      'tariff (%),Nissan (USD billions),Honda (USD billions),combined (USD billions),combined with partnership at full ramp (USD billions),' +
        // Headers with a comma are quoted.
        '"combined with partnership at full ramp, low end of the stated ranges (USD billions)","combined with partnership at full ramp, high end of the stated ranges (USD billions)"',
    )
    expect(usd.find((l) => l.startsWith('15,'))).toBe('15,1.8,2.54,4.34,4.34,0,4.34')
    expect(usd.find((l) => l.startsWith('2.5,'))).toBe('2.5,0,0,0,0,0,0')
    const jpy = csvLines(csvTariffSensitivity(input(published, 'JPY')))
    expect(jpy[0]).toContain('Nissan (JPY billions at 151.57 JPY/USD)')
    // The band's top in yen at the exchange rate's top: 4.34 × 200.
    expect(jpy.find((l) => l.startsWith('15,'))).toBe('15,272.826,384.9878,657.8138,657.8138,0,868')
    const whatIf = csvLines(csvTariffSensitivity(input(WHAT_IF)))
    expect(
      whatIf
        .find((l) => l.startsWith('25,'))!
        .split(',')
        .slice(0, 5),
    ).toEqual(['25', '3.24', '4.572', '7.812', '5.9762'])
  })
})
