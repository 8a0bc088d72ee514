import type { Currency, Scenario } from '../../model/scenario'
import { costPath, PATH_YEARS, scenarioCost, SENSITIVITY_RATES, sensitivityCurve, type ExposedImports } from '../../model/projection'
import { isolate } from '../../model/userText'
import { niceMoneyTicks } from '../../format/niceTicks'
import { moneyCell, moneyUnit, type CsvTable } from '../csv'
import type { LegendItem } from '../ChartLegend'

/**
 * The comparison's two charts ("Cost over time, compared", "Tariff sensitivity, compared"): one
 * line per compared scenario, the one on screen first. Pure: what the charts draw, their axes,
 * legend, caption and CSV, from the compared scenarios and the exposed import values.
 */

/** One compared scenario: its name, its scenario made valid, and how its line is drawn. */
export interface ComparedScenario {
  key: string
  name: string
  scenario: Scenario
  color: string
  dash: string | undefined
  isCurrent: boolean
}

export interface ComparisonSpecInput {
  exposed: ExposedImports
  columns: readonly ComparedScenario[]
  /** Money is drawn in USD; ticks are round and the CSV is written in the currency on screen. */
  currency: Currency
  fx: number
}

/** A row per year (or tariff rate): `s0` is the first column's value in USD, `s1` the second's… */
export type ComparisonRow = Record<string, number>

export interface ValueAxis {
  domain: [number, number]
  ticks: number[]
}

/** The key of the k-th scenario's series in a row. */
export const seriesKey = (k: number) => `s${k}`

/**
 * The name as a legend, caption or tooltip shows it: saved names are user text, isolated so that
 * right-to-left text inside one cannot reorder the words around it, in a caption or an image.
 */
export function shownName(c: ComparedScenario): string {
  return c.isCurrent ? c.name : isolate(c.name)
}

/** "Comparing On screen, Base case and High tariff." */
export function captionComparison({ columns }: Pick<ComparisonSpecInput, 'columns'>): string {
  const names = columns.map(shownName)
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('')
  return `Comparing ${list}.`
}

/** One item per scenario, drawn as its line is: solid or its own dash. */
export function legendComparison({ columns }: Pick<ComparisonSpecInput, 'columns'>): LegendItem[] {
  return columns.map((c) =>
    c.dash ? { label: shownName(c), color: c.color, mark: 'dashed', dash: c.dash } : { label: shownName(c), color: c.color, mark: 'line' },
  )
}

function rowsOf(xKey: string, xs: readonly number[], series: readonly (readonly { combinedWithUsd: number }[])[]): ComparisonRow[] {
  return xs.map((x, i) => {
    const row: ComparisonRow = { [xKey]: x }
    series.forEach((s, k) => (row[seriesKey(k)] = s[i]?.combinedWithUsd ?? 0))
    return row
  })
}

/** Combined yearly cost with each scenario's partnership as it ramps up, 2025–2030. */
export function rowsCostOverTime({ exposed, columns }: ComparisonSpecInput): ComparisonRow[] {
  return rowsOf(
    'year',
    PATH_YEARS,
    columns.map((c) => costPath(exposed, c.scenario)),
  )
}

/** Combined annual cost at every rate 0–50% in half points, each partnership at full ramp. */
export function rowsSensitivity({ exposed, columns }: ComparisonSpecInput): ComparisonRow[] {
  return rowsOf(
    'tariffPct',
    SENSITIVITY_RATES,
    columns.map((c) => sensitivityCurve(exposed, c.scenario)),
  )
}

/** Each scenario's own tariff, marked on its own curve (y in USD). */
export function markersSensitivity({ exposed, columns }: ComparisonSpecInput): { key: string; x: number; y: number; color: string }[] {
  return columns.map((c) => ({
    key: c.key,
    x: c.scenario.tariffPct,
    y: scenarioCost(exposed, c.scenario).combined.withUsd,
    color: c.color,
  }))
}

function axisTo(maxUsd: number, { currency, fx }: ComparisonSpecInput): ValueAxis {
  const ticks = niceMoneyTicks(maxUsd, currency, fx)
  return { domain: [0, ticks[ticks.length - 1] ?? 1], ticks }
}

const largest = (rows: readonly ComparisonRow[], count: number) =>
  Math.max(1, ...rows.flatMap((r) => Array.from({ length: count }, (_, k) => r[seriesKey(k)] ?? 0)))

/** Round ticks from 0 with a tenth of headroom over the highest line, so its dots are not clipped. */
export function costOverTimeAxis(input: ComparisonSpecInput, rows = rowsCostOverTime(input)): ValueAxis {
  return axisTo(1.1 * largest(rows, input.columns.length), input)
}

/** Round ticks from 0 to the highest curve's value at 50%. */
export function sensitivityAxis(input: ComparisonSpecInput, rows = rowsSensitivity(input)): ValueAxis {
  return axisTo(largest(rows, input.columns.length), input)
}

function csvOf(input: ComparisonSpecInput, rows: readonly ComparisonRow[], x: { key: string; header: string }, what: string): CsvTable {
  const { columns, currency, fx } = input
  const unit = moneyUnit(currency, fx)
  return {
    columns: [x.header, ...columns.map((c) => `${c.name}: ${what} (${unit})`)],
    rows: rows.map((r) => [r[x.key] ?? 0, ...columns.map((_c, k) => moneyCell(r[seriesKey(k)] ?? 0, currency, fx))]),
  }
}

export function csvCostOverTime(input: ComparisonSpecInput, rows = rowsCostOverTime(input)): CsvTable {
  return csvOf(input, rows, { key: 'year', header: 'year' }, 'combined tariff cost with partnership')
}

export function csvSensitivity(input: ComparisonSpecInput, rows = rowsSensitivity(input)): CsvTable {
  return csvOf(input, rows, { key: 'tariffPct', header: 'tariff (%)' }, 'combined tariff cost with partnership at full ramp')
}
