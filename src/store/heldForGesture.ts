import { startTransition, useLayoutEffect, useRef, useState } from 'react'
import { useUiStore } from './uiStore'

/**
 * Whether a chart holds its drawing for a slider gesture (#7): from the render of the gesture's
 * first step (the slider's own handlers start it, so the update is flushed with the step's) until
 * the chart has been drawn at rest after the gesture ends.
 *
 * That drawing is a Recharts redraw, 5–20 ms of main thread per chart on the 2-core VM. All in the
 * task that ends the gesture (400 ms after the last key), the three held charts made one task of
 * 25–50 ms, and a key pressed then (someone stepping the tariff a press at a time) waited for it.
 * Now each chart is drawn at rest in a transition of its own, one after the other (`turns`): React
 * renders each in slices, commits it in a task of its own, and handles a key that comes meanwhile
 * first. A chart shows its held drawing, at the right values, until its turn; a gesture that starts
 * again before then keeps the rest held.
 */
export function useHeldForGesture(): boolean {
  const [held, setHeld] = useState(() => useUiStore.getState().isAdjusting)
  const heldNow = useRef(held)
  const turn = useRef<Turn | null>(null)
  useLayoutEffect(() => {
    heldNow.current = held
    if (held || turn.current === null) return
    // Drawn at rest: the next chart's turn.
    const done = turn.current
    turn.current = null
    turns.finish(done)
  }, [held])
  // Subscribed in the commit that read the initial value: nothing starts or ends a gesture between.
  useLayoutEffect(() => {
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      if (state.isAdjusting === previous.isAdjusting) return
      if (state.isAdjusting) {
        turns.clear()
        turn.current = null
        setHeld(true)
        return
      }
      const mine: Turn = {
        release: () => {
          if (heldNow.current) startTransition(() => setHeld(false))
          else {
            turn.current = null
            turns.finish(mine)
          }
        },
      }
      turn.current = mine
      turns.add(mine)
    })
    return () => {
      unsubscribe()
      if (turn.current) turns.leave(turn.current)
    }
  }, [])
  return held
}

interface Turn {
  release: () => void
}

/** The charts waiting to be drawn at rest, in the order they asked (the page's, top to bottom). */
const turns = (() => {
  const waiting: Turn[] = []
  let current: Turn | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const next = () => {
    timer = undefined
    current = waiting.shift() ?? null
    current?.release()
  }
  // In a task of its own, after the last chart's commit: a key or a frame may come between.
  const later = () => {
    current = null
    timer ??= setTimeout(next, 0)
  }
  return {
    add(turn: Turn) {
      waiting.push(turn)
      if (current === null && timer === undefined) next()
    },
    finish(turn: Turn) {
      if (current === turn) later()
    },
    leave(turn: Turn) {
      const i = waiting.indexOf(turn)
      if (i >= 0) waiting.splice(i, 1)
      if (current === turn) later()
    },
    clear() {
      waiting.length = 0
      current = null
      clearTimeout(timer)
      timer = undefined
    },
  }
})()
