import { useMemo } from 'react'
import { useBaseline, useExposedImports } from '../data/useBaseline'
import { scenarioSummary } from '../format/scenarioSummary'
import { useScenarioFields } from './ScenarioStoreContext'
import { pickScenario } from './scenarioStore'
// A bundling workaround, not a dependency: with the bands model first reached from here, as it was
// before the key figures' texts moved to figures/keyFigureTexts (#7), Rolldown keeps the store and
// the model in the entry chunk. Without it they went to a chunk of their own (chartMeta-*.js), which
// cost 3 KB of the initial JavaScript's 120 KB budget. Measured with `vite build`; see README.
import '../model/bands'

/** The published "today": the current tariff with no partnership (baseline.json). */
export function useTodayTariffPct(): number {
  return useBaseline().published.currentTariffPct.value
}

/** The scenario on screen in words (format/scenarioSummary). */
export function useScenarioSummary(): string {
  const exposed = useExposedImports()
  const today = useTodayTariffPct()
  const scenario = useScenarioFields(pickScenario)
  return useMemo(() => scenarioSummary(scenario, exposed, today), [scenario, exposed, today])
}
