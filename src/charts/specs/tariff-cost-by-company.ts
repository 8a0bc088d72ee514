import type { PublishedRates } from '../../data/publishedScenario'
import { formatPct } from '../../format/format'
import { scenarioCost, type CostInputs, type ExposedImports } from '../../model/projection'
import type { Currency } from '../../model/scenario'
import { moneyCell, moneyUnit, type CsvTable } from '../csv'
import { COLORS } from '../palette'
import type { LegendItem } from '../ChartLegend'
import { restMoneyAxis, type ValueAxis } from './axis'

/** What "Tariff cost by company" shows, from the baseline's exposed values and the scenario. */
export interface TariffCostByCompanySpecInput {
  exposed: ExposedImports
  /** The scenario's cost inputs; the tariff is the one drawn (the anchor during a slider gesture). */
  inputs: CostInputs
  currency: Currency
  fx: number
  rates: PublishedRates
}

export interface CompanyRow {
  company: string
  withoutUsd: number
  withUsd: number
}

/** Nissan, Honda and both together, without and with the partnership at full ramp. */
export function rowsTariffCostByCompany(input: Pick<TariffCostByCompanySpecInput, 'exposed' | 'inputs'>): CompanyRow[] {
  const cost = scenarioCost(input.exposed, input.inputs)
  return [
    { company: 'Nissan', withoutUsd: cost.nissan.withoutUsd, withUsd: cost.nissan.withUsd },
    { company: 'Honda', withoutUsd: cost.honda.withoutUsd, withUsd: cost.honda.withUsd },
    { company: 'Combined', withoutUsd: cost.combined.withoutUsd, withUsd: cost.combined.withUsd },
  ]
}

/** The highest bar, which the value axis is fitted to: the combined cost without the partnership. */
export function maxTariffCostByCompany(input: Pick<TariffCostByCompanySpecInput, 'exposed' | 'inputs'>): number {
  return scenarioCost(input.exposed, input.inputs).combined.withoutUsd
}

/** The value axis at rest (during a gesture `useLiveAnchor` holds it; see liveTariff.tsx). */
export function tariffCostByCompanyAxis(input: TariffCostByCompanySpecInput): ValueAxis {
  return restMoneyAxis(maxTariffCostByCompany(input), input.currency, input.fx)
}

const LEGEND: readonly LegendItem[] = [
  { label: 'Without partnership', color: COLORS.combined, mark: 'box' },
  { label: 'With partnership (full ramp)', color: COLORS.partnership, mark: 'box' },
]

export function legendTariffCostByCompany(): readonly LegendItem[] {
  return LEGEND
}

export function captionTariffCostByCompany(input: Pick<TariffCostByCompanySpecInput, 'rates'>): string {
  return `Annual tariff cost over the ${formatPct(input.rates.preTradeWarPct)} pre-trade-war rate, without and with the partnership at full ramp.`
}

/** The CSV and the Table view: the rows at the scenario's tariff, in billions of the chosen currency. */
export function csvTariffCostByCompany(input: TariffCostByCompanySpecInput): CsvTable {
  const { currency, fx } = input
  return {
    columns: [
      'company',
      `tariff cost without partnership (${moneyUnit(currency, fx)})`,
      `tariff cost with partnership at full ramp (${moneyUnit(currency, fx)})`,
    ],
    rows: rowsTariffCostByCompany(input).map((r) => [r.company, moneyCell(r.withoutUsd, currency, fx), moneyCell(r.withUsd, currency, fx)]),
  }
}
