import { createUiStore } from '../store/createUiStore'

/**
 * The service worker (dist/sw.js, written by build/serviceWorker.ts) seen from the page: it is
 * registered in the production build served over http(s), at the build's base path, so a build
 * under /tools/tariffs/ gets a worker whose scope is /tools/tariffs/. Not in the single-file build
 * (file:// has no service workers) and not in development.
 */
export type OfflineState = 'idle' | 'ready' | 'update'

export const offlineState = createUiStore<{ state: OfflineState; waiting: ServiceWorker | null }>(() => ({ state: 'idle', waiting: null }))

export function canUseServiceWorker(): boolean {
  return (
    import.meta.env.PROD &&
    import.meta.env.MODE !== 'single' &&
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    window.isSecureContext &&
    location.protocol !== 'file:'
  )
}

function whenActivated(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve) => {
    if (worker.state === 'activated') return resolve()
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve()
    })
  })
}

/** Register once; report "ready offline" after the first install and "update" when a new build waits. */
export async function registerServiceWorker(): Promise<void> {
  const container = navigator.serviceWorker
  // Present before registering: this page came from an earlier visit's worker, so it is not the first install.
  const wasControlled = container.controller !== null
  const registration = await container.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
  // A browser policy (or a test harness) that blocks workers may resolve with nothing: no offline copy.
  if (!registration) return

  const offerUpdate = (worker: ServiceWorker) => offlineState.setState({ state: 'update', waiting: worker })
  const watch = (worker: ServiceWorker) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offerUpdate(worker)
    })
  }

  if (registration.waiting && container.controller) offerUpdate(registration.waiting)
  if (registration.installing && wasControlled) watch(registration.installing)
  registration.addEventListener('updatefound', () => {
    if (registration.installing && (wasControlled || container.controller)) watch(registration.installing)
  })

  if (!wasControlled) {
    const first = registration.installing ?? registration.waiting ?? registration.active
    if (first) {
      await whenActivated(first)
      offlineState.setState({ state: 'ready' })
    }
  }
}

/** "Reload" on "A new version is ready": let the waiting worker take over, then load the page from it. */
export function applyUpdate(): void {
  const { waiting } = offlineState.getState()
  if (!waiting) {
    location.reload()
    return
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
  waiting.postMessage('skip-waiting')
}
