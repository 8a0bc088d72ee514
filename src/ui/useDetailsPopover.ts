import { useEffect, useRef, useState, type SyntheticEvent } from 'react'
import { keepFocusAfter } from './focus'

/** The popover open now, if any: opening another closes it (one at a time). */
let closeOpen: (() => void) | null = null

/**
 * A <details> used as a popover (Image options) behaves like one (#10): Escape closes it and
 * gives focus back to its summary; a click outside or focus moving out closes it; only one is
 * open at a time. Native <details> does none of this.
 */
export function useDetailsPopover() {
  const ref = useRef<HTMLDetailsElement>(null)
  const [open, setOpen] = useState(false)
  const onToggle = (e: SyntheticEvent<HTMLDetailsElement>) => setOpen(e.currentTarget.open)

  useEffect(() => {
    const details = ref.current
    if (!open || !details) return
    const summary = () => details.querySelector('summary')
    const close = () => {
      details.open = false
      setOpen(false)
    }
    closeOpen?.()
    closeOpen = close
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.preventDefault()
      e.stopPropagation()
      close()
      summary()?.focus()
    }
    const onPointer = (e: PointerEvent) => {
      if (details.contains(e.target as Node)) return
      close()
      // A click on something focusable keeps its focus; on bare page, focus returns to the opener.
      keepFocusAfter(() => [summary()])
    }
    const onFocusOut = (e: FocusEvent) => {
      const to = e.relatedTarget as Node | null
      if (to && !details.contains(to)) close()
    }
    details.addEventListener('keydown', onKey)
    details.addEventListener('focusout', onFocusOut)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      if (closeOpen === close) closeOpen = null
      details.removeEventListener('keydown', onKey)
      details.removeEventListener('focusout', onFocusOut)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])

  return { ref, onToggle }
}
