import { useMemo } from 'react'
import { useBaseline, useExposedImports } from '../data/useBaseline'
import { scenarioSummary } from '../format/scenarioSummary'
import { useScenarioFields } from './ScenarioStoreContext'
import { pickScenario } from './scenarioStore'

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
