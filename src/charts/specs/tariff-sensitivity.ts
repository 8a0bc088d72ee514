import type { PublishedRates } from '../../data/publishedScenario'
import { formatPct } from '../../format/format'
import { niceMoneyTicks } from '../../format/niceTicks'
import { sensitivityBands } from '../../model/bands'
import { scenarioCost, sensitivityCurve, type CostInputs, type ExposedImports, type SensitivityRow } from '../../model/projection'
import type { AssumptionBounds } from '../../model/ranges'
import type { Currency } from '../../model/scenario'
import { moneyCell, moneyUnit, type CsvTable } from '../csv'
import { COLORS, DASHES } from '../palette'
import type { LegendItem } from '../ChartLegend'
import { axisFromTicks, type ValueAxis } from './axis'
import { highColumn, lowColumn, rangeCaption, RANGE_LEGEND_ITEM } from './range'

/** What "Tariff sensitivity" shows: a curve over every rate, so the scenario's own tariff is not an input. */
export interface TariffSensitivitySpecInput {
  exposed: ExposedImports
  inputs: Omit<CostInputs, 'tariffPct'>
  bounds: AssumptionBounds
  currency: Currency
  fx: number
  /** Whether the range band is drawn (a view setting, charts/rangeBand.tsx). */
  showRange: boolean
  rates: PublishedRates
}

/** A rate's figures and, when the band is shown, the combined cost with the partnership as [low, high]. */
export type SensitivityChartRow = SensitivityRow & { band?: [number, number] }

/** Whether the chart draws the combined cost with the partnership (only an option that moves value changes it). */
export function showsPartnershipLine(input: Pick<TariffSensitivitySpecInput, 'inputs'>): boolean {
  return input.inputs.partnership.drivetrains || input.inputs.partnership.platforms
}

/** Every rate 0–50% in half points; with the band when it is shown. */
export function rowsTariffSensitivity(
  input: Pick<TariffSensitivitySpecInput, 'exposed' | 'inputs' | 'bounds' | 'currency' | 'showRange'>,
): SensitivityChartRow[] {
  const { exposed, inputs, bounds, currency } = input
  const curve = sensitivityCurve(exposed, inputs)
  if (!input.showRange) return curve
  const bands = sensitivityBands(
    exposed,
    inputs,
    bounds,
    currency,
    curve.map((r) => r.tariffPct),
  )
  return curve.map((r, i) => ({ ...r, band: [bands[i]!.withUsd.low, bands[i]!.withUsd.high] as [number, number] }))
}

/** The money axis, fitted to the highest combined cost or band: pass the rows when they are at hand. */
export function tariffSensitivityAxis(
  input: TariffSensitivitySpecInput,
  rows: readonly SensitivityChartRow[] = rowsTariffSensitivity(input),
): ValueAxis {
  const max = Math.max(...rows.map((r) => Math.max(r.combinedUsd, r.band?.[1] ?? 0)))
  return axisFromTicks(niceMoneyTicks(max, input.currency, input.fx))
}

/** The two dashed reference lines: the pre-trade-war rate and today's, from the baseline. */
export function referencesTariffSensitivity(
  input: Pick<TariffSensitivitySpecInput, 'rates'>,
): Record<'preWar' | 'now', { pct: number; label: string }> {
  const { preTradeWarPct, currentPct } = input.rates
  return {
    preWar: { pct: preTradeWarPct, label: `${formatPct(preTradeWarPct)} pre-war` },
    now: { pct: currentPct, label: `${formatPct(currentPct)} now` },
  }
}

/**
 * The current-setting marker: the scenario's tariff and the combined cost there, before any
 * partnership. The only part that follows the slider (charts/TariffMarker draws it each step).
 */
export function markerTariffSensitivity(
  input: Pick<TariffSensitivitySpecInput, 'exposed' | 'inputs'>,
  tariffPct: number,
): { pct: number; costUsd: number } {
  return { pct: tariffPct, costUsd: scenarioCost(input.exposed, { ...input.inputs, tariffPct }).combined.withoutUsd }
}

/** "15%: $4.34B", beside the marker. */
export function markerLabelTariffSensitivity(marker: { pct: number; costUsd: number }, money: (usd: number) => string): string {
  return `${formatPct(marker.pct)}: ${money(marker.costUsd)}`
}

const LEGEND: readonly LegendItem[] = [
  { label: 'Nissan', color: COLORS.nissan, mark: 'dashed', dash: DASHES.nissan },
  { label: 'Honda', color: COLORS.honda, mark: 'dashed', dash: DASHES.honda },
  { label: 'Combined', color: COLORS.combined, mark: 'line' },
  { label: 'Current setting', color: COLORS.marker, mark: 'dot' },
]
const LEGEND_WITH_PARTNERSHIP: readonly LegendItem[] = [
  ...LEGEND.slice(0, 3),
  { label: 'Combined, with partnership', color: COLORS.partnership, mark: 'dashed', dash: DASHES.partnership },
  ...LEGEND.slice(3),
]
const withRange = (items: readonly LegendItem[]) => [...items.slice(0, -1), RANGE_LEGEND_ITEM, ...items.slice(-1)]
// Built once, so the legend's props stay the same objects from render to render.
const LEGENDS = {
  plain: LEGEND,
  partnership: LEGEND_WITH_PARTNERSHIP,
  plainRange: withRange(LEGEND),
  partnershipRange: withRange(LEGEND_WITH_PARTNERSHIP),
}

export function legendTariffSensitivity(input: Pick<TariffSensitivitySpecInput, 'inputs' | 'showRange'>): readonly LegendItem[] {
  return LEGENDS[`${showsPartnershipLine(input) ? 'partnership' : 'plain'}${input.showRange ? 'Range' : ''}` as const]
}

const DESCRIPTION = 'Annual tariff cost at every rate from 0% to 50%; the red marker is the current setting.'

export function captionTariffSensitivity(input: Pick<TariffSensitivitySpecInput, 'inputs' | 'showRange'>): string {
  return input.showRange ? `${DESCRIPTION} ${rangeCaption(showsPartnershipLine(input))}` : DESCRIPTION
}

/** The CSV and the Table view: each rate's figures, then the band of the combined cost with the partnership at full ramp (always, shown or not). */
export function csvTariffSensitivity(input: TariffSensitivitySpecInput): CsvTable {
  const { currency, fx } = input
  const unit = moneyUnit(currency, fx)
  const cell = (v: number) => moneyCell(v, currency, fx)
  const rows = rowsTariffSensitivity({ ...input, showRange: true })
  const what = 'combined with partnership at full ramp'
  return {
    columns: [
      'tariff (%)',
      `Nissan (${unit})`,
      `Honda (${unit})`,
      `combined (${unit})`,
      `${what} (${unit})`,
      lowColumn(what, unit),
      highColumn(what, unit),
    ],
    rows: rows.map((r) => [
      r.tariffPct,
      cell(r.nissanUsd),
      cell(r.hondaUsd),
      cell(r.combinedUsd),
      cell(r.combinedWithUsd),
      cell(r.band![0]),
      cell(r.band![1]),
    ]),
  }
}
