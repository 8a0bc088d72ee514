import { exposedImportUsd } from '../model/tariffCost'
import type { ExposedImports } from '../model/projection'
import type { Assumptions, Scenario } from '../model/scenario'
import { NO_PARTNERSHIP } from '../model/scenario'
import type { ScenarioLimits } from '../model/scenarioRules'
import type { Baseline } from './baselineSchema'

/** Tariff-exposed import values implied by each company's published loss at the current rate. */
export function exposedImports(b: Baseline): ExposedImports {
  const rate = b.published.currentTariffPct.value
  return {
    nissan: exposedImportUsd(b.published.nissanLossUsd.value, rate),
    honda: exposedImportUsd(b.published.hondaLossUsd.value, rate),
  }
}

export function defaultAssumptions(b: Baseline): Assumptions {
  const a = b.assumptions
  return {
    fxJpyPerUsd: a.fxJpyPerUsd.default,
    passThroughPct: a.passThroughPct.default,
    drivetrainsPct: a.drivetrainsPct.default,
    drivetrainsRampYears: a.drivetrainsRampYears.default,
    platformsPct: a.platformsPct.default,
    platformsRampYears: a.platformsRampYears.default,
    softwareSavingUsd: a.softwareSavingUsd.default,
    softwareRampYears: a.softwareRampYears.default,
    vehicleValueUsd: a.vehicleValueUsd.default,
  }
}

/** The published settings: tariff 15%, no partnership, every assumption at its default. Reset returns here. */
export function publishedScenario(b: Baseline): Scenario {
  return {
    tariffPct: b.defaults.tariffPct,
    partnership: NO_PARTNERSHIP,
    startYear: b.defaults.startYear,
    currency: b.defaults.currency,
    assumptions: defaultAssumptions(b),
    notes: [],
  }
}

/**
 * The tariff rates the article and the Japan Times report publish (fact sheet), as the labels,
 * presets and reference lines show them: change baseline.json and they follow.
 */
export interface PublishedRates {
  /** Before the trade war (2.5%); the model's `BASELINE_TARIFF_PCT` must equal it (unit-tested). */
  preTradeWarPct: number
  /** Now, under the US–Japan deal (15%): the rate the published losses are at. */
  currentPct: number
  /** From April 2025 until the deal (27.5%). */
  april2025Pct: number
}

export function publishedRates(b: Baseline): PublishedRates {
  return {
    preTradeWarPct: b.published.preTradeWarTariffPct.value,
    currentPct: b.published.currentTariffPct.value,
    april2025Pct: b.published.april2025TariffPct.value,
  }
}

export type { ScenarioLimits } from '../model/scenarioRules'

export const TARIFF_LIMITS = { min: 0, max: 50, step: 0.5 } as const

export function scenarioLimits(b: Baseline): ScenarioLimits {
  return {
    tariffPct: TARIFF_LIMITS,
    startYear: { min: b.defaults.startYearMin, max: b.defaults.startYearMax },
    assumptions: b.assumptions,
  }
}
