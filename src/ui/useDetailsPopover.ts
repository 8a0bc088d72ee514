import { useEffect, useRef, type SyntheticEvent } from 'react'
import { keepFocusAfter } from './focus'

/** The popover open now, if any: opening another closes it (one at a time). */
let openNow: HTMLDetailsElement | null = null

/**
 * A <details> used as a popover (Image options) behaves like one (#10): Escape closes it and
 * gives focus back to its summary; a click outside or focus moving out closes it; only one is
 * open at a time. Native <details> does none of this. The listeners read the element's own
 * `open`, so a key pressed before React hears of the toggle (a separate task) still works.
 */
export function useDetailsPopover() {
  const ref = useRef<HTMLDetailsElement>(null)
  const onToggle = (e: SyntheticEvent<HTMLDetailsElement>) => {
    const details = e.currentTarget
    if (details.open) {
      if (openNow && openNow !== details) openNow.open = false
      openNow = details
    } else if (openNow === details) openNow = null
  }

  useEffect(() => {
    const details = ref.current
    if (!details) return
    const summary = () => details.querySelector('summary')
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !details.open) return
      e.preventDefault()
      e.stopPropagation()
      details.open = false
      summary()?.focus()
    }
    const onPointer = (e: PointerEvent) => {
      if (!details.open || details.contains(e.target as Node)) return
      details.open = false
      // A click on something focusable keeps its focus; on bare page, focus returns to the opener.
      keepFocusAfter(() => [summary()])
    }
    const onFocusOut = (e: FocusEvent) => {
      const to = e.relatedTarget as Node | null
      if (details.open && to && !details.contains(to)) details.open = false
    }
    details.addEventListener('keydown', onKey)
    details.addEventListener('focusout', onFocusOut)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      if (openNow === details) openNow = null
      details.removeEventListener('keydown', onKey)
      details.removeEventListener('focusout', onFocusOut)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [])

  return { ref, onToggle }
}
