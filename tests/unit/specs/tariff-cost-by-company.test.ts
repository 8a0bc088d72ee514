import { describe, expect, it } from 'vitest'
import {
  captionTariffCostByCompany,
  csvTariffCostByCompany,
  legendTariffCostByCompany,
  rowsTariffCostByCompany,
  tariffCostByCompanyAxis,
  type TariffCostByCompanySpecInput,
} from '../../../src/charts/specs/tariff-cost-by-company'
import { formatMoney } from '../../../src/format/format'
import type { Currency } from '../../../src/model/scenario'
import { csvLines, exposed, FX, published, rates, WHAT_IF } from './specFixtures'

const input = (scenario = published, currency: Currency = 'USD'): TariffCostByCompanySpecInput => ({
  exposed,
  inputs: scenario,
  currency,
  fx: FX,
  rates,
})

describe('Tariff cost by company spec', () => {
  it('draws the published losses at the published settings: Nissan $1.80B, Honda $2.54B (¥385B), no partnership', () => {
    const rows = rowsTariffCostByCompany(input())
    expect(rows.map((r) => r.company)).toEqual(['Nissan', 'Honda', 'Combined'])
    expect(rows.map((r) => formatMoney(r.withoutUsd, 'USD', FX))).toEqual(['$1.80B', '$2.54B', '$4.34B'])
    expect(formatMoney(rows[1]!.withoutUsd, 'JPY', FX)).toBe('¥385B')
    // No partnership: both bars of a company are the same.
    expect(rows.map((r) => r.withUsd)).toEqual(rows.map((r) => r.withoutUsd))
  })

  it('at 25% with drivetrains and platforms: the linear cost, cut by 1 − 0.9 × 0.85 = 23.5% with the partnership', () => {
    const rows = rowsTariffCostByCompany(input(WHAT_IF))
    expect(rows.map((r) => formatMoney(r.withoutUsd, 'USD', FX))).toEqual(['$3.24B', '$4.57B', '$7.81B'])
    expect(rows[0]!.withUsd).toBeCloseTo(3.24e9 * 0.765, -3)
    expect(rows[1]!.withUsd).toBeCloseTo(4.572e9 * 0.765, -3)
  })

  it('fits the axis to round ticks in the currency on screen, 12% above the combined cost', () => {
    // $4.34B × 1.12 = $4.86B: $1B steps to $5B.
    expect(tariffCostByCompanyAxis(input())).toEqual({ domain: [0, 5e9], ticks: [0, 1e9, 2e9, 3e9, 4e9, 5e9] })
    // ¥658B × 1.12 = ¥737B: ¥200B steps to ¥800B, held in USD.
    const jpy = tariffCostByCompanyAxis(input(published, 'JPY'))
    expect(jpy.ticks.map((t) => Math.round((t * FX) / 1e9))).toEqual([0, 200, 400, 600, 800])
    expect(jpy.domain[1]).toBe(jpy.ticks[4])
    // $7.81B × 1.12 = $8.75B: $2B steps to $10B.
    expect(tariffCostByCompanyAxis(input(WHAT_IF)).ticks).toEqual([0, 2e9, 4e9, 6e9, 8e9, 10e9])
  })

  it('names the pre-trade-war rate of the baseline in its caption, and its two series in the legend', () => {
    expect(captionTariffCostByCompany({ rates })).toBe(
      'Annual tariff cost over the 2.5% pre-trade-war rate, without and with the partnership at full ramp.',
    )
    expect(captionTariffCostByCompany({ rates: { ...rates, preTradeWarPct: 3 } })).toContain('over the 3% pre-trade-war rate')
    expect(legendTariffCostByCompany().map((l) => l.label)).toEqual(['Without partnership', 'With partnership (full ramp)'])
  })

  it('writes the CSV in billions of the chosen currency, at the published settings and at 25% with the partnership', () => {
    expect(csvLines(csvTariffCostByCompany(input()))).toEqual([
      'company,tariff cost without partnership (USD billions),tariff cost with partnership at full ramp (USD billions)',
      'Nissan,1.8,1.8',
      'Honda,2.54,2.54',
      'Combined,4.34,4.34',
    ])
    expect(csvLines(csvTariffCostByCompany(input(published, 'JPY')))).toEqual([
      'company,tariff cost without partnership (JPY billions at 151.57 JPY/USD),tariff cost with partnership at full ramp (JPY billions at 151.57 JPY/USD)',
      'Nissan,272.826,272.826',
      'Honda,384.9878,384.9878',
      'Combined,657.8138,657.8138',
    ])
    expect(csvLines(csvTariffCostByCompany(input(WHAT_IF))).slice(1)).toEqual([
      'Nissan,3.24,2.4786',
      'Honda,4.572,3.4976',
      'Combined,7.812,5.9762',
    ])
  })
})
