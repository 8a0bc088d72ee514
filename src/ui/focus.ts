/**
 * Focus helpers for actions that remove or disable the focused element (#10): without them the
 * browser drops focus to <body>, and a keyboard or screen reader user starts again at the top.
 */

/** 'auto' when the user asks for reduced motion: no smooth scrolling then. */
export function scrollBehavior(): ScrollBehavior {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'
}

/** True when nothing useful has focus: the page body, or an element no longer in the document. */
export function focusIsLost(): boolean {
  const active = document.activeElement
  return active === null || active === document.body || !active.isConnected
}

/** Focuses the first candidate that is in the document and not disabled; true if one took focus. */
export function focusFirst(...candidates: (HTMLElement | null | undefined)[]): boolean {
  for (const el of candidates) {
    if (!el || !el.isConnected || (el as HTMLButtonElement).disabled) continue
    el.focus()
    if (document.activeElement === el) return true
  }
  return false
}

/** After the next paint (React has committed), focus a fallback if focus was lost meanwhile. */
export function keepFocusAfter(fallback: () => (HTMLElement | null | undefined)[]): void {
  requestAnimationFrame(() => {
    if (focusIsLost()) focusFirst(...fallback())
  })
}
