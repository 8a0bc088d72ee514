import { ExportHost } from '../charts/ExportHost'
import { PanelErrorBoundary } from './PanelErrorBoundary'
import PresentMode from './PresentMode'

/**
 * What the dashboard draws outside its (possibly hidden) layout: the slides while presenting, and
 * the off-screen export stage, which must keep working whatever is hidden.
 */
export default function DashboardExtras({ slide }: { slide: number | null }) {
  return (
    <>
      {slide !== null && (
        <PanelErrorBoundary what="Presentation mode">
          <PresentMode slide={slide} />
        </PanelErrorBoundary>
      )}
      <ExportHost />
    </>
  )
}
