import { useEffect, useState } from 'react'
import { applyUpdate, canUseServiceWorker, offlineState, registerServiceWorker } from './serviceWorker'
import { useBelowTheFold } from '../ui/firstView'

/**
 * Says once, after the first visit, that the dashboard now works offline, and offers "Reload"
 * when a new version has been deployed and downloaded in the background.
 */
const READY_SHOWN_MS = 10_000

export function OfflineStatus() {
  const state = offlineState((s) => s.state)
  const [dismissed, setDismissed] = useState<string | null>(null)
  // After the first view (ui/firstView): the worker's install fetches every file of the build,
  // which would compete with the first view's own requests and work (issue 7).
  const firstViewDrawn = useBelowTheFold()
  useEffect(() => {
    if (!firstViewDrawn || !canUseServiceWorker()) return
    registerServiceWorker().catch((e: unknown) => console.warn('The offline copy could not be set up', e))
  }, [firstViewDrawn])
  // "Ready" is news, not a task: it leaves by itself. (It never covers the slider: bottom left
  // under the controls on a wide screen, at the top over the title on one column; app.css.)
  // "Update" waits for the user's Reload or Dismiss.
  useEffect(() => {
    if (state !== 'ready') return
    const timer = setTimeout(() => setDismissed('ready'), READY_SHOWN_MS)
    return () => clearTimeout(timer)
  }, [state])
  if (state === 'idle' || dismissed === state) return null
  return (
    <div className="offline-status" role="status">
      {state === 'ready' ? (
        <span>Ready to work offline: this dashboard now opens without a network.</span>
      ) : (
        <>
          <span>A new version of the dashboard is ready.</span>{' '}
          <button type="button" className="button small" onClick={applyUpdate}>
            Reload
          </button>
        </>
      )}{' '}
      <button type="button" className="link-button" onClick={() => setDismissed(state)}>
        Dismiss
      </button>
    </div>
  )
}
