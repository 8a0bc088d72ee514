import type { AssumptionKey, Currency } from '../model/scenario'
import { formatFx, formatMoney, formatPct, formatUsdExact, formatYears } from '../format/format'

export interface AssumptionField {
  key: AssumptionKey
  label: string
  /** Printed value; money follows the chosen currency. */
  format: (value: number, currency: Currency, fx: number) => string
}

const pct = (v: number) => formatPct(v)
const years = (v: number) => formatYears(v)

/** The order and wording of the Assumptions panel, the methodology panel and chart source lines. */
export const ASSUMPTION_FIELDS: readonly AssumptionField[] = [
  { key: 'passThroughPct', label: 'Share of the tariff passed on to buyers', format: pct },
  { key: 'fxJpyPerUsd', label: 'Exchange rate (yen per dollar)', format: (v) => formatFx(v) },
  { key: 'drivetrainsPct', label: 'Shared drivetrains: share of exposed value moved', format: pct },
  { key: 'drivetrainsRampYears', label: 'Shared drivetrains: ramp', format: years },
  { key: 'platformsPct', label: 'Co-developed platforms: share of exposed value moved', format: pct },
  { key: 'platformsRampYears', label: 'Co-developed platforms: ramp', format: years },
  {
    key: 'softwareSavingUsd',
    label: 'Shared software: development saving per company a year',
    format: (v, currency, fx) => formatMoney(v, currency, fx),
  },
  { key: 'softwareRampYears', label: 'Shared software: ramp', format: years },
  { key: 'vehicleValueUsd', label: 'Import value per vehicle', format: (v) => formatUsdExact(v) },
]
