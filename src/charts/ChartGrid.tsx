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

// The export stage draws the same charts off screen, so it comes in this chunk.
export { ExportHost } from './ExportHost'
// The header's Export all reaches the stage queue through this chunk, so the queue exists once.
export { default as HeaderTools } from '../app/HeaderTools'
