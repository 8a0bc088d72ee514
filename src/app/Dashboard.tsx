import { memo } from 'react'
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
import { Notices } from '../scenarios/Notices'
import { ComparisonView } from '../saved/ComparisonView'
import { AnswerPanels } from '../answers/AnswerPanels'
import { useBelowTheFold } from '../ui/firstView'
import { useAppShell } from './appShellModule'
import { ErrorMessage } from '../ui/ErrorMessage'

/**
 * The charts once their chunk is in (Recharts is most of the JavaScript), the skeleton until
 * then, and a message with Reload if it cannot come: a dynamic import that failed stays failed
 * until the page is loaded again.
 */
function Charts() {
  const { shell, error } = useAppShell()
  if (shell) return <shell.default />
  if (error)
    return (
      <ErrorMessage
        heading="The charts could not be loaded."
        hint="Their code did not arrive, perhaps because the connection dropped while the page loaded. The figures and answers above are current, and nothing you saved is affected. Reload the page to try again."
        error={error}
        componentStack={null}
      />
    )
  return <ChartGridSkeleton />
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
        <SavedScenariosPanel messages={<Notices place="scenarios" />} />
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
