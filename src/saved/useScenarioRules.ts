import { useMemo } from 'react'
import { useBaseline } from '../data/useBaseline'
import { publishedScenario, scenarioLimits } from '../data/publishedScenario'

/** Published settings and ranges, to make any saved or imported scenario valid before use. */
export function useScenarioRules() {
  const baseline = useBaseline()
  return useMemo(() => ({ published: publishedScenario(baseline), limits: scenarioLimits(baseline) }), [baseline])
}

export type ScenarioRules = ReturnType<typeof useScenarioRules>
