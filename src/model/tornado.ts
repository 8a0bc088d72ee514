import { FULL_RAMP } from './partnership'
import { scenarioCost, type CostInputs, type ExposedImports } from './projection'
import { shownUsd, type AssumptionBounds, type ShownUsd } from './ranges'
import type { AssumptionKey, Currency } from './scenario'

/**
 * "What matters most": each assumption swung from the low to the high end of its stated range,
 * the others held, and what that does to the combined annual tariff cost with the partnership.
 */

/** The tariff's own bar: the preset range, pre-trade-war 2.5% to April 2025's 27.5% (fact sheet). */
export const TARIFF_SWING = { min: 2.5, max: 27.5 } as const

/**
 * Why a swing changes nothing. Structural reasons come from the model's shape (ARCHITECTURE.md):
 * software saves development cost, not tariff; the value per vehicle only turns value moved into
 * vehicles; the rate only matters in yen; an option switched off moves nothing.
 */
export type NoEffectReason = 'development-cost' | 'vehicle-count' | 'dollars' | 'option-off' | 'ramp-complete' | 'no-cost'

export interface TornadoBar {
  key: AssumptionKey | 'tariffPct'
  /** The value in the scenario now, and the range swung over. */
  current: number
  min: number
  max: number
  /** The figure with this input at its range's min and max (others held), and as it is now. */
  atMin: ShownUsd
  atMax: ShownUsd
  central: ShownUsd
  /** |atMax − atMin|: the bar's length. */
  swing: ShownUsd
  /** Null when the swing changes the figure. */
  noEffect: NoEffectReason | null
}

export interface Tornado {
  /** The tariff, for scale; not an assumption. */
  tariff: TornadoBar
  /** Assumptions that change the figure, largest swing first. */
  bars: TornadoBar[]
  /** Assumptions that do not change it, in the panel's order, with the reason. */
  noEffect: TornadoBar[]
  central: ShownUsd
}

/** The Assumptions panel's order (panels/assumptionFields.ts). */
export const TORNADO_KEYS: readonly AssumptionKey[] = [
  'passThroughPct',
  'fxJpyPerUsd',
  'drivetrainsPct',
  'drivetrainsRampYears',
  'platformsPct',
  'platformsRampYears',
  'softwareSavingUsd',
  'softwareRampYears',
  'vehicleValueUsd',
]

export interface TornadoOptions {
  currency: Currency
  /** A calendar year, or FULL_RAMP (default). */
  year?: number
  tariffSwing?: { min: number; max: number }
}

/** The figure the tornado explains: combined annual tariff cost with the partnership, as shown. */
export function combinedWithShown(exposed: ExposedImports, inputs: CostInputs, currency: Currency, fxNow: number, year: number): ShownUsd {
  const usd = scenarioCost(exposed, inputs, year).combined.withUsd
  return shownUsd(usd, currency, inputs.assumptions.fxJpyPerUsd, fxNow)
}

function structuralReason(key: AssumptionKey, inputs: CostInputs, currency: Currency): NoEffectReason | null {
  switch (key) {
    case 'softwareSavingUsd':
    case 'softwareRampYears':
      return 'development-cost'
    case 'vehicleValueUsd':
      return 'vehicle-count'
    case 'fxJpyPerUsd':
      return currency === 'USD' ? 'dollars' : null
    case 'drivetrainsPct':
    case 'drivetrainsRampYears':
      return inputs.partnership.drivetrains ? null : 'option-off'
    case 'platformsPct':
    case 'platformsRampYears':
      return inputs.partnership.platforms ? null : 'option-off'
    default:
      return null
  }
}

export function tornado(exposed: ExposedImports, inputs: CostInputs, bounds: AssumptionBounds, options: TornadoOptions): Tornado {
  const year = options.year ?? FULL_RAMP
  const swing = options.tariffSwing ?? TARIFF_SWING
  const fxNow = inputs.assumptions.fxJpyPerUsd
  const figure = (i: CostInputs) => combinedWithShown(exposed, i, options.currency, fxNow, year)
  const central = figure(inputs)

  const withAssumption = (key: AssumptionKey, value: number): CostInputs => ({
    ...inputs,
    assumptions: { ...inputs.assumptions, [key]: value },
  })
  const all = TORNADO_KEYS.map((key): TornadoBar => {
    const { min, max } = bounds[key]
    const atMin = figure(withAssumption(key, min))
    const atMax = figure(withAssumption(key, max))
    const length = Math.abs(atMax - atMin)
    const structural = structuralReason(key, inputs, options.currency)
    const noEffect: NoEffectReason | null = length > 0 ? null : (structural ?? (key.endsWith('RampYears') ? 'ramp-complete' : 'no-cost'))
    return { key, current: inputs.assumptions[key], min, max, atMin, atMax, central, swing: length, noEffect }
  })
  const tariffAtMin = figure({ ...inputs, tariffPct: swing.min })
  const tariffAtMax = figure({ ...inputs, tariffPct: swing.max })
  const tariff: TornadoBar = {
    key: 'tariffPct',
    current: inputs.tariffPct,
    min: swing.min,
    max: swing.max,
    atMin: tariffAtMin,
    atMax: tariffAtMax,
    central,
    swing: Math.abs(tariffAtMax - tariffAtMin),
    noEffect: tariffAtMax === tariffAtMin ? 'no-cost' : null,
  }
  const bars = all.filter((b) => b.noEffect === null)
  // Stable sort: equal swings keep the panel's order.
  bars.sort((x, y) => y.swing - x.swing)
  return { tariff, bars, noEffect: all.filter((b) => b.noEffect !== null), central }
}
