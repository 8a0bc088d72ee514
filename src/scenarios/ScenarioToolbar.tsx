import './ScenarioToolbar.css'
import type { Scenario } from '../model/scenario'
import { useScenarioHistory, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { pickScenario } from '../store/scenarioStore'
import { encodeScenarioQuery, safePathname } from '../share/scenarioUrl'
import { showNotice } from '../store/noticeStore'
import { useRef } from 'react'
import { focusFirst } from '../ui/focus'

/** Clipboard API first; the older copy command where it is refused (no permission, not a secure page). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // fall through
  }
  try {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.appendChild(area)
    area.select()
    const ok = document.execCommand('copy')
    area.remove()
    return ok
  } catch {
    return false
  }
}

/** The link for the scenario on screen, without the hash (a slide number is not part of a scenario). */
export function scenarioLink(scenario: Scenario, published: Scenario): string {
  const query = encodeScenarioQuery(scenario, published)
  return `${window.location.origin}${safePathname(window.location.pathname)}${query ? `?${query}` : ''}`
}

/** Undo, Redo and Copy link, in the page header. */
export function ScenarioToolbar({ published }: { published: Scenario }) {
  const store = useScenarioStoreApi()
  const canUndo = useScenarioHistory((h) => h.pastStates.length > 0)
  const canRedo = useScenarioHistory((h) => h.futureStates.length > 0)
  const undoRef = useRef<HTMLButtonElement>(null)
  const redoRef = useRef<HTMLButtonElement>(null)
  /**
   * The last Undo (or Redo) disables its own button, and the browser would drop focus to the
   * page: move it to the other button, which that step just enabled, and say so (#10).
   */
  const step = (kind: 'undo' | 'redo') => {
    const history = store.temporal.getState()
    history[kind]()
    const after = store.temporal.getState()
    const exhausted = kind === 'undo' ? after.pastStates.length === 0 : after.futureStates.length === 0
    if (!exhausted) return
    requestAnimationFrame(() => {
      const own = kind === 'undo' ? undoRef.current : redoRef.current
      if (document.activeElement !== own && !own?.disabled) return
      if (!focusFirst(kind === 'undo' ? redoRef.current : undoRef.current, document.querySelector<HTMLElement>('[role="slider"]'))) return
      showNotice({
        id: 'info',
        tone: 'info',
        title: kind === 'undo' ? 'Nothing more to undo; focus moved to Redo.' : 'Nothing more to redo; focus moved to Undo.',
      })
    })
  }
  const copyLink = async () => {
    const link = scenarioLink(pickScenario(store.getState()), published)
    const copied = await copyText(link)
    showNotice(
      copied
        ? { id: 'info', tone: 'info', title: 'Link copied. Anyone who opens it sees this scenario:', items: [link] }
        : { id: 'info', tone: 'problem', title: 'The browser did not allow copying. Select the link and copy it yourself:', items: [link] },
    )
  }
  return (
    <div className="scenario-toolbar" role="group" aria-label="Scenario history and link">
      <button
        type="button"
        className="button small"
        ref={undoRef}
        onClick={() => step('undo')}
        disabled={!canUndo}
        title="Undo the last change of the scenario (Ctrl+Z)"
        aria-keyshortcuts="Control+Z"
      >
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button
        type="button"
        className="button small"
        ref={redoRef}
        onClick={() => step('redo')}
        disabled={!canRedo}
        title="Redo (Ctrl+Shift+Z)"
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo <span aria-hidden="true">↷</span>
      </button>
      <button type="button" className="button small" onClick={() => void copyLink()} title="Copy a link that opens this exact scenario">
        Copy link
      </button>
    </div>
  )
}
