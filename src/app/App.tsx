import { lazy, Suspense, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { baselineQuery } from '../data/baselineQuery'
import { publishedScenario, scenarioLimits } from '../data/publishedScenario'
import { ScenarioStoreProvider } from '../store/ScenarioStoreContext'
import type { Baseline } from '../data/baselineSchema'
import type { Scenario } from '../model/scenario'
import { Dashboard } from './Dashboard'
import { DashboardSkeleton, DataError } from './DataStates'

// Present, projector theme, Export all: in the charts chunk, which is fetched at start-up anyway.
const HeaderTools = lazy(() => import('../charts/ChartGrid').then((m) => ({ default: m.HeaderTools })))

function Header() {
  return (
    <header className="app-header">
      <div>
        <h1>Honda–Nissan in North America: what US tariffs cost, and what a partnership could save</h1>
        <p className="subtitle">
          Drag the tariff, switch partnership options, and every figure follows. Published figures: November 2025.
        </p>
      </div>
      <div className="header-actions">
        <Suspense fallback={null}>
          <HeaderTools />
        </Suspense>
      </div>
    </header>
  )
}

function LoadedApp({ baseline, initial }: { baseline: Baseline; initial?: Scenario }) {
  const published = useMemo(() => publishedScenario(baseline), [baseline])
  const limits = useMemo(() => scenarioLimits(baseline), [baseline])
  return (
    <ScenarioStoreProvider published={published} limits={limits} initial={initial}>
      <Dashboard />
    </ScenarioStoreProvider>
  )
}

export function App({ initial }: { initial?: Scenario }) {
  const query = useQuery(baselineQuery)
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the dashboard
      </a>
      <Header />
      <main id="main">
        {query.isPending ? (
          <DashboardSkeleton />
        ) : query.isError ? (
          <DataError message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <LoadedApp baseline={query.data} initial={initial} />
        )}
      </main>
    </>
  )
}
