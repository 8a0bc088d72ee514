import { useId } from 'react'
import { createUiStore } from '../store/createUiStore'
import { costPathBands, sensitivityBands } from '../model/bands'
import type { AssumptionBounds } from '../model/ranges'
import { costPath, PATH_YEARS, sensitivityCurve, type CostInputs, type ExposedImports } from '../model/projection'
import type { Currency } from '../model/scenario'
import { moneyCell, moneyUnit, type CsvTable } from './csv'
import { useChartSize } from './chartSize'
import { COLORS } from './palette'
import type { LegendItem } from './ChartLegend'

/*
 * The band behind "Cost over time" and "Tariff sensitivity" (issue 9): the combined cost with the
 * partnership at the lowest and highest corners of the assumptions' stated ranges (model/bands).
 * One band per chart, for the figure both charts are about; a band per series would stack four
 * light areas on top of each other and hide the lines.
 */

export type RangeSlug = 'cost-over-time' | 'tariff-sensitivity'

/**
 * Whether each chart draws its band: a view setting, like the table view, so it is not part of
 * the scenario (the link, saves and undo carry what is modelled, not how it is looked at).
 * The export stage reads the same store, so an exported picture shows what the chart on screen does.
 */
interface RangeState {
  hidden: Partial<Record<RangeSlug, boolean>>
  setShown: (slug: RangeSlug, shown: boolean) => void
}

export const useRangeStore = createUiStore<RangeState>((set) => ({
  hidden: {},
  setShown: (slug, shown) => set((s) => ({ hidden: { ...s.hidden, [slug]: !shown } })),
}))

export function useShowRange(slug: RangeSlug): boolean {
  return useRangeStore((s) => !s.hidden[slug])
}

export const RANGE_LABEL = 'Range with the stated assumption ranges'

export const RANGE_LEGEND_ITEM: LegendItem = {
  label: RANGE_LABEL,
  color: COLORS.band,
  mark: 'box',
  outline: { color: COLORS.bandEdge, dash: '3 2' },
}

/** What the caption adds while the band is shown; the high end names the options only when one is on. */
export function rangeCaption(hasTariffOption: boolean): string {
  const high = hasTariffOption
    ? 'nothing passed on and each chosen option at the low end of its effect and the long end of its ramp'
    : 'nothing passed on'
  return `The shaded band is the combined cost with the partnership at the ends of the assumptions’ stated ranges (low end: all of the tariff passed on to buyers, so no cost; high end: ${high}).`
}

/** The checkbox that shows or hides a chart's band; on the page only, never in a picture. */
export function RangeToggle({ slug }: { slug: RangeSlug }) {
  const id = useId()
  const shown = useShowRange(slug)
  const setShown = useRangeStore((s) => s.setShown)
  const { mode } = useChartSize()
  if (mode !== 'page') return null
  return (
    <div className="range-toggle">
      <input id={id} type="checkbox" checked={shown} onChange={(e) => setShown(slug, e.target.checked)} />
      <label htmlFor={id}>Show ranges</label>
    </div>
  )
}

/** Tooltip text of a value or of a band ([low, high]). */
export function tooltipMoney(money: (usd: number) => string) {
  return (v: unknown) => (Array.isArray(v) ? `${money(Number(v[0]))} – ${money(Number(v[1]))}` : money(Number(v)))
}

const lowCol = (what: string, unit: string) => `${what}, low end of the stated ranges (${unit})`
const highCol = (what: string, unit: string) => `${what}, high end of the stated ranges (${unit})`

/** The "Cost over time" table: the figures of each year, then the band of the combined cost with the partnership. */
export function costOverTimeCsv(
  exposed: ExposedImports,
  inputs: CostInputs,
  bounds: AssumptionBounds,
  currency: Currency,
  fx: number,
): CsvTable {
  const unit = moneyUnit(currency, fx)
  const cell = (v: number) => moneyCell(v, currency, fx)
  const bands = costPathBands(exposed, inputs, bounds, currency, PATH_YEARS)
  return {
    columns: [
      'year',
      `Nissan without partnership (${unit})`,
      `Nissan with partnership (${unit})`,
      `Honda without partnership (${unit})`,
      `Honda with partnership (${unit})`,
      `combined without partnership (${unit})`,
      `combined with partnership (${unit})`,
      lowCol('combined with partnership', unit),
      highCol('combined with partnership', unit),
      `software development saving, both (${unit})`,
    ],
    rows: costPath(exposed, inputs, PATH_YEARS).map((r, i) => [
      r.year,
      ...[r.nissanWithoutUsd, r.nissanWithUsd, r.hondaWithoutUsd, r.hondaWithUsd, r.combinedWithoutUsd, r.combinedWithUsd].map(cell),
      cell(bands[i]!.withUsd.low),
      cell(bands[i]!.withUsd.high),
      cell(r.softwareSavingUsd),
    ]),
  }
}

/** The "Tariff sensitivity" table: each rate's figures, then the band of the combined cost with the partnership at full ramp. */
export function sensitivityCsv(
  exposed: ExposedImports,
  inputs: Omit<CostInputs, 'tariffPct'>,
  bounds: AssumptionBounds,
  currency: Currency,
  fx: number,
): CsvTable {
  const unit = moneyUnit(currency, fx)
  const cell = (v: number) => moneyCell(v, currency, fx)
  const rows = sensitivityCurve(exposed, inputs)
  const bands = sensitivityBands(
    exposed,
    inputs,
    bounds,
    currency,
    rows.map((r) => r.tariffPct),
  )
  const what = 'combined with partnership at full ramp'
  return {
    columns: [
      'tariff (%)',
      `Nissan (${unit})`,
      `Honda (${unit})`,
      `combined (${unit})`,
      `${what} (${unit})`,
      lowCol(what, unit),
      highCol(what, unit),
    ],
    rows: rows.map((r, i) => [
      r.tariffPct,
      cell(r.nissanUsd),
      cell(r.hondaUsd),
      cell(r.combinedUsd),
      cell(r.combinedWithUsd),
      cell(bands[i]!.withUsd.low),
      cell(bands[i]!.withUsd.high),
    ]),
  }
}
