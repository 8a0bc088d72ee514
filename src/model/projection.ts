import { exposureCut, FULL_RAMP, softwareSavingUsd } from './partnership'
import type { Company, Scenario } from './scenario'
import { annualTariffCostUsd } from './tariffCost'

/** Tariff-exposed yearly import value per company (derived from the published losses). */
export type ExposedImports = Record<Company, number>

/** The part of a scenario the cost model reads (currency only changes how numbers are shown). */
export type CostInputs = Pick<Scenario, 'tariffPct' | 'partnership' | 'startYear' | 'assumptions'>

export interface CompanyCost {
  /** Annual tariff cost before any partnership. */
  withoutUsd: number
  /** Annual tariff cost once the chosen options have moved value into North America. */
  withUsd: number
  drivetrainsSavingUsd: number
  platformsSavingUsd: number
  /** Development cost saved by shared software; does not change the tariff cost. */
  softwareSavingUsd: number
  /** Everything the partnership saves: tariff saving plus software saving. */
  savingUsd: number
}

export interface ScenarioCost {
  nissan: CompanyCost
  honda: CompanyCost
  combined: CompanyCost
}

export function companyCost(exposedUsd: number, inputs: CostInputs, year: number = FULL_RAMP): CompanyCost {
  const a = inputs.assumptions
  const withoutUsd = annualTariffCostUsd(exposedUsd, inputs.tariffPct, a.passThroughPct)
  const cut = exposureCut(inputs.partnership, a, inputs.startYear, year)
  const drivetrainsSavingUsd = withoutUsd * cut.drivetrains
  const platformsSavingUsd = withoutUsd * cut.platforms
  const withUsd = withoutUsd - drivetrainsSavingUsd - platformsSavingUsd
  const software = softwareSavingUsd(inputs.partnership, a, inputs.startYear, year)
  return {
    withoutUsd,
    withUsd,
    drivetrainsSavingUsd,
    platformsSavingUsd,
    softwareSavingUsd: software,
    savingUsd: drivetrainsSavingUsd + platformsSavingUsd + software,
  }
}

function addCosts(x: CompanyCost, y: CompanyCost): CompanyCost {
  return {
    withoutUsd: x.withoutUsd + y.withoutUsd,
    withUsd: x.withUsd + y.withUsd,
    drivetrainsSavingUsd: x.drivetrainsSavingUsd + y.drivetrainsSavingUsd,
    platformsSavingUsd: x.platformsSavingUsd + y.platformsSavingUsd,
    softwareSavingUsd: x.softwareSavingUsd + y.softwareSavingUsd,
    savingUsd: x.savingUsd + y.savingUsd,
  }
}

/** Both companies and their sum, in one year or (by default) at the steady state. */
export function scenarioCost(exposed: ExposedImports, inputs: CostInputs, year: number = FULL_RAMP): ScenarioCost {
  const nissan = companyCost(exposed.nissan, inputs, year)
  const honda = companyCost(exposed.honda, inputs, year)
  return { nissan, honda, combined: addCosts(nissan, honda) }
}

export const PATH_YEARS: readonly number[] = [2025, 2026, 2027, 2028, 2029, 2030]

export interface PathRow {
  year: number
  nissanWithoutUsd: number
  nissanWithUsd: number
  hondaWithoutUsd: number
  hondaWithUsd: number
  combinedWithoutUsd: number
  combinedWithUsd: number
  /** Software development saving of both companies in that year. */
  softwareSavingUsd: number
}

/**
 * Yearly tariff cost 2025–2030, with the scenario's tariff held in every year, without and
 * with the partnership as it ramps up from the start year.
 */
export function costPath(exposed: ExposedImports, inputs: CostInputs, years: readonly number[] = PATH_YEARS): PathRow[] {
  return years.map((year) => {
    const c = scenarioCost(exposed, inputs, year)
    return {
      year,
      nissanWithoutUsd: c.nissan.withoutUsd,
      nissanWithUsd: c.nissan.withUsd,
      hondaWithoutUsd: c.honda.withoutUsd,
      hondaWithUsd: c.honda.withUsd,
      combinedWithoutUsd: c.combined.withoutUsd,
      combinedWithUsd: c.combined.withUsd,
      softwareSavingUsd: c.combined.softwareSavingUsd,
    }
  })
}

export interface SensitivityRow {
  tariffPct: number
  nissanUsd: number
  hondaUsd: number
  combinedUsd: number
  /** Combined tariff cost with the partnership at full ramp. */
  combinedWithUsd: number
}

/** 0–50% in half-point steps, built once. */
export const SENSITIVITY_RATES: readonly number[] = Array.from({ length: 101 }, (_, i) => i / 2)

/** Steady-state annual cost at each tariff rate; independent of the slider's own position. */
export function sensitivityCurve(
  exposed: ExposedImports,
  inputs: Omit<CostInputs, 'tariffPct'>,
  rates: readonly number[] = SENSITIVITY_RATES,
): SensitivityRow[] {
  return rates.map((tariffPct) => {
    const c = scenarioCost(exposed, { ...inputs, tariffPct })
    return {
      tariffPct,
      nissanUsd: c.nissan.withoutUsd,
      hondaUsd: c.honda.withoutUsd,
      combinedUsd: c.combined.withoutUsd,
      combinedWithUsd: c.combined.withUsd,
    }
  })
}
