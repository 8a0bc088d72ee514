import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react'
import { useScenario, useScenarioStoreApi } from './ScenarioStoreContext'
import type { ScenarioState } from './scenarioStore'
import { selectIsAdjusting, useUiStore } from './uiStore'

/**
 * A text that follows every slider step without a React render (#7).
 *
 * At rest it is an ordinary subscription: the component renders `text(state)`. While a slider
 * moves (`uiStore.isAdjusting`) the component keeps what it last rendered, and a store listener
 * writes `text(state)` into the element at each step, in the task of the input. React's own work
 * for a step (a render, its hooks and a commit for every text on the page) was about a third of a
 * step's script; the write is the same DOM change React made.
 *
 * Why React and the page never disagree: the listener writes exactly the text React would render
 * for the same state, as React writes an element's lone string child (React keeps no text node
 * for one: it compares the old and new strings and sets the element's text). When the gesture
 * ends the component renders the current text: if it differs from what React last rendered,
 * React writes it (the same text); if not, the element already holds it.
 *
 * `text` must be a pure function of the state and of values the caller memoises (a new function
 * re-renders and re-subscribes). Render the returned `value` as the element's only child (one
 * string, no other nodes), and give the element `ref`.
 */
export function useLiveText<E extends HTMLElement>(text: (s: ScenarioState) => string): { value: string; ref: RefObject<E | null> } {
  const api = useScenarioStoreApi()
  const ref = useRef<E>(null)
  // What React last rendered: held while a slider moves.
  const rendered = useRef<string | null>(null)
  // Re-render when a gesture starts and ends: at its end, the current text.
  const isAdjusting = useUiStore(selectIsAdjusting)
  const select = useCallback(
    (s: ScenarioState) => (isAdjusting && rendered.current !== null ? rendered.current : text(s)),
    [isAdjusting, text],
  )
  const value = useScenario(select)
  useLayoutEffect(() => {
    rendered.current = value
  }, [value])
  useLayoutEffect(() => {
    const write = (s: ScenarioState) => {
      const el = ref.current
      if (!el || !useUiStore.getState().isAdjusting) return
      const next = text(s)
      if (el.textContent === next) return
      // As React writes a lone string child (setTextContent): the text node's value, or the text.
      const node = el.firstChild
      if (node && node === el.lastChild && node.nodeType === Node.TEXT_NODE) node.nodeValue = next
      else el.textContent = next
    }
    return api.subscribe(write)
  }, [api, text])
  return { value, ref }
}

/** A paragraph or span whose one text follows every slider step (useLiveText). */
export function LiveText(props: {
  as: 'p' | 'span'
  text: (s: ScenarioState) => string
  className?: string
  id?: string
  ariaLive?: 'off'
}) {
  const { value, ref } = useLiveText<HTMLElement>(props.text)
  const Tag = props.as
  return (
    <Tag
      ref={ref as RefObject<HTMLParagraphElement & HTMLSpanElement>}
      id={props.id}
      className={props.className}
      aria-live={props.ariaLive}
    >
      {value}
    </Tag>
  )
}
