import { useSyncExternalStore } from 'react'

/**
 * Presentation mode lives in the URL hash (`#slide=2`), so a reload stays on the slide and in the
 * mode. The hash, not the query string: the query string carries the scenario.
 */
export const SLIDE_EVENT = 'hn-dashboard:slide'

export function parseSlide(hash: string): number | null {
  const m = /(?:^#|&)slide=(\d{1,3})(?:&|$)/.exec(hash)
  return m ? Number(m[1]) : null
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  window.addEventListener(SLIDE_EVENT, listener)
  return () => {
    window.removeEventListener('hashchange', listener)
    window.removeEventListener(SLIDE_EVENT, listener)
  }
}

/** The slide in view (1-based), or null when not presenting. */
export function useSlide(): number | null {
  return useSyncExternalStore(subscribe, () => parseSlide(window.location.hash), () => null)
}
