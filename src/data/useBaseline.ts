import { useMemo } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { baselineQuery } from './baselineQuery'
import type { Baseline } from './baselineSchema'
import { exposedImports, publishedRates, type PublishedRates } from './publishedScenario'
import type { ExposedImports } from '../model/projection'

/** The parsed baseline. The app renders the dashboard only once it has loaded, so this never suspends there. */
export function useBaseline(): Baseline {
  return useSuspenseQuery(baselineQuery).data
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
