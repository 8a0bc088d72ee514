import { FULL_RAMP } from './partnership'
import { scenarioCost, type CostInputs, type ExposedImports } from './projection'
import { corners, shownUsd, tariffCostKeys, type AssumptionBounds, type ShownUsd } from './ranges'
import type { AssumptionKey, Assumptions, Currency } from './scenario'

/** A figure with the lowest and highest values the assumptions' stated ranges allow. */
export interface Band {
  low: ShownUsd
  central: ShownUsd
  high: ShownUsd
}

/**
 * The band of `metric` over the box of `keys`. The model is monotone in each assumption (more
 * passed on, more moved, a shorter ramp: never more cost; a higher yen rate: more yen), so its
 * lowest and highest values over the box lie on its corners; the central value is always inside.
 */
export function cornerBand(
  metric: (a: Assumptions) => number,
  a: Assumptions,
  bounds: AssumptionBounds,
  keys: readonly AssumptionKey[],
): Band {
  const central = metric(a)
  let low = central
  let high = central
  for (const c of corners(a, bounds, keys)) {
    const v = metric(c)
    if (v < low) low = v
    if (v > high) high = v
  }
  return { low, central, high }
}

/** @public Not used yet: kept for the uncertainty bands on Cost over time and Tariff sensitivity, in progress (#8 left it). */
export interface BandOptions {
  currency: Currency
  /** A calendar year, or FULL_RAMP (default) for the steady state. */
  year?: number
}

/** Keys for figures that include the software saving (partnership savings). */
function savingKeys(inputs: CostInputs, currency: Currency): AssumptionKey[] {
  const keys = tariffCostKeys(inputs.partnership, currency)
  if (inputs.partnership.software) keys.push('softwareSavingUsd', 'softwareRampYears')
  return keys
}

export interface KeyFigureBands {
  nissan: Band
  honda: Band
  combined: Band
  saving: Band
}

/**
 * Ranges for the four key figures: the tariff cost of each company and both (before any
 * partnership) and the partnership's yearly saving at full ramp.
 */
export function keyFigureBands(exposed: ExposedImports, inputs: CostInputs, bounds: AssumptionBounds, currency: Currency): KeyFigureBands {
  const fxNow = inputs.assumptions.fxJpyPerUsd
  const cost = (a: Assumptions) => scenarioCost(exposed, { ...inputs, assumptions: a }, FULL_RAMP)
  const shown = (usd: number, a: Assumptions) => shownUsd(usd, currency, a.fxJpyPerUsd, fxNow)
  // Without a partnership only the share passed on (and, in yen, the rate) matters.
  const costKeys = tariffCostKeys({ software: false, drivetrains: false, platforms: false }, currency)
  return {
    nissan: cornerBand((a) => shown(cost(a).nissan.withoutUsd, a), inputs.assumptions, bounds, costKeys),
    honda: cornerBand((a) => shown(cost(a).honda.withoutUsd, a), inputs.assumptions, bounds, costKeys),
    combined: cornerBand((a) => shown(cost(a).combined.withoutUsd, a), inputs.assumptions, bounds, costKeys),
    saving: cornerBand((a) => shown(cost(a).combined.savingUsd, a), inputs.assumptions, bounds, savingKeys(inputs, currency)),
  }
}

export interface PathBandRow {
  year: number
  /** Combined tariff cost with the partnership as it ramps up. */
  withUsd: Band
  /** Combined tariff cost without the partnership. */
  withoutUsd: Band
}

/** Low, central and high combined cost per year ("Cost over time"). */
export function costPathBands(
  exposed: ExposedImports,
  inputs: CostInputs,
  bounds: AssumptionBounds,
  currency: Currency,
  years: readonly number[],
): PathBandRow[] {
  const fxNow = inputs.assumptions.fxJpyPerUsd
  const keys = tariffCostKeys(inputs.partnership, currency)
  const withoutKeys = tariffCostKeys({ software: false, drivetrains: false, platforms: false }, currency)
  return years.map((year) => {
    const cost = (a: Assumptions) => scenarioCost(exposed, { ...inputs, assumptions: a }, year).combined
    return {
      year,
      withUsd: cornerBand((a) => shownUsd(cost(a).withUsd, currency, a.fxJpyPerUsd, fxNow), inputs.assumptions, bounds, keys),
      withoutUsd: cornerBand((a) => shownUsd(cost(a).withoutUsd, currency, a.fxJpyPerUsd, fxNow), inputs.assumptions, bounds, withoutKeys),
    }
  })
}

export interface SensitivityBandRow {
  tariffPct: number
  withoutUsd: Band
  /** With the partnership at full ramp. */
  withUsd: Band
}

/**
 * Low, central and high combined cost at each tariff rate ("Tariff sensitivity"), at full ramp.
 * Above 2.5% every cost is (tariff − 2.5%) times a factor that does not depend on the tariff, so the
 * corner that gives the lowest (highest) cost is the same at every rate: it is found once, at a
 * reference rate, and each rate costs three model runs instead of one per corner.
 */
export function sensitivityBands(
  exposed: ExposedImports,
  inputs: Omit<CostInputs, 'tariffPct'>,
  bounds: AssumptionBounds,
  currency: Currency,
  rates: readonly number[],
): SensitivityBandRow[] {
  const fxNow = inputs.assumptions.fxJpyPerUsd
  const at = (a: Assumptions, tariffPct: number) => scenarioCost(exposed, { ...inputs, tariffPct, assumptions: a }).combined
  const extremes = (keys: AssumptionKey[], pick: (a: Assumptions) => number) => {
    let lowA = inputs.assumptions
    let highA = inputs.assumptions
    let low = pick(lowA)
    let high = low
    for (const c of corners(inputs.assumptions, bounds, keys)) {
      const v = pick(c)
      if (v < low) [low, lowA] = [v, c]
      if (v > high) [high, highA] = [v, c]
    }
    return { lowA, highA }
  }
  const REF = 27.5
  const w = extremes(tariffCostKeys(inputs.partnership, currency), (a) => shownUsd(at(a, REF).withUsd, currency, a.fxJpyPerUsd, fxNow))
  const wo = extremes(tariffCostKeys({ software: false, drivetrains: false, platforms: false }, currency), (a) =>
    shownUsd(at(a, REF).withoutUsd, currency, a.fxJpyPerUsd, fxNow),
  )
  const shown = (usd: number, a: Assumptions) => shownUsd(usd, currency, a.fxJpyPerUsd, fxNow)
  return rates.map((tariffPct) => ({
    tariffPct,
    withUsd: {
      low: shown(at(w.lowA, tariffPct).withUsd, w.lowA),
      central: shown(at(inputs.assumptions, tariffPct).withUsd, inputs.assumptions),
      high: shown(at(w.highA, tariffPct).withUsd, w.highA),
    },
    withoutUsd: {
      low: shown(at(wo.lowA, tariffPct).withoutUsd, wo.lowA),
      central: shown(at(inputs.assumptions, tariffPct).withoutUsd, inputs.assumptions),
      high: shown(at(wo.highA, tariffPct).withoutUsd, wo.highA),
    },
  }))
}
