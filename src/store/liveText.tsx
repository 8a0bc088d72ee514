import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react'
import { useScenario, useScenarioStoreApi } from './ScenarioStoreContext'
import type { ScenarioState } from './scenarioStore'
import { selectGesturesEnded, useUiStore } from './uiStore'
import { sameFields } from './sameFields'

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
  const ref = useRef<E>(null)
  const value = useLive(text, (next) => {
    const el = ref.current
    if (el) writeText(el, next)
  })
  return { value, ref }
}

/** As React writes an element's lone string child (setTextContent). */
export function writeText(el: Element, next: string) {
  if (el.textContent === next) return
  const node = el.firstChild
  if (node && node === el.lastChild && node.nodeType === Node.TEXT_NODE) node.nodeValue = next
  else el.textContent = next
}

/** As React writes an attribute: the value as a string, and only when it differs. */
export function writeAttr(el: Element | null, name: string, value: number | string) {
  const text = String(value)
  if (el && el.getAttribute(name) !== text) el.setAttribute(name, text)
}

/**
 * useLiveText's rule for anything drawn from the scenario: at rest `compute(state)` renders as
 * usual; while a slider moves the component keeps what it rendered and `write` puts each step's
 * `compute(state)` on the page itself, exactly as React would render it (an SVG mark's attributes
 * and text: React writes an attribute as `String(value)`). A value is a string, a number or a flat
 * object of them (compared field by field); `write` must set every part that can change.
 */
export function useLive<V>(compute: (s: ScenarioState) => V, write: (next: V) => void): V {
  const api = useScenarioStoreApi()
  // What React last rendered (held while a slider moves) and what the page shows now.
  const rendered = useRef<{ value: V } | null>(null)
  const shown = useRef<{ value: V } | null>(null)
  // The value last chosen below. React asks for the snapshot more than once for one state (twice
  // on a render in development, again after a mount): a fresh object each time would read as a
  // change ("The result of getSnapshot should be cached").
  const chosen = useRef<{ value: V } | null>(null)
  const latestWrite = useRef(write)
  // Render again when a gesture ends, with the current value. Not when one starts: the value held
  // is the one already rendered, and 60 components rendering it again were 2 ms of a tap's task
  // (#7). So whether a slider moves is read where it is needed, not subscribed to.
  const gesturesEnded = useUiStore(selectGesturesEnded)
  // What React rendered, while a slider moves; null at rest (or before the first render).
  const held = () => (useUiStore.getState().isAdjusting ? rendered.current : null)
  const select = useCallback(
    (s: ScenarioState) => {
      const kept = held()
      if (kept !== null) return kept.value
      const next = compute(s)
      if (chosen.current !== null && same(chosen.current.value, next)) return chosen.current.value
      chosen.current = { value: next }
      return next
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new function when a gesture ends
    [gesturesEnded, compute],
  )
  const value = useScenario(select)
  useLayoutEffect(() => {
    latestWrite.current = write
    if (held() !== null) return // the page shows what the listener wrote
    // React rendered the current value. Where the page still shows a step's value that React did
    // not overwrite (its props did not change, so it wrote nothing), set it as React would have.
    if (shown.current !== null && !same(shown.current.value, value)) write(value)
    rendered.current = { value }
    shown.current = { value }
  })
  useLayoutEffect(() => {
    const follow = (s: ScenarioState) => {
      if (!useUiStore.getState().isAdjusting || shown.current === null) return
      const next = compute(s)
      if (same(shown.current.value, next)) return
      shown.current = { value: next }
      latestWrite.current(next)
    }
    // A new `compute` mid-gesture (a chart that began holding its data at this step) applies to
    // the step already taken, not only to the next one.
    follow(api.getState())
    return api.subscribe(follow)
  }, [api, compute])
  return value
}

function same<V>(a: V, b: V): boolean {
  return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null ? sameFields(a, b) : Object.is(a, b)
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
