/**
 * The tariff cost model. Linear in the tariff, calibrated on each company's own published
 * estimate at the current rate (fact sheet, "Derived figures").
 */

/** Pre-trade-war US tariff on Japanese cars; "annual tariff cost" is measured above it. */
export const BASELINE_TARIFF_PCT = 2.5

/**
 * The yearly import value on which the extra tariff falls, implied by a company's own loss
 * estimate at a known rate: loss ÷ (rate − 2.5%). Nissan: 1.8 ÷ 0.125 = $14.4B.
 */
export function exposedImportUsd(publishedLossUsd: number, publishedTariffPct: number): number {
  const excessPct = publishedTariffPct - BASELINE_TARIFF_PCT
  if (excessPct <= 0) throw new RangeError('a published loss must be at a rate above the baseline')
  return (publishedLossUsd * 100) / excessPct
}

/**
 * Extra yearly cost of the tariff over the pre-trade-war rate:
 * exposed value × (tariff − 2.5%) × (1 − share passed on to buyers).
 * Below 2.5% the tariff is under its pre-trade-war level: the model counts no extra cost and
 * does not claim a gain, so the cost is never negative.
 */
export function annualTariffCostUsd(exposedUsd: number, tariffPct: number, passThroughPct: number): number {
  const excessPct = Math.max(0, tariffPct - BASELINE_TARIFF_PCT)
  const keptShare = 1 - clamp01(passThroughPct / 100)
  return (exposedUsd * excessPct * keptShare) / 100
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}

/**
 * The factor every annual tariff cost changes by when only the tariff moves from `fromPct` to
 * `toPct`: each cost is proportional to the excess over 2.5% (whatever the partnership, year or
 * pass-through), so (to − 2.5) ÷ (from − 2.5), with zero below 2.5%. From a rate at or under
 * 2.5% there is no cost to scale: 1 if there is still none, Infinity otherwise.
 */
export function tariffCostRatio(fromPct: number, toPct: number): number {
  const from = Math.max(0, fromPct - BASELINE_TARIFF_PCT)
  const to = Math.max(0, toPct - BASELINE_TARIFF_PCT)
  if (from === 0) return to === 0 ? 1 : Number.POSITIVE_INFINITY
  return to / from
}
