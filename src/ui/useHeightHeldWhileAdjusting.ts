import { useCallback } from 'react'
import { useUiStore } from '../store/uiStore'

/**
 * While a slider moves, the element (and, with `children`, each of its children) never gets
 * shorter: it keeps the tallest height it has had since the gesture began (as a `min-height`),
 * and is free again when the gesture ends.
 *
 * Why: texts that follow the tariff change their number of lines at some values (the break-even
 * panel has one sentence at or below today's rate and three above it; the key figures' ranges are
 * shorter at 2.5%; a caption's "8.5%" takes a line more than "9%" at some widths). Each time a
 * drag crossed such a value, everything below moved by up to 78 px under the hand of a user
 * watching a chart, and the page was laid out again; a chart under a caption was redrawn at a new
 * height at every other step. Held, the page below moves at most once a gesture, when a region
 * first grows, never back and forth; at rest each region takes its own height again. Children are
 * held too where they share a grid: a row that shrinks as its neighbour grows moves their border.
 *
 * The heights are read when the gesture starts (a pointer down or the first key, before the step
 * is written, so the layout is clean and the read costs nothing); growth is seen by a
 * ResizeObserver, which reports after layout, so nothing is read during a step. Every holder on
 * the page reads before any of them writes (one subscription for all): a `min-height` written
 * between two reads makes the next read lay the page out again, and the gesture's first step
 * did so fourteen times (3 ms of its task on the 2-core VM, #7).
 */
export function holdHeightWhileAdjusting(el: HTMLElement, { children = false } = {}): () => void {
  const held = new Map<HTMLElement, number>()
  let observer: ResizeObserver | null = null
  const hold = (target: HTMLElement, height: number) => {
    if (height <= (held.get(target) ?? 0)) return
    held.set(target, height)
    target.style.minHeight = `${height}px`
  }
  const holder: Holder = {
    read: () => {
      const targets = [el, ...(children ? Array.from(el.children).filter((c) => c instanceof HTMLElement) : [])]
      const measured = targets.map((target) => [target, target.getBoundingClientRect().height] as const)
      return () => {
        for (const [target, height] of measured) hold(target, height)
        observer = new ResizeObserver((entries) => {
          for (const entry of entries) hold(entry.target as HTMLElement, entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height)
        })
        for (const target of targets) observer.observe(target, { box: 'border-box' })
      }
    },
    release: () => {
      observer?.disconnect()
      observer = null
      for (const target of held.keys()) target.style.minHeight = ''
      held.clear()
    },
  }
  register(holder)
  return () => {
    unregister(holder)
    holder.release()
  }
}

/** One element's hold: `read` measures and returns the write that holds what it measured. */
interface Holder {
  read: () => () => void
  release: () => void
}

const holders = new Set<Holder>()
let unsubscribe: (() => void) | null = null

function register(holder: Holder) {
  holders.add(holder)
  unsubscribe ??= useUiStore.subscribe((state, previous) => {
    if (state.isAdjusting === previous.isAdjusting) return
    if (!state.isAdjusting) {
      for (const h of holders) h.release()
      return
    }
    const writes = Array.from(holders, (h) => h.read())
    for (const write of writes) write()
  })
}

function unregister(holder: Holder) {
  holders.delete(holder)
  if (holders.size > 0 || unsubscribe === null) return
  unsubscribe()
  unsubscribe = null
}

/** A ref callback that holds its element's height while a slider moves (`holdHeightWhileAdjusting`). */
export function useHeightHeldWhileAdjusting<T extends HTMLElement>(options: { children?: boolean } = {}): (el: T) => () => void {
  const { children = false } = options
  // React 19 calls the returned function when the element goes.
  return useCallback((el: T) => holdHeightWhileAdjusting(el, { children }), [children])
}
