import { CHARTS } from './chartList'

/** All four charts; one module so Recharts arrives as one chunk, loaded beside the data. */
export default function ChartGrid() {
  return (
    <div className="chart-grid">
      {CHARTS.map(({ slug, Component }) => (
        <Component key={slug} />
      ))}
    </div>
  )
}

/*
 * Everything else the entry loads lazily comes through this one module, so the entry has a single
 * dynamic import target. With three or more, Rolldown (1.2, rolldown/rolldown#10731) moves React
 * out of the entry into a shared chunk and the initial download grows. All of these need the
 * charts anyway:
 * - the header's Present, Projector theme and Export all;
 * - presentation mode (one chart per slide) and the export stage, which draws the same charts off
 *   screen; both are mounted outside whatever hides the grid, so exports work while presenting.
 * The export code itself (SVG, PNG, ZIP, PPTX) stays in its own chunks, imported on first use.
 */
export { default as HeaderTools } from '../app/HeaderTools'
export { default as DashboardExtras } from '../app/DashboardExtras'
