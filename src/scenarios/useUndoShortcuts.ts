import { useEffect } from 'react'
import type { ScenarioStore } from '../store/scenarioStore'

/** Text fields keep their own Ctrl+Z (undo typing); sliders, switches and buttons do not have one. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color'].includes(target.type)
}

/** Ctrl+Z undoes a scenario change, Ctrl+Shift+Z (and Ctrl+Y) redoes it; ⌘ on a Mac. */
export function useUndoShortcuts(store: ScenarioStore) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return
      const key = e.key.toLowerCase()
      const history = store.temporal.getState()
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault()
        history.undo()
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault()
        history.redo()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store])
}
