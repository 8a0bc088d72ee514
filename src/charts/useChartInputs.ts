import { useScenarioFields } from '../store/ScenarioStoreContext'
import { selectCurveInputs } from '../store/scenarioStore'

/*
 * The charts read the scenario directly, neither deferred nor throttled: every slider step is
 * drawn in the task of its input, like the key figures beside them (issue 7). What keeps that
 * cheap is in the charts: stable props, no animation while a slider moves, and the moving parts
 * drawn by small children or written as React would (store/liveText).
 */

/** Everything but the tariff: the sensitivity curve and the plant chart ignore the slider. */
export function useCurveInputs() {
  return useScenarioFields(selectCurveInputs)
}
