import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useScenario } from '../store/ScenarioStoreContext'
import { pickScenario } from '../store/scenarioStore'
import { scenarioCaption, sourceLine } from '../format/scenarioText'
import type { Scenario } from '../model/scenario'

export function useCurrentScenario(): Scenario {
  return useScenario(useShallow(pickScenario))
}

export function useScenarioText(): { caption: string; source: string } {
  const s = useCurrentScenario()
  return useMemo(() => ({ caption: scenarioCaption(s), source: sourceLine(s) }), [s])
}
