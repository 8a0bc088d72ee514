import type { Currency } from '../model/scenario'
import { toCurrency } from '../format/format'

export interface CsvTable {
  columns: string[]
  rows: (string | number | null)[][]
}

// A spreadsheet evaluates a cell that starts with one of these, quoted or not (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/

function cell(v: string | number | null): string {
  if (v === null) return ''
  // Numbers stay numbers: a negative figure must not turn into text.
  if (typeof v === 'number') return String(Math.round(v * 10_000) / 10_000)
  // OWASP's advice: a leading apostrophe makes the cell text; then quote what would split the row.
  const s = FORMULA_START.test(v) ? `'${v}` : v
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** A second table of a chart, in a file of its own (a chart whose data is not one rectangle). */
export interface ExtraCsv {
  /** File-name part after the chart's slug: "plant-list" → honda-nissan_plant-footprint-plant-list_…csv. */
  fileSlug: string
  /** Button text and the end of its accessible name: "Plant list". Never contains "CSV" (one CSV button per chart). */
  label: string
  csv: () => CsvTable
}

export function toCsv(table: CsvTable): string {
  return [table.columns, ...table.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

/** "USD billions" or "JPY billions at 151.57 JPY/USD": the unit in every money column header. */
export function moneyUnit(currency: Currency, fx: number): string {
  return currency === 'JPY' ? `JPY billions at ${fx} JPY/USD` : 'USD billions'
}

export function moneyCell(usd: number, currency: Currency, fx: number): number {
  return toCurrency(usd, currency, fx) / 1e9
}
