import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { SavedScenariosState, SavedScenariosStore } from './savedScenariosStore'

/** The saved-scenarios store of this page (made by ScenarioSession; tests make their own). */
export const SavedScenariosContext = createContext<SavedScenariosStore | null>(null)

export function useSavedScenariosApi(): SavedScenariosStore {
  const store = useContext(SavedScenariosContext)
  if (!store) throw new Error('useSavedScenarios must be used inside SavedScenariosContext')
  return store
}

export function useSavedScenarios<T>(selector: (s: SavedScenariosState) => T): T {
  return useStore(useSavedScenariosApi(), selector)
}
