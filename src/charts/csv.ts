import type { Currency } from '../model/scenario'
import { toCurrency } from '../format/format'

export interface CsvTable {
  columns: string[]
  rows: (string | number | null)[][]
}

function cell(v: string | number | null): string {
  if (v === null) return ''
  const s = typeof v === 'number' ? String(Math.round(v * 10_000) / 10_000) : v
  // Quote anything a spreadsheet would split or treat as a formula.
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
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
