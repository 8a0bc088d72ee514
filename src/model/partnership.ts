import type { Assumptions, PartnershipChoice } from './scenario'
import { clamp01 } from './tariffCost'

/**
 * Share of an option's full effect reached in a calendar year. The effect starts in the start
 * year and grows linearly: with a 3-year ramp from 2027 it is 1/3 in 2027, 2/3 in 2028, full in 2029.
 */
export function rampFraction(year: number, startYear: number, rampYears: number): number {
  const years = Math.max(1, rampYears)
  return clamp01((year - startYear + 1) / years)
}

/** Steady state: every option at its full effect. */
export const FULL_RAMP = Number.POSITIVE_INFINITY

export interface ExposureCut {
  /** Share of tariff-exposed value that NA-built shared drivetrains remove, 0–1. */
  drivetrains: number
  /** Share that co-developed platforms remove from what is left, 0–1. */
  platforms: number
  /** Combined share removed, 0–1. The two compound, so together they never pass 100%. */
  total: number
}

/**
 * How much of each company's tariff-exposed value the chosen options move into North America
 * in a year (or at full ramp with `FULL_RAMP`). Drivetrains act first; platforms act on the
 * remainder, so each option's part adds up to the total.
 */
export function exposureCut(partnership: PartnershipChoice, a: Assumptions, startYear: number, year: number): ExposureCut {
  const ramp = (rampYears: number) => (year === FULL_RAMP ? 1 : rampFraction(year, startYear, rampYears))
  const d = partnership.drivetrains ? clamp01(a.drivetrainsPct / 100) * ramp(a.drivetrainsRampYears) : 0
  const pShare = partnership.platforms ? clamp01(a.platformsPct / 100) * ramp(a.platformsRampYears) : 0
  const p = (1 - d) * pShare
  return { drivetrains: d, platforms: p, total: d + p }
}

/** Development cost a company saves by sharing software; apart from the tariff. */
export function softwareSavingUsd(partnership: PartnershipChoice, a: Assumptions, startYear: number, year: number): number {
  if (!partnership.software) return 0
  const ramp = year === FULL_RAMP ? 1 : rampFraction(year, startYear, a.softwareRampYears)
  return Math.max(0, a.softwareSavingUsd) * ramp
}
