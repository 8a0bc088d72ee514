import './liveTariff.css'
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react'
import { Dot, usePlotArea, useYAxisScale, type DotProps } from 'recharts'
import { AxisOverlay } from './AxisOverlay'
import { tariffCostRatio } from '../model/tariffCost'
import { TARIFF_LIMITS } from '../data/publishedScenario'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { useHeldForGesture } from '../store/heldForGesture'
import { useLive, writeAttr } from '../store/liveText'
import type { ScenarioState } from '../store/scenarioStore'
import { useChartSize } from './chartSize'
import { REST_HEADROOM } from './specs/axis'

/*
 * The cost charts while the tariff slider moves (issue 7).
 *
 * Redrawing a Recharts chart costs 20–40 ms of main thread on a 2-core machine, more than a key
 * repeat allows. But when only the tariff moves, every cost those charts draw scales by one
 * factor, (t − 2.5) ÷ (t₀ − 2.5) (`tariffCostRatio`). So during a gesture the chart keeps its
 * data at an anchor tariff t₀ and its y-axis where it was, and per step only small things change:
 * a transform that scales the series groups and the line's dots about the zero line (`LiveScale`,
 * as plotly.js scales its plot during a drag) and the bar labels. Neither re-renders for a step:
 * both are written by a store listener as React would draw them (store/liveText's useLive), in
 * the task of the input. When a value would pass the held axis, the axis is widened once for
 * the slider's whole range without a redraw either: `LiveYAxis` draws the wider ticks and grid
 * lines in place of Recharts' own, and the series scale down to them. When the gesture ends, the
 * chart is redrawn at the current tariff with the axis re-fitted, exactly as a fresh render of that
 * scenario.
 */

/** The y-axis shown while a gesture has widened it past the one Recharts drew. */
interface WideAxis {
  ticks: number[]
  /** Drawn top ÷ shown top: what the series are scaled by, on top of the live factor. */
  scale: number
}

export interface Live {
  /** The tariff the chart's data is drawn at while a slider moves; null at rest. */
  anchorPct: number | null
  wide: WideAxis | null
}

const LiveContext = createContext<Live>({ anchorPct: null, wide: null })

const topTick = (ticks: number[]) => ticks[ticks.length - 1] ?? 0

export function LiveAnchorProvider(props: { anchorPct: number | null; yTicks: number[]; viewTicks: number[]; children: ReactNode }) {
  const { anchorPct, yTicks, viewTicks } = props
  const value = useMemo<Live>(
    () => ({
      anchorPct,
      wide: anchorPct === null || viewTicks === yTicks ? null : { ticks: viewTicks, scale: topTick(yTicks) / topTick(viewTicks) },
    }),
    [anchorPct, yTicks, viewTicks],
  )
  return <LiveContext.Provider value={value}>{props.children}</LiveContext.Provider>
}

/** The chart's live state, for parts that follow the tariff outside React's render (store/liveText). */
export function useLiveChart(): Live {
  return useContext(LiveContext)
}

/**
 * How a live chart shows a tariff: `value` multiplies the drawn data into what the labels say,
 * `draw` places it (the same, times the widened axis's scale). Both 1 at rest.
 */
export function liveFactor(live: Live, tariffPct: number): { value: number; draw: number } {
  const value = live.anchorPct === null ? 1 : tariffCostRatio(live.anchorPct, tariffPct)
  return { value, draw: value * (live.wide?.scale ?? 1) }
}

interface Held {
  pct: number
  /** The ticks Recharts draws. */
  ticks: number[]
  /** The ticks shown: `ticks`, or wider ones once a gesture has passed their top. */
  view: number[]
  /** Fitted at rest (a fresh render) or held during a gesture. */
  rest: boolean
  maxAt: (pct: number) => number
  niceTicks: (maxUsd: number) => number[]
}

/**
 * The tariff to compute a cost chart's data at and its y ticks. At rest: the scenario's tariff and
 * ticks fitted to its values, as a fresh render. While a slider moves: what was drawn when the
 * gesture began; when a value would pass the top tick, the same drawing with an axis shown wider,
 * to the top of the slider's range (`viewTicks`, drawn by LiveYAxis), so that a gesture widens the
 * axis at most once and never redraws the chart. Where there was no cost to scale, it is drawn
 * afresh at the current tariff instead. `maxAt` (the highest value the chart draws at a tariff)
 * changes with everything else the chart depends on, `niceTicks` with the currency: either draws
 * the chart afresh.
 */
export function useLiveAnchor(
  maxAt: (pct: number) => number,
  niceTicks: (maxUsd: number) => number[],
): { drawPct: number; anchorPct: number | null; yTicks: number[]; viewTicks: number[] } {
  const isAdjusting = useHeldForGesture()
  const { mode } = useChartSize()
  const last = useRef<Held | null>(null)
  const live = isAdjusting && mode !== 'export'
  const keeps = (held: Held | null): held is Held => held !== null && held.maxAt === maxAt && held.niceTicks === niceTicks
  // The tariff to draw at. While a slider moves this selector answers the anchor for as long as the
  // scaled values fit under the shown axis, so a step re-renders nothing here (zustand compares
  // the answer): only LiveScale, the labels and the dots follow it.
  const drawPct = useScenario((s) => {
    const held = last.current
    if (!live || !keeps(held)) return s.tariffPct
    const ratio = tariffCostRatio(held.pct, s.tariffPct)
    const top = topTick(held.view)
    return Number.isFinite(ratio) && maxAt(held.pct) * ratio <= top ? held.pct : s.tariffPct
  })
  const prev = last.current
  const fit = (pct: number, ticksFor: number): Held => {
    const ticks = sameTicks(prev?.ticks, niceTicks(REST_HEADROOM * maxAt(ticksFor)))
    return { pct, ticks, view: ticks, rest: !live, maxAt, niceTicks }
  }
  let held: Held
  if (!keeps(prev)) held = fit(drawPct, drawPct)
  else if (!live) held = prev.rest && prev.pct === drawPct ? prev : fit(drawPct, drawPct)
  else if (prev.pct === drawPct) held = prev
  // A value passed the shown axis: show one for the slider's whole range over the same drawing.
  else if (prev.view === prev.ticks && maxAt(prev.pct) > 0 && Number.isFinite(tariffCostRatio(prev.pct, drawPct)))
    held = { ...prev, view: niceTicks(REST_HEADROOM * maxAt(TARIFF_LIMITS.max)) }
  // Nothing to scale from (no cost at the anchor): drawn afresh, for the slider's whole range.
  else held = fit(drawPct, TARIFF_LIMITS.max)
  last.current = held
  return { drawPct: held.pct, anchorPct: live ? held.pct : null, yTicks: held.ticks, viewTicks: held.view }
}

/** The previous ticks if equal: a new array would re-register the y-axis in Recharts' store. */
function sameTicks(old: number[] | undefined, next: number[]): number[] {
  return old && old.length === next.length && old.every((v, i) => v === next[i]) ? old : next
}

/**
 * Inside a cost chart: scales its series groups about the zero line by the live factor (a
 * transform in each group's own style; `data-live` on the chart's `.chart-plot` wrapper for the
 * rest, liveTariff.css), and says which tariff the chart shows in `data-tariff` (read by the
 * browser tests and the bench). A step writes both without a render (store/liveText's useLive).
 */
export function LiveScale() {
  const live = useContext(LiveContext)
  const yScale = useYAxisScale()
  const zeroY = yScale?.(0)
  const ref = useRef<SVGGElement>(null)
  const scaled = useRef<SVGGElement[]>([])
  const scaledAt = useRef<number | null>(null)
  const on = live.anchorPct !== null && zeroY !== undefined
  const compute = useCallback((s: ScenarioState) => ({ tariffPct: s.tariffPct, factor: liveFactor(live, s.tariffPct).draw }), [live])
  // Set on the few series groups themselves, so a step restyles only them. (CSS variables on a
  // layer above them, as before, are inherited: every element below restyled on each step, 20–40
  // a chart, for a value only the series groups read.) Found again only when the chart was drawn
  // at another anchor: while the data is held, Recharts keeps the same groups.
  const scale = (factor: number) => {
    const plot = ref.current?.closest<HTMLElement>('.chart-plot')
    if (!plot || zeroY === undefined) return
    if (plot.dataset.live === undefined) plot.dataset.live = ''
    let series = scaled.current
    if (scaledAt.current !== live.anchorPct || series.length === 0 || !series.every((el) => el.isConnected)) {
      series = [...plot.querySelectorAll<SVGGElement>(SERIES)]
      for (const old of scaled.current) if (!series.includes(old)) unscale(old)
      scaled.current = series
      scaledAt.current = live.anchorPct
    }
    const transform = `translateY(${zeroY}px) scaleY(${factor}) translateY(${-zeroY}px)`
    for (const el of series) {
      el.style.transform = transform
      // The dots read it to scale themselves back (liveTariff.css): six of them, not a layer.
      if (el.matches(DOTS)) el.style.setProperty('--live-k', String(factor))
    }
  }
  const shown = useLive(compute, (next) => {
    writeAttr(ref.current, 'data-tariff', next.tariffPct)
    if (on) scale(next.factor)
  })
  const store = useScenarioStoreApi()
  useLayoutEffect(() => {
    // The current step's factor: mid-gesture the rendered one is the gesture's start.
    if (on) {
      scale(compute(store.getState()).factor)
      return
    }
    const plot = ref.current?.closest<HTMLElement>('.chart-plot')
    if (plot) delete plot.dataset.live
    for (const el of scaled.current) unscale(el)
    scaled.current = []
    scaledAt.current = null
  })
  return <g ref={ref} className="live-scale" data-tariff={shown.tariffPct} />
}

const DOTS = '.recharts-line-dots'
const SERIES = `.recharts-bar-rectangles, .recharts-area, .recharts-line, ${DOTS}`

/** Back to Recharts' own markup: at rest the chart is a fresh render's, with no empty `style`. */
function unscale(el: SVGGElement) {
  el.style.removeProperty('transform')
  el.style.removeProperty('--live-k')
  if (el.style.length === 0) el.removeAttribute('style')
}

/**
 * A line's dot: Recharts' own, drawn with the line's data. While a slider moves it does not
 * re-render: LiveScale moves its group with the series, and liveTariff.css scales each dot back
 * about its own centre, so it stays round. Pass it as `dot={<LineDot look={…} />}`.
 */
export function LineDot(props: DotProps & { look?: Partial<DotProps>; points?: unknown }) {
  const { look, points: _points, ...dot } = props
  return <Dot {...dot} {...look} className="recharts-line-dot" />
}

/**
 * The y-axis a gesture has widened (see useLiveAnchor), drawn in place of Recharts' own
 * (AxisOverlay). Nothing otherwise.
 */
export function LiveYAxis(props: { format: (usd: number) => string; tick: { fill: string; fontSize: number }; grid: string }) {
  const { wide } = useContext(LiveContext)
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  const zeroY = yScale?.(0)
  if (wide === null || zeroY === undefined || plot === undefined) return null
  // The shown top goes where Recharts draws its own top (the drawn top is shown top × scale).
  const topY = yScale?.(topTick(wide.ticks) * wide.scale) ?? zeroY
  const at = (v: number) => zeroY - ((zeroY - topY) * v) / topTick(wide.ticks)
  return (
    <AxisOverlay
      side="left"
      name="live-y"
      ticks={wide.ticks}
      at={at}
      plot={plot}
      format={props.format}
      tick={props.tick}
      grid={props.grid}
    />
  )
}
