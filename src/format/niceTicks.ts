import type { Currency } from '../model/scenario'
import { toCurrency } from './format'

/** Round steps a reader can add up at a glance: 1, 2, 2.5, 5 × 10^k. */
function niceStep(roughStep: number): number {
  const power = 10 ** Math.floor(Math.log10(roughStep))
  const m = roughStep / power
  const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10
  return nice * power
}

/**
 * Money axis ticks that are round in the currency on screen ($2B steps, or ¥250B steps), returned
 * in USD because the chart data stays in USD.
 */
export function niceMoneyTicks(maxUsd: number, currency: Currency, fx: number, count = 5): number[] {
  const perUsd = toCurrency(1, currency, fx)
  const maxShown = Math.max(maxUsd * perUsd, 1e8)
  const step = niceStep(maxShown / count)
  const ticks: number[] = []
  for (let v = 0; v < maxShown + step * 0.999; v += step) ticks.push(v / perUsd)
  return ticks
}

/** Plain counts: 0, 50k, 100k … */
export function niceCountTicks(max: number, count = 4): number[] {
  const step = niceStep(Math.max(max, 1) / count)
  const ticks: number[] = []
  for (let v = 0; v < Math.max(max, 1) + step * 0.999; v += step) ticks.push(v)
  return ticks
}
