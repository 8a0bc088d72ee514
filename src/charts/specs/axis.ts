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

/**
 * Width of a money y-axis that carries the rotated title beside its ticks, before scaling. Yen
 * ticks reach "¥4,000B" (at 50% and ¥200/$), seven characters against "$17.5B"'s six, and would
 * run into the title: the yen axis is wider at every tariff, so a slider's gesture never changes it.
 */
export function titledMoneyAxisWidth(currency: Currency): number {
  return currency === 'JPY' ? 78 : 64
}
