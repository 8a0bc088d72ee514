import type { ReactNode } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { baselineQuery } from '../../src/data/baselineQuery'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { ScenarioStoreProvider } from '../../src/store/ScenarioStoreContext'
import { shippedBaseline } from '../unit/fixtures'

/** The app's providers with the shipped baseline already loaded, as after start-up. */
export function AppProviders({ children }: { children: ReactNode }) {
  const baseline = shippedBaseline()
  const client = new QueryClient()
  client.setQueryData(baselineQuery.queryKey, baseline)
  return (
    <QueryClientProvider client={client}>
      <ScenarioStoreProvider published={publishedScenario(baseline)} limits={scenarioLimits(baseline)}>
        {children}
      </ScenarioStoreProvider>
    </QueryClientProvider>
  )
}
