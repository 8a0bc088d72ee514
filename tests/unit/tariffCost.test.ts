import { describe, expect, it } from 'vitest'
import { annualTariffCostUsd, BASELINE_TARIFF_PCT, exposedImportUsd, tariffCostRatio } from '../../src/model/tariffCost'
import { costPath, scenarioCost } from '../../src/model/projection'
import { exposedImports, publishedScenario } from '../../src/data/publishedScenario'
import { formatMoney } from '../../src/format/format'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const exposed = exposedImports(baseline)
const published = publishedScenario(baseline)
const at = (tariffPct: number) => scenarioCost(exposed, { ...published, tariffPct })
const usd = (x: number) => formatMoney(x, 'USD', published.assumptions.fxJpyPerUsd)
const jpy = (x: number) => formatMoney(x, 'JPY', published.assumptions.fxJpyPerUsd)

describe('derived figures (fact sheet)', () => {
  it('derives the tariff-exposed import values from the published losses', () => {
    expect(exposed.nissan).toBeCloseTo(14.4e9, -3)
    expect(exposed.honda).toBeCloseTo(20.32e9, -3)
  })
  it('uses the exchange rate implied by Honda: 385 / 2.54', () => {
    expect(published.assumptions.fxJpyPerUsd).toBe(151.57)
    expect(jpy(baseline.published.hondaLossUsd.value)).toBe('¥385B')
  })
  it('refuses a published loss at or below the baseline rate', () => {
    expect(() => exposedImportUsd(1e9, BASELINE_TARIFF_PCT)).toThrow(RangeError)
  })
})

describe('calibration points (fact sheet): the published figures at the published settings', () => {
  it.each([
    [2.5, '$0.00B', '$0.00B', '$0.00B'],
    [15, '$1.80B', '$2.54B', '$4.34B'],
    [25, '$3.24B', '$4.57B', '$7.81B'],
    [27.5, '$3.60B', '$5.08B', '$8.68B'],
  ])('at %s%%: Nissan %s, Honda %s, combined %s', (tariffPct, nissan, honda, combined) => {
    const c = at(tariffPct)
    expect(usd(c.nissan.withoutUsd)).toBe(nissan)
    expect(usd(c.honda.withoutUsd)).toBe(honda)
    expect(usd(c.combined.withoutUsd)).toBe(combined)
  })
  it('is exactly zero at the pre-trade-war rate', () => {
    expect(at(2.5).combined.withoutUsd).toBe(0)
  })
  it('gives Honda ¥385B and Nissan ¥273B at 15%', () => {
    expect(jpy(at(15).honda.withoutUsd)).toBe('¥385B')
    expect(jpy(at(15).nissan.withoutUsd)).toBe('¥273B')
  })
  it('has no partnership saving at the published settings', () => {
    expect(at(15).combined.savingUsd).toBe(0)
    expect(at(15).combined.withUsd).toBe(at(15).combined.withoutUsd)
  })
})

describe('annualTariffCostUsd', () => {
  it('doubles when the excess over the baseline doubles', () => {
    // Fails if someone drops the baseline: 27.5 is not twice 15.
    expect(annualTariffCostUsd(40e9, 27.5, 0)).toBeCloseTo(2 * annualTariffCostUsd(40e9, 15, 0))
  })
  it('counts no cost (and no gain) below the pre-trade-war rate', () => {
    expect(annualTariffCostUsd(40e9, 0, 0)).toBe(0)
  })
  it('keeps only what is not passed on to buyers', () => {
    expect(annualTariffCostUsd(14.4e9, 15, 25)).toBeCloseTo(1.35e9)
    expect(annualTariffCostUsd(14.4e9, 15, 100)).toBe(0)
  })
})

describe('tariffCostRatio: the cost charts scale their drawn data by it while the slider moves', () => {
  const options = { software: true, drivetrains: true, platforms: false }
  it.each([
    [15, 27.5],
    [15, 3],
    [40, 15.5],
    [2.5 + 1e-9, 50],
  ])('turns every cost at %s%% into the cost at %s%%, with a partnership and over the years', (from, to) => {
    const inputs = { ...published, partnership: options, startYear: 2027, assumptions: { ...published.assumptions, passThroughPct: 30 } }
    const k = tariffCostRatio(from, to)
    const a = costPath(exposed, { ...inputs, tariffPct: from })
    const b = costPath(exposed, { ...inputs, tariffPct: to })
    a.forEach((row, i) => {
      expect(row.nissanWithUsd * k).toBeCloseTo(b[i]!.nissanWithUsd, 0)
      expect(row.combinedWithoutUsd * k).toBeCloseTo(b[i]!.combinedWithoutUsd, 0)
    })
  })
  it('is zero below 2.5%, one from zero to zero, and infinite from zero to a cost', () => {
    // Fails if someone drops the baseline: 27.5 / 15 is not 25 / 12.5.
    expect(tariffCostRatio(15, 27.5)).toBe(2)
    expect(tariffCostRatio(15, 1)).toBe(0)
    expect(tariffCostRatio(2, 2.5)).toBe(1)
    expect(tariffCostRatio(2.5, 3)).toBe(Number.POSITIVE_INFINITY)
  })
})
