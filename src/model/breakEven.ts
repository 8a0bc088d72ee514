import { exposureCut, FULL_RAMP } from './partnership'
import type { Assumptions, PartnershipChoice } from './scenario'
import { BASELINE_TARIFF_PCT } from './tariffCost'

/**
 * "What would it take to be no worse off than today?" Today is the published rate (15%) with no
 * partnership. The cost is linear in the tariff over 2.5% and both companies' exposed values are
 * cut by the same share s, so the combined cost with the partnership is
 *   Σ exposed × (t − 2.5%) × (1 − passed on) × (1 − s)
 * and it is no higher than today's Σ exposed × (15% − 2.5%) × (1 − passed on) exactly when
 *   (t − 2.5%) × (1 − s) ≤ 15% − 2.5%.
 * The share passed on cancels; the exposed values cancel.
 */

/**
 * The highest tariff at which the combined cost with the partnership (cut share s at full ramp)
 * is no higher than today's: 2.5% + 12.5% ÷ (1 − s). Infinity when nothing is left to tax
 * (s = 100%, or everything passed on so no cost at any rate).
 */
export function breakEvenTariffPct(cutShare: number, todayTariffPct: number, passThroughPct = 0): number {
  if (cutShare >= 1 || passThroughPct >= 100) return Number.POSITIVE_INFINITY
  return BASELINE_TARIFF_PCT + (todayTariffPct - BASELINE_TARIFF_PCT) / (1 - Math.max(0, cutShare))
}

/**
 * The share of exposed value that must move into North America to hold today's cost at tariff t:
 * 1 − 12.5% ÷ (t − 2.5%), and nothing at or under today's rate. At 25%: 1 − 12.5 ÷ 22.5 ≈ 44.4%.
 */
export function requiredCutShare(tariffPct: number, todayTariffPct: number): number {
  const excess = tariffPct - BASELINE_TARIFF_PCT
  const todayExcess = todayTariffPct - BASELINE_TARIFF_PCT
  if (excess <= todayExcess) return 0
  return 1 - todayExcess / excess
}

export interface EffectBounds {
  drivetrainsPct: { min: number; max: number; step: number }
  platformsPct: { min: number; max: number; step: number }
}

/** The most the chosen tariff options can move within their stated ranges: 1 − (1 − 40%)(1 − 50%) = 70%. */
export function maxCutShare(partnership: PartnershipChoice, bounds: EffectBounds): number {
  const d = partnership.drivetrains ? bounds.drivetrainsPct.max / 100 : 0
  const p = partnership.platforms ? bounds.platformsPct.max / 100 : 0
  return 1 - (1 - d) * (1 - p)
}

function cutOf(partnership: PartnershipChoice, drivetrainsPct: number, platformsPct: number): number {
  const d = partnership.drivetrains ? drivetrainsPct / 100 : 0
  const p = partnership.platforms ? platformsPct / 100 : 0
  return 1 - (1 - d) * (1 - p)
}

export type HoldPlan =
  /** Nothing needs to move: the chosen tariff is at or under today's. */
  | { kind: 'nothing-needed' }
  /** No option that moves value is switched on. */
  | { kind: 'no-option' }
  /** The options as set already move enough. */
  | { kind: 'already'; cutShare: number }
  /** These effects (on the stated step grid) reach the required share. */
  | { kind: 'reach'; drivetrainsPct: number; platformsPct: number; cutShare: number }
  /** Even at the top of their ranges the options fall short; these are the tops. */
  | { kind: 'short'; drivetrainsPct: number; platformsPct: number; cutShare: number }

function snapUp(x: number, r: { min: number; max: number; step: number }): number {
  const n = Math.ceil((x - r.min) / r.step - 1e-9)
  return Math.min(r.max, Number((r.min + n * r.step).toFixed(6)))
}

/**
 * The option effects that hold today's cost at the chosen tariff (for "Apply"). Each chosen option
 * moves the same fraction λ of the way from its current effect to the top of its range: the
 * user's balance between them is kept and neither is pushed further than needed. λ is found by
 * bisection (the cut grows with λ), each effect is rounded up to its step, then any effect that can
 * come down a step and still reach is lowered.
 */
export function effectsToHold(
  partnership: PartnershipChoice,
  a: Pick<Assumptions, 'drivetrainsPct' | 'platformsPct'>,
  bounds: EffectBounds,
  tariffPct: number,
  todayTariffPct: number,
): HoldPlan {
  const need = requiredCutShare(tariffPct, todayTariffPct)
  if (need <= 0) return { kind: 'nothing-needed' }
  if (!partnership.drivetrains && !partnership.platforms) return { kind: 'no-option' }
  const now = cutOf(partnership, a.drivetrainsPct, a.platformsPct)
  if (now >= need) return { kind: 'already', cutShare: now }
  const dTop = partnership.drivetrains ? bounds.drivetrainsPct.max : a.drivetrainsPct
  const pTop = partnership.platforms ? bounds.platformsPct.max : a.platformsPct
  const top = cutOf(partnership, dTop, pTop)
  if (top < need) return { kind: 'short', drivetrainsPct: dTop, platformsPct: pTop, cutShare: top }
  const at = (l: number) => ({ d: a.drivetrainsPct + l * (dTop - a.drivetrainsPct), p: a.platformsPct + l * (pTop - a.platformsPct) })
  let lo = 0
  let hi = 1
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    const { d, p } = at(mid)
    if (cutOf(partnership, d, p) >= need) hi = mid
    else lo = mid
  }
  const exact = at(hi)
  let d = partnership.drivetrains ? snapUp(exact.d, bounds.drivetrainsPct) : a.drivetrainsPct
  let p = partnership.platforms ? snapUp(exact.p, bounds.platformsPct) : a.platformsPct
  // Rounding both up may overshoot by a step; take back what is not needed.
  if (
    partnership.platforms &&
    p - bounds.platformsPct.step >= bounds.platformsPct.min &&
    cutOf(partnership, d, p - bounds.platformsPct.step) >= need
  ) {
    p = Number((p - bounds.platformsPct.step).toFixed(6))
  }
  if (
    partnership.drivetrains &&
    d - bounds.drivetrainsPct.step >= bounds.drivetrainsPct.min &&
    cutOf(partnership, d - bounds.drivetrainsPct.step, p) >= need
  ) {
    d = Number((d - bounds.drivetrainsPct.step).toFixed(6))
  }
  return { kind: 'reach', drivetrainsPct: d, platformsPct: p, cutShare: cutOf(partnership, d, p) }
}

export interface BreakEven {
  /** Share of exposed value the chosen options move at full ramp, 0–1. */
  cutShare: number
  /** Highest tariff at which the combined cost with the partnership is no higher than today's. */
  breakEvenTariffPct: number
  /** Share that must move to hold today's cost at the chosen tariff, 0–1. */
  requiredShare: number
  /** The most the chosen options can move within their stated ranges, 0–1. */
  maxShare: number
  /** The same with both tariff options on: what the partnership could do at most. */
  maxShareBoth: number
  plan: HoldPlan
}

export function breakEven(
  inputs: { tariffPct: number; partnership: PartnershipChoice; startYear: number; assumptions: Assumptions },
  bounds: EffectBounds,
  todayTariffPct: number,
): BreakEven {
  const cutShare = exposureCut(inputs.partnership, inputs.assumptions, inputs.startYear, FULL_RAMP).total
  // Everything passed on to buyers: no cost at any rate, so nothing needs to move.
  const noCost = inputs.assumptions.passThroughPct >= 100
  return {
    cutShare,
    breakEvenTariffPct: breakEvenTariffPct(cutShare, todayTariffPct, inputs.assumptions.passThroughPct),
    requiredShare: noCost ? 0 : requiredCutShare(inputs.tariffPct, todayTariffPct),
    maxShare: maxCutShare(inputs.partnership, bounds),
    maxShareBoth: maxCutShare({ software: false, drivetrains: true, platforms: true }, bounds),
    plan: noCost
      ? { kind: 'nothing-needed' }
      : effectsToHold(inputs.partnership, inputs.assumptions, bounds, inputs.tariffPct, todayTariffPct),
  }
}
