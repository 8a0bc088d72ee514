import './app.css'
import { useEffect, useMemo, useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { baselineQuery, embeddedBaseline } from '../data/baselineQuery'
import { useBelowTheFold } from '../ui/firstView'
import { publishedScenario, scenarioLimits } from '../data/publishedScenario'
import { ScenarioStoreProvider } from '../store/ScenarioStoreContext'
import type { Baseline } from '../data/baselineSchema'
import type { Scenario } from '../model/scenario'
import { Dashboard } from './Dashboard'
import { ScenarioSession, useStartingScenario } from '../scenarios/ScenarioSession'
import { DashboardSkeleton, DataError } from './DataStates'
import { useAppShell } from './appShellModule'

// Present, projector theme, Export all: in the app shell's chunk, which is fetched at start-up anyway.
// If the chunk cannot load, the chart grid says so; the header keeps its other actions.
function HeaderTools() {
  const { shell } = useAppShell()
  return shell ? <shell.HeaderTools /> : null
}

function Header({ actionsRef }: { actionsRef: (el: HTMLDivElement | null) => void }) {
  return (
    <header className="app-header">
      <div>
        <h1>Honda–Nissan in North America: what US tariffs cost, and what a partnership could save</h1>
        <p className="subtitle">Drag the tariff, switch partnership options, and every figure follows. Published figures: November 2025.</p>
      </div>
      <div className="header-actions">
        {/* Undo, Redo and Copy link are portalled in here once the scenario store exists. */}
        <div className="scenario-actions" ref={actionsRef} />
        <HeaderTools />
      </div>
    </header>
  )
}

function LoadedApp(props: { baseline: Baseline; initial?: Scenario; headerActions: HTMLElement | null }) {
  const published = useMemo(() => publishedScenario(props.baseline), [props.baseline])
  const limits = useMemo(() => scenarioLimits(props.baseline), [props.baseline])
  // The scenario in the link (or the one a test passes), read once, before the store exists.
  const start = useStartingScenario(props.initial, published, limits)
  return (
    <ScenarioStoreProvider published={published} limits={limits} initial={start.scenario}>
      <ScenarioSession published={published} limits={limits} linkProblems={start.ignored} headerActions={props.headerActions}>
        <Dashboard />
      </ScenarioSession>
    </ScenarioStoreProvider>
  )
}

/**
 * The page starts with the baseline embedded in index.html; the file is still fetched once
 * (baselineQuery.ts), but only once the first view is drawn: its request, parse and check would
 * otherwise run between the charts' first turns (issue 7).
 */
function CheckBaselineFile() {
  const firstViewDrawn = useBelowTheFold()
  const client = useQueryClient()
  useEffect(() => {
    if (firstViewDrawn && embeddedBaseline()) void client.refetchQueries({ queryKey: baselineQuery.queryKey, exact: true })
  }, [firstViewDrawn, client])
  return null
}

export function App({ initial }: { initial?: Scenario }) {
  // Without an embedded copy (tests, a page without the block) the query fetches the file on mount.
  const query = useQuery({ ...baselineQuery, refetchOnMount: false })
  const [headerActions, setHeaderActions] = useState<HTMLElement | null>(null)
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the dashboard
      </a>
      <CheckBaselineFile />
      <Header actionsRef={setHeaderActions} />
      {/* tabIndex -1: the skip link's target, and where focus goes when the message it was in is dismissed. */}
      <main id="main" tabIndex={-1}>
        {query.isPending ? (
          <DashboardSkeleton />
        ) : query.isError ? (
          <DataError message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <LoadedApp baseline={query.data} initial={initial} headerActions={headerActions} />
        )}
      </main>
    </>
  )
}
