import type { CsvTable } from './csv'
import { formatGrouped } from '../format/format'

/**
 * The text a screen reader hears for a chart (#10), built from the same table the CSV export and
 * the Table view use, so the three never disagree. Short tables are read in full; long ones
 * (a curve of 101 rates) by their ends, lowest and highest. At most MAX_COLUMNS value columns
 * are read; the Table view shows the rest.
 */
const MAX_COLUMNS = 3
const LONG_TABLE_ROWS = 6

export function cellText(v: string | number | null): string {
  if (v === null || v === '') return '—'
  return typeof v === 'number' ? formatGrouped(v, 2) : v
}

export function chartSummary(title: string, table: CsvTable): string {
  const { columns, rows } = table
  if (rows.length === 0) return `${title}: no data.`
  const key = (r: (string | number | null)[]) => cellText(r[0] ?? null)
  const valueColumns = columns.map((name, i) => ({ name, i })).filter(({ i }) => i > 0 && rows.some((r) => typeof r[i] === 'number'))
  const read = valueColumns.slice(0, MAX_COLUMNS)
  const rest = valueColumns.length - read.length
  const more = rest > 0 ? ` The Table view shows ${rest} more column${rest === 1 ? '' : 's'}.` : ''
  if (rows.length <= LONG_TABLE_ROWS) {
    const parts = read.map(({ name, i }) => `${name}: ${rows.map((r) => `${key(r)} ${cellText(r[i] ?? null)}`).join(', ')}`)
    return `${title}. ${parts.join('. ')}.${more}`
  }
  const parts = read.map(({ name, i }) => {
    const numeric = rows.filter((r) => typeof r[i] === 'number') as (string | number)[][]
    const at = (pick: (a: number, b: number) => boolean) =>
      numeric.reduce((best, r) => (pick(r[i] as number, best[i] as number) ? r : best))
    const low = at((a, b) => a < b)
    const high = at((a, b) => a > b)
    const first = numeric[0]!
    const last = numeric[numeric.length - 1]!
    return `${name}: ${cellText(first[i]!)} at ${key(first)}, ${cellText(last[i]!)} at ${key(last)}; lowest ${cellText(low[i]!)} at ${key(low)}, highest ${cellText(high[i]!)} at ${key(high)}`
  })
  return `${title}, ${rows.length} rows by ${columns[0]} from ${key(rows[0]!)} to ${key(rows[rows.length - 1]!)}. ${parts.join('. ')}.${more}`
}
