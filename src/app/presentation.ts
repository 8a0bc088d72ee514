import { safePathname } from '../share/scenarioUrl'
import { createUiStore } from '../store/createUiStore'
import { replaceAddress } from '../ui/addressBar'

/**
 * Presentation mode lives in the URL hash (`#slide=2`), so a reload stays on the slide and in the
 * mode. The hash, not the query string: the query string carries the scenario.
 *
 * The slide is held here and written to the URL, not read back from the URL on every render:
 * code that rewrites the query string with history.replaceState and drops the hash must not
 * close the slides in the middle of a meeting. A hash the user edits (hashchange) is obeyed.
 */
export function parseSlide(hash: string): number | null {
  const m = /(?:^#|&)slide=(\d{1,3})(?:&|$)/.exec(hash)
  return m ? Number(m[1]) : null
}

/** The slide in view (1-based), or null when not presenting; read from the hash at load (and on reset). */
const useSlideStore = createUiStore<{ slide: number | null }>(() => ({
  slide: typeof window === 'undefined' ? null : parseSlide(window.location.hash),
}))

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => useSlideStore.setState({ slide: parseSlide(window.location.hash) }))
}

/** The slide in view (1-based), or null when not presenting. */
export function useSlide(): number | null {
  return useSlideStore((s) => s.slide)
}

/** Show a slide (or leave with null) and write it to the URL, keeping the path and query string. */
export function setSlide(slide: number | null): void {
  // The slide is held here first: if the browser refuses the address, the slides still open.
  useSlideStore.setState({ slide })
  const { pathname, search } = window.location
  // Replace, not push: stepping through slides should not fill the Back button's history.
  replaceAddress(`${safePathname(pathname)}${search}${slide === null ? '' : `#slide=${slide}`}`)
}

/** Called from the Present button's click, so the browser accepts the fullscreen request. */
export function enterPresentation(): void {
  const root = document.documentElement
  // Refused (no user gesture, an iframe, a policy) or unsupported: the slides still fill the window.
  if (root.requestFullscreen && !document.fullscreenElement) root.requestFullscreen().catch(() => {})
  setSlide(1)
}

export function leavePresentation(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {})
  setSlide(null)
}
