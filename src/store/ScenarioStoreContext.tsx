import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { Scenario } from '../model/scenario'
import type { ScenarioLimits } from '../data/publishedScenario'
import { createScenarioStore, type ScenarioState, type ScenarioStore } from './scenarioStore'
import { useUiStore } from './uiStore'
import { sameFields } from './sameFields'

// A slider gesture (drag, held arrow keys) is one undo step: the UI store knows when one is on.
const HISTORY = { isGesture: () => useUiStore.getState().isAdjusting }

/**
 * The store is made once the baseline data has loaded (its defaults and ranges come from there),
 * so it lives in a context rather than a module global. Tests pass their own initial scenario.
 */
const ScenarioStoreContext = createContext<ScenarioStore | null>(null)

export function ScenarioStoreProvider(props: { published: Scenario; limits: ScenarioLimits; initial?: Scenario; children: ReactNode }) {
  const [store] = useState(() => createScenarioStore(props.published, props.limits, props.initial, HISTORY))
  return <ScenarioStoreContext.Provider value={store}>{props.children}</ScenarioStoreContext.Provider>
}

export function useScenarioStoreApi(): ScenarioStore {
  const store = useContext(ScenarioStoreContext)
  if (!store) throw new Error('useScenario must be used inside ScenarioStoreProvider')
  return store
}

export function useScenario<T>(selector: (s: ScenarioState) => T): T {
  return useStore(useScenarioStoreApi(), selector)
}

/**
 * A selector that builds a new object or array on each call, kept the same object while its
 * fields are equal (what `useScenarioFields(selector)` does, without `shallow`'s Maps:
 * sameFields).
 */
export function useScenarioFields<T extends object>(selector: (s: ScenarioState) => T): T {
  const last = useRef<T | undefined>(undefined)
  // One function for the component's life (the selectors are module constants): a new one each
  // render would make React re-check the store and queue an effect after every render.
  const keepEqual = useCallback(
    (state: ScenarioState) => {
      const next = selector(state)
      const kept = last.current
      if (kept !== undefined && sameFields(kept, next)) return kept
      last.current = next
      return next
    },
    [selector],
  )
  return useScenario(keepEqual)
}

/** The undo history of the scenario (zundo): past and future scenarios, undo, redo. */
export function useScenarioHistory<T>(selector: (s: ReturnType<ScenarioStore['temporal']['getState']>) => T): T {
  return useStore(useScenarioStoreApi().temporal, selector)
}
