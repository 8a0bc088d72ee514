import { Activity, type ReactNode } from 'react'
import { CHARTS } from './chartList'
import { ExportHost } from './ExportHost'

/**
 * All the charts, and the export stage that re-draws them off screen. Loaded through
 * `app/AppShell` (the entry's one lazy target), so Recharts arrives as one chunk beside the data.
 *
 * While `hidden` (presenting), the grid is kept with <Activity> (its updates wait until idle, its
 * state is kept) and the rest of the layout is hidden by CSS. `children` are drawn beside the grid:
 * the app shell puts the slides there, so the charts folder never imports the app (issue 8).
 */
export default function ChartGrid({ hidden = false, children }: { hidden?: boolean; children?: ReactNode }) {
  return (
    <>
      <Activity mode={hidden ? 'hidden' : 'visible'}>
        <div className="chart-grid">
          {CHARTS.map(({ slug, Component }) => (
            <Component key={slug} />
          ))}
        </div>
      </Activity>
      {children}
      <ExportHost />
    </>
  )
}
