import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { hashKey, useQueryClient } from '@tanstack/react-query'
import { baselineQuery } from './baselineQuery'
import type { Baseline } from './baselineSchema'
import { exposedImports, publishedRates, type PublishedRates } from './publishedScenario'
import type { ExposedImports } from '../model/projection'

const BASELINE_HASH = hashKey(baselineQuery.queryKey)

/**
 * The parsed baseline, read straight from the query cache. App's useQuery owns the loading,
 * the check of the file and the errors; a component only needs the data and its changes. Not
 * useSuspenseQuery: that builds an observer result on every render and sets the observer's
 * options in an effect after it, and about fifteen components that read the baseline render on
 * every slider step (issue 7): 0.4 ms of each step, for data that never goes stale. App renders
 * the dashboard only once the data has loaded, so a read before that is a mistake in the code,
 * and says so.
 */
export function useBaseline(): Baseline {
  const client = useQueryClient()
  const subscribe = useCallback(
    (onChange: () => void) =>
      client.getQueryCache().subscribe((event) => {
        if (event.query.queryHash === BASELINE_HASH) onChange()
      }),
    [client],
  )
  const read = () => client.getQueryCache().get<Baseline>(BASELINE_HASH)?.state.data
  const data = useSyncExternalStore(subscribe, read, read)
  if (data === undefined) throw new Error('The baseline is read before it has loaded: render the dashboard once App has it.')
  return data
}

export function useExposedImports(): ExposedImports {
  const baseline = useBaseline()
  return useMemo(() => exposedImports(baseline), [baseline])
}

/** The published tariff rates (pre-trade-war, now, April 2025), one object per baseline. */
export function usePublishedRates(): PublishedRates {
  const baseline = useBaseline()
  return useMemo(() => publishedRates(baseline), [baseline])
}

export function sourceLabel(baseline: Baseline, id: string): string {
  return baseline.sources.find((s) => s.id === id)?.label ?? id
}
