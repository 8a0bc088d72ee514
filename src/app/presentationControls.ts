import { SLIDE_EVENT } from './presentation'

/** Replace, not push: stepping through slides should not fill the Back button's history. */
export function setSlide(slide: number | null): void {
  const { pathname, search } = window.location
  window.history.replaceState(window.history.state, '', `${pathname}${search}${slide === null ? '' : `#slide=${slide}`}`)
  window.dispatchEvent(new Event(SLIDE_EVENT))
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
