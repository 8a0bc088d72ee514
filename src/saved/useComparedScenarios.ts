import { useDeferredValue, useMemo } from 'react'
import { normaliseScenario, pickScenario } from '../store/scenarioStore'
import { useScenarioFields } from '../store/ScenarioStoreContext'
import { useSavedScenarios } from './SavedScenariosContext'
import { MAX_COMPARED, useCompareStore } from './compareStore'
import { useScenarioRules } from './useScenarioRules'
import type { ComparedScenario } from '../charts/specs/comparison'
import { COMPARE_COLORS, COMPARE_DASHES } from './comparedScenarios'

/** The scenario on screen and the saved ones picked for comparison, each with its colour and dash. */
export function useComparedScenarios(): { columns: ComparedScenario[]; pickedNone: boolean; savedCount: number } {
  const saved = useSavedScenarios((s) => s.scenarios)
  const selectedIds = useCompareStore((s) => s.selectedIds)
  const current = useDeferredValue(useScenarioFields(pickScenario))
  const rules = useScenarioRules()
  return useMemo(() => {
    const picked = saved.filter((e) => selectedIds.includes(e.id))
    const chosen = picked.length ? picked : saved.slice(-MAX_COMPARED)
    const columns: ComparedScenario[] = [
      { key: 'current', name: 'On screen', scenario: current, color: COMPARE_COLORS[0], dash: COMPARE_DASHES[0], isCurrent: true },
      ...chosen.map((e, i) => ({
        key: e.id,
        name: e.name,
        scenario: normaliseScenario(e.scenario, rules.limits, rules.published),
        color: COMPARE_COLORS[i + 1] ?? COMPARE_COLORS[1],
        dash: COMPARE_DASHES[i + 1],
        isCurrent: false,
      })),
    ]
    return { columns, pickedNone: picked.length === 0, savedCount: saved.length }
  }, [saved, selectedIds, current, rules])
}
