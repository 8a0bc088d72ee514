import { describe, expect, it } from 'vitest'
import { tariffPresets } from '../../src/controls/TariffControl'
import { publishedRates } from '../../src/data/publishedScenario'
import { BASELINE_TARIFF_PCT } from '../../src/model/tariffCost'
import { TARIFF_SWING } from '../../src/model/tornado'
import { shippedBaseline } from './fixtures'

/**
 * The published tariff rates come from baseline.json (issue 8): labels, presets and reference
 * lines read them. The model keeps two constants of its own (it is pure and takes no baseline);
 * these tests hold them to the file.
 */
const baseline = shippedBaseline()
const rates = publishedRates(baseline)

describe('published tariff rates', () => {
  it('are read from baseline.json: 2.5% before the trade war, 15% now, 27.5% from April 2025', () => {
    expect(rates).toEqual({ preTradeWarPct: 2.5, currentPct: 15, april2025Pct: 27.5 })
  })

  it('agree with the model’s constants: the pre-trade-war rate and the tornado’s tariff swing', () => {
    expect(BASELINE_TARIFF_PCT).toBe(baseline.published.preTradeWarTariffPct.value)
    expect(TARIFF_SWING).toEqual({ min: rates.preTradeWarPct, max: rates.april2025Pct })
  })

  it('put Reset at today’s published rate', () => {
    expect(baseline.defaults.tariffPct).toBe(rates.currentPct)
  })

  it('make the tariff presets, with 25% as the one rate that is not published', () => {
    expect(tariffPresets(rates)).toEqual([
      { pct: 2.5, label: 'pre-trade-war' },
      { pct: 15, label: 'current' },
      { pct: 25, label: 'what-if' },
      { pct: 27.5, label: 'April 2025' },
    ])
    expect(tariffPresets({ preTradeWarPct: 3, currentPct: 20, april2025Pct: 30 }).map((p) => p.pct)).toEqual([3, 20, 25, 30])
  })
})
