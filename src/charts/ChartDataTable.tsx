import type { CsvTable } from './csv'
import { cellText } from './chartSummary'

/**
 * A chart's data as a table (#10, "Table" in the chart's toolbar): the same table its CSV export
 * writes, so the column headers carry the units. Scrolls inside its own focusable region when long.
 */
export function ChartDataTable({ title, table }: { title: string; table: CsvTable }) {
  return (
    <div className="chart-table-wrap" role="region" aria-label={`${title}: data table`} tabIndex={0}>
      <table className="chart-table">
        <caption>{title}: the chart’s data</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cellText(v)}
                  </th>
                ) : (
                  <td key={j} className={typeof v === 'number' ? 'num' : undefined}>
                    {cellText(v)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
