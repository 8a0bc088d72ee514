import '../styles/scenarios.css'
import { useEffect, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { Scenario } from '../model/scenario'
import type { ScenarioLimits } from '../data/publishedScenario'
import { parseScenarioQuery, type LinkReading } from '../share/scenarioUrl'
import { createSavedScenariosStore, type SavedScenariosStore } from '../store/savedScenariosStore'
import { SavedScenariosContext } from '../store/SavedScenariosContext'
import { showNotice } from '../store/noticeStore'
import { linkNotice, storageNotice } from './scenarioNotices'
import { STORAGE_KEY } from '../share/savedScenarios'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { useUrlSync } from './useUrlSync'
import { useUndoShortcuts } from './useUndoShortcuts'
import { ScenarioToolbar } from './ScenarioToolbar'
import { Notices } from './Notices'

/**
 * Everything about scenarios that lives as long as the page: the link in the address bar, the
 * saved list (and other tabs' changes to it), undo shortcuts, messages, and the header buttons.
 */

/** The scenario to start from: the one given (tests), else the link's, read once. */
export function useStartingScenario(initial: Scenario | undefined, published: Scenario, limits: ScenarioLimits): LinkReading {
  const [start] = useState<LinkReading>(() =>
    initial ? { scenario: initial, ignored: [] } : parseScenarioQuery(window.location.search, { published, limits }),
  )
  return start
}

function localStorageOrNull(): Storage | null {
  try {
    const s = window.localStorage
    // Some browsers expose the object but refuse to use it (private modes, blocked cookies).
    s.getItem(STORAGE_KEY)
    return s
  } catch {
    return null
  }
}

export function ScenarioSession(props: {
  published: Scenario
  limits: ScenarioLimits
  linkProblems: readonly string[]
  headerActions: HTMLElement | null
  /** Tests pass their own store (with in-memory storage). */
  savedStore?: SavedScenariosStore
  children: ReactNode
}) {
  const store = useScenarioStoreApi()
  const [savedStore] = useState(
    () => props.savedStore ?? createSavedScenariosStore({ storage: localStorageOrNull(), report: (p) => showNotice(storageNotice(p)) }),
  )

  useEffect(() => {
    if (props.linkProblems.length) showNotice(linkNotice(props.linkProblems))
  }, [props.linkProblems])

  // Another tab saved, renamed or deleted: show it here too.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key.startsWith(STORAGE_KEY)) savedStore.getState().reload()
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [savedStore])

  useUrlSync(store, props.published, props.limits)
  useUndoShortcuts(store)

  return (
    <SavedScenariosContext.Provider value={savedStore}>
      <Notices />
      {props.headerActions && createPortal(<ScenarioToolbar published={props.published} />, props.headerActions)}
      {props.children}
    </SavedScenariosContext.Provider>
  )
}
