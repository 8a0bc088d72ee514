import type { AssumptionKey, Assumptions, Currency, PartnershipChoice } from './scenario'

/**
 * The stated range of each assumption (public/data/baseline.json, "assumptions"). The model reads
 * only the ends; the data layer's ranges fit this shape as they are.
 */
export type AssumptionBounds = Record<AssumptionKey, { min: number; max: number }>

/**
 * Money "as shown": an amount in the currency on screen, expressed in dollars at the scenario's
 * own exchange rate, so every formatter and axis that takes USD prints it right. In USD it is
 * the dollar amount. In JPY it carries the exchange-rate assumption: a yen figure computed at
 * another rate r is stored as usd × r ÷ rate, and prints as usd × r yen.
 */
export type ShownUsd = number

export function shownUsd(usd: number, currency: Currency, fxAt: number, fxNow: number): ShownUsd {
  return currency === 'JPY' && fxNow > 0 ? (usd * fxAt) / fxNow : usd
}

/**
 * The assumptions that can change a tariff cost in this scenario. Left out, because the model
 * never reads them for a tariff cost: software (development cost, not tariff), import value per
 * vehicle (it only turns value moved into vehicles), the exchange rate when figures are in dollars,
 * and the effect and ramp of an option that is switched off.
 */
export function tariffCostKeys(partnership: PartnershipChoice, currency: Currency): AssumptionKey[] {
  const keys: AssumptionKey[] = ['passThroughPct']
  if (partnership.drivetrains) keys.push('drivetrainsPct', 'drivetrainsRampYears')
  if (partnership.platforms) keys.push('platformsPct', 'platformsRampYears')
  if (currency === 'JPY') keys.push('fxJpyPerUsd')
  return keys
}

/** Every corner of the box spanned by `keys` (each at its min or max), the other assumptions held. */
export function corners(a: Assumptions, bounds: AssumptionBounds, keys: readonly AssumptionKey[]): Assumptions[] {
  let out: Assumptions[] = [a]
  for (const k of keys) {
    const next: Assumptions[] = []
    for (const c of out) {
      next.push({ ...c, [k]: bounds[k].min })
      if (bounds[k].max !== bounds[k].min) next.push({ ...c, [k]: bounds[k].max })
    }
    out = next
  }
  return out
}
