import { useLayoutEffect, useRef, useState, type ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'
import { useChartSize } from './chartSize'
import { releaseBelowTheFold } from '../ui/firstView'

interface Size {
  width: number
  height: number
}

/** The content box of the nearest ancestor that has a box (`.chart-plot` is display: contents). */
function contentBox(el: HTMLElement | null, height: number | '100%'): Size | null {
  let box = el
  while (box && getComputedStyle(box).display === 'contents') box = box.parentElement
  if (!box) return null
  const cs = getComputedStyle(box)
  const r = box.getBoundingClientRect()
  const px = (v: string) => parseFloat(v) || 0
  const width = r.width - px(cs.paddingLeft) - px(cs.paddingRight) - px(cs.borderLeftWidth) - px(cs.borderRightWidth)
  const boxHeight = r.height - px(cs.paddingTop) - px(cs.paddingBottom) - px(cs.borderTopWidth) - px(cs.borderBottomWidth)
  // ResponsiveContainer rounds what it measures; the same rounding means it finds nothing to redraw.
  const size = { width: Math.round(width), height: Math.round(typeof height === 'number' ? height : boxHeight) }
  return size.width > 0 && size.height > 0 ? size : null
}

/*
 * The first view draws its charts one per frame: the first chart is on screen after one chart's
 * work instead of all four (issue 7). Only on the page and only until the first queue has drained;
 * later mounts (a slide, the export stage, a chart after an error) draw at once.
 */
const turns: Array<() => void> = []
let drawing = false
let firstViewDrawn = false

function takeTurn(draw: () => void) {
  if (firstViewDrawn) return draw()
  turns.push(draw)
  if (!drawing) nextTurn()
}

function nextTurn() {
  const draw = turns.shift()
  if (!draw) {
    drawing = false
    firstViewDrawn = true
    // The queue has drained, a frame after the last chart: the panels below the fold render now
    // (ui/firstView). Not on a turn that finds the queue empty: the first chart's turn runs from its
    // own layout effect, before the other charts have queued theirs.
    releaseBelowTheFold()
    return
  }
  drawing = true
  draw()
  // After the frame that shows this chart.
  requestAnimationFrame(() => setTimeout(nextTurn, 0))
}

/**
 * Recharts' ResponsiveContainer, drawn once at the right size. On its own it draws its chart at
 * `initialDimension`, measures its box in an effect and draws the whole chart again at the real
 * width: on the first view, every chart twice (issue 7). Here the box is measured in a layout
 * effect first (an empty render), and the container starts at that size; it still follows
 * resizes as before. Where there is no box yet (a hidden stage) it starts at `initialDimension`.
 */
export function MeasuredContainer(props: { height: number | '100%'; initialDimension: Size; children: ReactElement }) {
  const probe = useRef<HTMLDivElement>(null)
  const [start, setStart] = useState<Size | null>(null)
  const { height, initialDimension } = props
  const { mode } = useChartSize()
  useLayoutEffect(() => {
    const size = contentBox(probe.current?.parentElement ?? null, height) ?? initialDimension
    // Measured once: later sizes are ResponsiveContainer's to follow.
    if (mode !== 'page') return setStart(size)
    const draw = () => setStart(size)
    takeTurn(draw)
    // Unmounted before its turn (a test's end, a page switched to slides): the turn is dropped, so
    // it never sets the state of a chart that is gone (or, in a test, runs after its window).
    return () => {
      const queued = turns.indexOf(draw)
      if (queued >= 0) turns.splice(queued, 1)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- measured once, on mount: later sizes are ResponsiveContainer's
  }, [])
  // Until its turn, the probe holds the plot's height, so nothing moves when the chart arrives.
  if (start === null) return <div ref={probe} aria-hidden="true" style={{ height }} />
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={start}>
      {props.children}
    </ResponsiveContainer>
  )
}
