import { niceMoneyTicks } from '../../format/niceTicks'
import type { Currency } from '../../model/scenario'

/** A value axis as a chart draws it: the range it spans and the ticks on it. */
export interface ValueAxis {
  domain: [number, number]
  ticks: number[]
}

/** The axis top a cost chart fits at rest, above its highest value (as before issue 7). */
export const REST_HEADROOM = 1.12

/** From zero to the top tick (to 1 when there is no tick): every value axis of the charts. */
export function axisFromTicks(ticks: number[]): ValueAxis {
  return { domain: [0, ticks[ticks.length - 1] ?? 1], ticks }
}

/** A cost chart's money axis at rest: round ticks in the currency on screen, headroom above `maxUsd`. */
export function restMoneyAxis(maxUsd: number, currency: Currency, fx: number): ValueAxis {
  return axisFromTicks(niceMoneyTicks(REST_HEADROOM * maxUsd, currency, fx))
}

/** "$ B a year" or "¥ B a year": the title of a money axis. */
export function moneyAxisTitle(currency: Currency): string {
  return currency === 'JPY' ? '¥ B a year' : '$ B a year'
}
