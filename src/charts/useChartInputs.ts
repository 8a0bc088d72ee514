import { useDeferredValue } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectCostInputs, selectCurveInputs } from '../store/scenarioStore'

/*
 * Charts read the scenario through deferred values: a slider step paints the slider and the key
 * figures at once, and the charts re-render in the frame after, in a render React may drop when
 * the next step arrives first. Profiling showed Recharts' own selectors and text measurement are
 * most of a step's work; deferring keeps them off the input's critical path.
 */
export function useDeferredCostInputs() {
  return useDeferredValue(useScenario(useShallow(selectCostInputs)))
}

export function useDeferredCurveInputs() {
  return useDeferredValue(useScenario(useShallow(selectCurveInputs)))
}
