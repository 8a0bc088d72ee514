import { memo, useEffect, useState } from 'react'
import { TariffControl } from '../controls/TariffControl'
import { PartnershipControl } from '../controls/PartnershipControl'
import { CurrencyControl } from '../controls/CurrencyControl'
import { ResetButton } from '../controls/ResetButton'
import { KeyFigures } from '../figures/KeyFigures'
import { AssumptionsPanel } from '../panels/AssumptionsPanel'
import { MethodologyPanel } from '../panels/MethodologyPanel'
import { PanelErrorBoundary } from '../ui/PanelErrorBoundary'
import { ChartGridSkeleton } from './DataStates'
import { SavedScenariosPanel } from '../saved/SavedScenariosPanel'
import { ComparisonView } from '../saved/ComparisonView'
import { AnswerPanels } from '../answers/AnswerPanels'
import { useBelowTheFold } from '../ui/firstView'

// Recharts is most of the JavaScript. index.html preloads it beside the entry (vite.config.ts);
// importing it as soon as this module runs means the controls and figures never wait for it.
type AppShellModule = typeof import('./AppShell')
let loadedCharts: AppShellModule | null = null
const chartGridModule = import('./AppShell').then((m) => (loadedCharts = m))

/**
 * The charts once their chunk is in, the skeleton until then. Not React.lazy with Suspense: React
 * holds back the reveal of a suspended boundary until 300 ms after its fallback appeared
 * (FALLBACK_THROTTLE_MS), which on the first view delayed every chart by up to that much.
 */
function Charts() {
  const [charts, setCharts] = useState(loadedCharts)
  useEffect(() => {
    if (!charts) void chartGridModule.then(setCharts)
  }, [charts])
  return charts ? <charts.default /> : <ChartGridSkeleton />
}

/**
 * The panels below the fold, after the first view on a page load (ui/firstView). A component of
 * their own, so that their release re-renders them alone, not the controls and figures above.
 */
function BelowTheFold() {
  const belowTheFold = useBelowTheFold()
  if (!belowTheFold) return null
  return (
    <>
      <PanelErrorBoundary what="The saved scenarios">
        <SavedScenariosPanel />
        <ComparisonView />
      </PanelErrorBoundary>
      <PanelErrorBoundary what="The assumptions panel">
        <AssumptionsPanel />
      </PanelErrorBoundary>
      <PanelErrorBoundary what="The methodology panel">
        <MethodologyPanel />
      </PanelErrorBoundary>
    </>
  )
}

/**
 * Memoised (it has no props): App renders twice on a page load, the second time when the header's
 * action slot is attached (its callback ref sets App's state), and without this the whole dashboard
 * was rendered again in the first view's task (issue 7). The dashboard follows the stores, not App.
 */
export const Dashboard = memo(function Dashboard() {
  return (
    <div className="layout">
      <aside className="sidebar" aria-label="Scenario controls">
        <div className="sidebar-inner">
          <PanelErrorBoundary what="The controls">
            <TariffControl />
            <PartnershipControl />
            <CurrencyControl />
            <div className="sidebar-actions">
              <ResetButton />
            </div>
          </PanelErrorBoundary>
        </div>
      </aside>
      <div className="content">
        <PanelErrorBoundary what="The key figures">
          <KeyFigures />
        </PanelErrorBoundary>
        <PanelErrorBoundary what="The summary and break-even">
          <AnswerPanels />
        </PanelErrorBoundary>
        <PanelErrorBoundary what="The charts">
          <Charts />
        </PanelErrorBoundary>
        <BelowTheFold />
      </div>
    </div>
  )
})

// For the entry (src/main.tsx), which may import only app/ and share/.
export { holdBelowTheFold } from '../ui/firstView'
