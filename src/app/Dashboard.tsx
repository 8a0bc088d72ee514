import { lazy, Suspense } from 'react'
import { TariffControl } from '../controls/TariffControl'
import { PartnershipControl } from '../controls/PartnershipControl'
import { CurrencyControl } from '../controls/CurrencyControl'
import { ResetButton } from '../controls/ResetButton'
import { KeyFigures } from '../figures/KeyFigures'
import { AssumptionsPanel } from '../panels/AssumptionsPanel'
import { MethodologyPanel } from '../panels/MethodologyPanel'
import { PanelErrorBoundary } from '../ui/PanelErrorBoundary'
import { ChartGridSkeleton } from './DataStates'
import { SavedScenariosPanel } from '../scenarios/SavedScenariosPanel'
import { ComparisonView } from '../scenarios/ComparisonView'
import { AnswerPanels } from '../answers/AnswerPanels'

// Recharts is most of the JavaScript. Start fetching it as soon as this module runs (in parallel
// with the data), so the controls and figures do not wait for it and the charts rarely do.
const chartGridModule = import('../charts/ChartGrid')
const ChartGrid = lazy(() => chartGridModule)

export function Dashboard() {
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
          <Suspense fallback={<ChartGridSkeleton />}>
            <ChartGrid />
          </Suspense>
        </PanelErrorBoundary>
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
      </div>
    </div>
  )
}
