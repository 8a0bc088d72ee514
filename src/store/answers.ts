import { useMemo } from 'react'
import { useBaseline, useExposedImports } from '../data/useBaseline'
import { breakEven, type BreakEven } from '../model/breakEven'
import { keyFigureBands, type KeyFigureBands } from '../model/bands'
import { scenarioSummary } from '../format/scenarioSummary'
import { useScenario, useScenarioFields } from './ScenarioStoreContext'
import { pickScenario, selectCostInputs, selectCurrency } from './scenarioStore'

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

/** Break-even tariff, share to move and what the chosen options can do (model/breakEven). */
export function useBreakEven(): BreakEven {
  const bounds = useBaseline().assumptions
  const today = useTodayTariffPct()
  const inputs = useScenarioFields(selectCostInputs)
  return useMemo(() => breakEven(inputs, bounds, today), [inputs, bounds, today])
}

/** Ranges of the key figures over the assumptions' stated ranges (model/bands). */
export function useKeyFigureBands(): KeyFigureBands {
  const exposed = useExposedImports()
  const bounds = useBaseline().assumptions
  const inputs = useScenarioFields(selectCostInputs)
  const currency = useScenario(selectCurrency)
  return useMemo(() => keyFigureBands(exposed, inputs, bounds, currency), [exposed, inputs, bounds, currency])
}
