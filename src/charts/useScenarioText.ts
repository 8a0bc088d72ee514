import { useMemo } from 'react'
import { useScenarioFields } from '../store/ScenarioStoreContext'
import { pickScenario } from '../store/scenarioStore'
import { scenarioCaption, sourceLine } from '../format/scenarioText'
import type { Scenario } from '../model/scenario'

export function useCurrentScenario(): Scenario {
  return useScenarioFields(pickScenario)
}

export function useScenarioText(): { caption: string; source: string } {
  const s = useCurrentScenario()
  return useMemo(() => ({ caption: scenarioCaption(s), source: sourceLine(s) }), [s])
}
