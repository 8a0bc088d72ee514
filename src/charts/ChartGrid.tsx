import { Activity } from 'react'
import { createPortal } from 'react-dom'
import { CHARTS } from './chartList'
import { ExportHost } from './ExportHost'
import { PanelErrorBoundary } from '../ui/PanelErrorBoundary'
import PresentMode from '../app/PresentMode'
import { useSlide } from '../app/presentation'

/**
 * All four charts; one module so Recharts arrives as one chunk, loaded beside the data.
 *
 * Presentation mode and the export stage draw the same charts, so they come with this chunk and
 * mount here, in portals outside the page layout. While presenting, the grid is hidden with
 * <Activity> (its updates wait until idle, its state is kept) and the rest of the layout by CSS.
 */
export default function ChartGrid() {
  const slide = useSlide()
  return (
    <>
      <Activity mode={slide === null ? 'visible' : 'hidden'}>
        <div className="chart-grid">
          {CHARTS.map(({ slug, Component }) => (
            <Component key={slug} />
          ))}
        </div>
      </Activity>
      {slide !== null &&
        createPortal(
          <PanelErrorBoundary what="Presentation mode">
            <PresentMode slide={slide} />
          </PanelErrorBoundary>,
          document.body,
        )}
      <ExportHost />
    </>
  )
}

/*
 * The header's Present, Projector theme and Export all come through this module too, so the
 * entry has a single dynamic import target. With three or more, Rolldown (1.2,
 * rolldown/rolldown#10731) moves React out of the entry into a shared chunk and the initial
 * download grows. The export code itself (SVG, PNG, ZIP, PPTX) stays in chunks of its own,
 * imported on first use.
 */
export { default as HeaderTools } from '../app/HeaderTools'
// The embed route's chart comes through here for the same reason.
export { EmbedChart } from './EmbedChart'
