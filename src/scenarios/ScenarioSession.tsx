import { useEffect, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { Scenario } from '../model/scenario'
import type { ScenarioLimits } from '../data/publishedScenario'
import { parseScenarioQuery, type LinkReading } from '../share/scenarioUrl'
import { showNotice } from '../store/noticeStore'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import type { SavedScenariosStore } from '../saved/savedScenariosStore'
import { SavedScenariosProvider } from '../saved/SavedScenariosProvider'
import { linkNotice } from './scenarioNotices'
import { useUrlSync } from './useUrlSync'
import { useUndoShortcuts } from './useUndoShortcuts'
import { ScenarioToolbar } from './ScenarioToolbar'
import { Notices } from './Notices'

/**
 * Everything about the scenario on screen that lives as long as the page: the link in the address
 * bar, undo shortcuts, messages and the header buttons; the saved list (and other tabs' changes to
 * it) comes from saved/SavedScenariosProvider, which wraps the page.
 */

/** The scenario to start from: the one given (tests), else the link's, read once. */
export function useStartingScenario(initial: Scenario | undefined, published: Scenario, limits: ScenarioLimits): LinkReading {
  const [start] = useState<LinkReading>(() =>
    initial ? { scenario: initial, ignored: [] } : parseScenarioQuery(window.location.search, { published, limits }),
  )
  return start
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

  useEffect(() => {
    if (props.linkProblems.length) showNotice(linkNotice(props.linkProblems))
  }, [props.linkProblems])

  useUrlSync(store, props.published, props.limits)
  useUndoShortcuts(store)

  return (
    <SavedScenariosProvider savedStore={props.savedStore}>
      <Notices place="page" />
      {props.headerActions && createPortal(<ScenarioToolbar published={props.published} />, props.headerActions)}
      {props.children}
    </SavedScenariosProvider>
  )
}
