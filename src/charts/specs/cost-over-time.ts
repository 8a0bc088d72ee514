import { costPathBands } from '../../model/bands'
import { costPath, PATH_YEARS, type CostInputs, type ExposedImports, type PathRow } from '../../model/projection'
import type { AssumptionBounds } from '../../model/ranges'
import type { Currency } from '../../model/scenario'
import { moneyCell, moneyUnit, type CsvTable } from '../csv'
import { COLORS, DASHES } from '../palette'
import type { LegendItem } from '../ChartLegend'
import { restMoneyAxis, type ValueAxis } from './axis'
import { highColumn, lowColumn, rangeCaption, RANGE_LEGEND_ITEM } from './range'

/** What "Cost over time" shows: each year 2025–2030 with the tariff held at the scenario's rate. */
export interface CostOverTimeSpecInput {
  exposed: ExposedImports
  /** The scenario's cost inputs; the tariff is the one drawn (the anchor during a slider gesture). */
  inputs: CostInputs
  bounds: AssumptionBounds
  currency: Currency
  fx: number
  /** Whether the range band is drawn (a view setting, charts/rangeBand.tsx). */
  showRange: boolean
}

/** A year's figures and, when shown, the band of the combined cost with the partnership as [low, high]. */
export type CostOverTimeRow = PathRow & { band?: [number, number] }

type Band = [number, number][]

/** The years' figures without the band. */
export function pathCostOverTime(input: Pick<CostOverTimeSpecInput, 'exposed' | 'inputs'>): PathRow[] {
  return costPath(input.exposed, input.inputs, PATH_YEARS)
}

/**
 * The band of each year. Every corner's cost is (t − 2.5%) times a factor of its own, so during a
 * slider gesture the band scales as the lines do (tests/unit/rangeBand.test.ts).
 */
export function bandCostOverTime(input: Pick<CostOverTimeSpecInput, 'exposed' | 'inputs' | 'bounds' | 'currency'>): Band {
  return costPathBands(input.exposed, input.inputs, input.bounds, input.currency, PATH_YEARS).map((b): [number, number] => [
    b.withUsd.low,
    b.withUsd.high,
  ])
}

/** The rows drawn: the path, with the band when it is shown. */
export function rowsCostOverTime(input: CostOverTimeSpecInput): CostOverTimeRow[] {
  return joinBand(pathCostOverTime(input), input.showRange ? bandCostOverTime(input) : null)
}

/** The path with a band added to each year (the chart keeps both per tariff rate: a slider gesture asks for the same rate many times). */
export function joinBand(path: PathRow[], band: Band | null): CostOverTimeRow[] {
  if (!band) return path
  return path.map((r, i) => ({ ...r, band: band[i] }))
}

/** The highest value drawn, which the value axis is fitted to: the combined cost without the partnership, or the band's top. */
export function maxCostOverTime(path: readonly PathRow[], band: Band | null): number {
  return Math.max(...path.map((r) => r.combinedWithoutUsd), ...(band ? band.map((b) => b[1]) : []))
}

/** The value axis at rest (during a gesture `useLiveAnchor` holds it; see liveTariff.tsx). */
export function costOverTimeAxis(input: CostOverTimeSpecInput): ValueAxis {
  const max = maxCostOverTime(pathCostOverTime(input), input.showRange ? bandCostOverTime(input) : null)
  return restMoneyAxis(max, input.currency, input.fx)
}

/** The year the partnership starts, marked on the x axis; null when no chosen option changes the tariff cost. */
export function startYearCostOverTime(input: { inputs: Pick<CostInputs, 'partnership' | 'startYear'> }): number | null {
  const { partnership, startYear } = input.inputs
  return partnership.drivetrains || partnership.platforms ? startYear : null
}

export function startLabelCostOverTime(startYear: number): string {
  return `Partnership starts ${startYear}`
}

/**
 * Which side of its line the start label reads on: to the right in the first half of the years,
 * to the left after it, so that "Partnership starts 2029" stays inside a narrow chart (on a phone
 * it ran past the right edge from 2028).
 */
export function startLabelSideCostOverTime(startYear: number, years: readonly number[] = PATH_YEARS): 'insideTopLeft' | 'insideTopRight' {
  const first = years[0] ?? startYear
  const last = years[years.length - 1] ?? startYear
  return startYear > (first + last) / 2 ? 'insideTopRight' : 'insideTopLeft'
}

const LEGEND: readonly LegendItem[] = [
  { label: 'Nissan, with partnership', color: COLORS.nissanLight, mark: 'box', outline: { color: COLORS.nissan } },
  { label: 'Honda, with partnership', color: COLORS.hondaLight, mark: 'box', outline: { color: COLORS.honda, dash: DASHES.honda } },
  { label: 'Combined, without partnership', color: COLORS.combined, mark: 'dashed' },
]
const LEGEND_WITH_RANGE: readonly LegendItem[] = [...LEGEND, RANGE_LEGEND_ITEM]

export function legendCostOverTime(input: Pick<CostOverTimeSpecInput, 'showRange'>): readonly LegendItem[] {
  return input.showRange ? LEGEND_WITH_RANGE : LEGEND
}

const DESCRIPTION =
  'Yearly tariff cost 2025–2030 with the tariff held at the chosen rate; areas show each company with the partnership as it ramps up, the dashed line the combined cost without it.'

export function captionCostOverTime(input: { inputs: Pick<CostInputs, 'partnership' | 'startYear'>; showRange: boolean }): string {
  return input.showRange ? `${DESCRIPTION} ${rangeCaption(startYearCostOverTime(input) !== null)}` : DESCRIPTION
}

/** The CSV and the Table view: the figures of each year, then the band of the combined cost with the partnership (always, shown or not). */
export function csvCostOverTime(input: CostOverTimeSpecInput): CsvTable {
  const { currency, fx } = input
  const unit = moneyUnit(currency, fx)
  const cell = (v: number) => moneyCell(v, currency, fx)
  const band = bandCostOverTime(input)
  return {
    columns: [
      'year',
      `Nissan without partnership (${unit})`,
      `Nissan with partnership (${unit})`,
      `Honda without partnership (${unit})`,
      `Honda with partnership (${unit})`,
      `combined without partnership (${unit})`,
      `combined with partnership (${unit})`,
      lowColumn('combined with partnership', unit),
      highColumn('combined with partnership', unit),
      `software development saving, both (${unit})`,
    ],
    rows: pathCostOverTime(input).map((r, i) => [
      r.year,
      ...[r.nissanWithoutUsd, r.nissanWithUsd, r.hondaWithoutUsd, r.hondaWithUsd, r.combinedWithoutUsd, r.combinedWithUsd].map(cell),
      cell(band[i]![0]),
      cell(band[i]![1]),
      cell(r.softwareSavingUsd),
    ]),
  }
}
