import { createPortal } from 'react-dom'
import ChartGrid from '../charts/ChartGrid'
import { PanelErrorBoundary } from '../ui/PanelErrorBoundary'
import PresentMode from './PresentMode'
import { useSlide } from './presentation'

/**
 * The lazily loaded part of the app: the charts (with Recharts), the slides, the export stage and
 * the header's tools. One module, the entry's single dynamic import target: with three or more,
 * Rolldown (1.2, rolldown/rolldown#10731) moves React out of the entry into a shared chunk and the
 * initial download grows. The export code itself (SVG, PNG, ZIP, PPTX) stays in chunks of its own,
 * imported on first use. It lives in app/, which may import charts/, so that charts/ never imports
 * app/ (issue 8: no folder-level import cycle).
 *
 * Presentation mode draws the same charts; it mounts here, in a portal outside the page layout.
 */
export default function ChartArea() {
  const slide = useSlide()
  return (
    <ChartGrid hidden={slide !== null}>
      {slide !== null &&
        createPortal(
          <PanelErrorBoundary what="Presentation mode">
            <PresentMode slide={slide} />
          </PanelErrorBoundary>,
          document.body,
        )}
    </ChartGrid>
  )
}

// The header's Present, Projector theme and Export all.
export { default as HeaderTools } from './HeaderTools'
// The embed route's chart.
export { EmbedChart } from '../charts/EmbedChart'
