import './liveTariff.css'
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react'
import { Dot, useYAxisScale, type DotProps } from 'recharts'
import { tariffCostRatio } from '../model/tariffCost'
import { TARIFF_LIMITS } from '../data/publishedScenario'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectTariffPct } from '../store/scenarioStore'
import { selectIsAdjusting, useUiStore } from '../store/uiStore'
import { useChartSize } from './chartSize'
import { REST_HEADROOM } from './specs/axis'

/*
 * The cost charts while the tariff slider moves (issue 7).
 *
 * Redrawing a Recharts chart costs 20–40 ms of main thread on a 2-core machine, more than a key
 * repeat allows. But when only the tariff moves, every cost those charts draw scales by one
 * factor, (t − 2.5) ÷ (t₀ − 2.5) (`tariffCostRatio`). So during a gesture the chart keeps its
 * data at an anchor tariff t₀ and its y-axis where it was, and per step only small things change:
 * CSS variables that scale the series layers about the zero line (`LiveScale`, styles in app.css,
 * as plotly.js scales its plot during a drag), the bar labels and the line's dots, which subscribe
 * to the tariff themselves. When a value would pass the held axis, the chart is redrawn once at
 * the current tariff with headroom; when the gesture ends, it is redrawn at the current tariff with
 * the axis re-fitted, exactly as a fresh render of that scenario.
 */

/** The tariff the chart's data is drawn at while a slider moves; null at rest. */
const AnchorContext = createContext<number | null>(null)

export function LiveAnchorProvider(props: { anchorPct: number | null; children: ReactNode }) {
  return <AnchorContext.Provider value={props.anchorPct}>{props.children}</AnchorContext.Provider>
}

/** What the drawn data is multiplied by to show the tariff on the slider: 1 at rest. */
export function useLiveFactor(): number {
  const anchorPct = useContext(AnchorContext)
  const tariffPct = useScenario(selectTariffPct)
  return anchorPct === null ? 1 : tariffCostRatio(anchorPct, tariffPct)
}

interface Held {
  pct: number
  ticks: number[]
  /** Fitted at rest (a fresh render) or held during a gesture. */
  rest: boolean
  maxAt: (pct: number) => number
  niceTicks: (maxUsd: number) => number[]
}

/**
 * The tariff to compute a cost chart's data at and its y ticks. At rest: the scenario's tariff and
 * ticks fitted to its values, as a fresh render. While a slider moves: what was drawn when the
 * gesture began, until a value would pass the top tick or there was no cost to scale; then the
 * current tariff, with an axis that holds the top of the slider's range, so that a gesture
 * re-fits the axis at most once on its way up (each re-fit is a full Recharts redraw).
 * `maxAt` (the highest value the chart draws at a tariff) changes with everything else the chart
 * depends on, `niceTicks` with the currency: either draws the chart afresh.
 */
export function useLiveAnchor(
  maxAt: (pct: number) => number,
  niceTicks: (maxUsd: number) => number[],
): { drawPct: number; anchorPct: number | null; yTicks: number[] } {
  const isAdjusting = useUiStore(selectIsAdjusting)
  const { mode } = useChartSize()
  const last = useRef<Held | null>(null)
  const live = isAdjusting && mode !== 'export'
  const keeps = (held: Held | null): held is Held => held !== null && held.maxAt === maxAt && held.niceTicks === niceTicks
  // The tariff to draw at. While a slider moves this selector answers the anchor for as long as the
  // scaled values fit under the held axis, so a step re-renders nothing here (zustand compares
  // the answer): only LiveScale, the labels and the dots follow it.
  const drawPct = useScenario((s) => {
    const held = last.current
    if (!live || !keeps(held)) return s.tariffPct
    const ratio = tariffCostRatio(held.pct, s.tariffPct)
    const top = held.ticks[held.ticks.length - 1] ?? 0
    return Number.isFinite(ratio) && maxAt(held.pct) * ratio <= top ? held.pct : s.tariffPct
  })
  const prev = last.current
  const fit = (pct: number, ticksFor: number): Held => ({
    pct,
    ticks: sameTicks(prev, niceTicks(REST_HEADROOM * maxAt(ticksFor))),
    rest: !live,
    maxAt,
    niceTicks,
  })
  let held: Held
  if (!keeps(prev)) held = fit(drawPct, drawPct)
  else if (!live) held = prev.rest && prev.pct === drawPct ? prev : fit(drawPct, drawPct)
  // A value passed the held axis: re-fit it once for the slider's whole range.
  else held = prev.pct === drawPct ? prev : fit(drawPct, TARIFF_LIMITS.max)
  last.current = held
  return { drawPct: held.pct, anchorPct: live ? held.pct : null, yTicks: held.ticks }
}

/** The previous ticks if equal: a new array would re-register the y-axis in Recharts' store. */
function sameTicks(prev: Held | null, next: number[]): number[] {
  const old = prev?.ticks
  return old && old.length === next.length && old.every((v, i) => v === next[i]) ? old : next
}

/**
 * Inside a cost chart: scales its series layers about the zero line by the live factor (CSS
 * variables on the z-index layers that hold the series, read by liveTariff.css; `data-live` on
 * the chart's `.chart-plot` wrapper), and says which tariff the
 * chart shows in `data-tariff` (read by the browser tests and the bench).
 */
export function LiveScale() {
  const anchorPct = useContext(AnchorContext)
  const tariffPct = useScenario(selectTariffPct)
  const factor = useLiveFactor()
  const yScale = useYAxisScale()
  const zeroY = yScale?.(0)
  const ref = useRef<SVGGElement>(null)
  const scaled = useRef<ElementCSSInlineStyle[]>([])
  const live = anchorPct !== null && zeroY !== undefined
  useLayoutEffect(() => {
    const plot = ref.current?.closest<HTMLElement>('.chart-plot')
    if (!plot) return
    if (live) {
      plot.dataset.live = ''
      // The variables go on the z-index layers that hold the series, not on the whole plot:
      // custom properties inherit, so a change restyles every element below where it is set
      // (the whole chart, about 120 elements each, before) and only the series read it.
      const holders = seriesLayers(plot)
      for (const old of scaled.current) if (!holders.includes(old)) clearLive(old)
      scaled.current = holders
      for (const el of holders) {
        el.style.setProperty('--live-k', String(factor))
        el.style.setProperty('--live-y0', `${zeroY}px`)
      }
    } else {
      delete plot.dataset.live
      for (const el of scaled.current) clearLive(el)
      scaled.current = []
    }
  }, [live, factor, zeroY])
  return <g ref={ref} className="live-scale" data-tariff={tariffPct} />
}

const SERIES = '.recharts-bar-rectangles, .recharts-area, .recharts-line'

/**
 * The elements to carry the live variables: the nearest Recharts z-index layer above each series
 * (a group that lives as long as the chart, whatever Recharts redraws inside it); the plot itself
 * if there is none.
 */
function seriesLayers(plot: HTMLElement): ElementCSSInlineStyle[] {
  const layers = new Set<ElementCSSInlineStyle>()
  for (const series of plot.querySelectorAll(SERIES)) {
    const layer = series.parentElement?.closest<SVGGElement>('g[class*="recharts-zIndex-layer"]')
    layers.add(layer && plot.contains(layer) ? layer : plot)
  }
  return layers.size ? [...layers] : [plot]
}

function clearLive(el: ElementCSSInlineStyle) {
  el.style.removeProperty('--live-k')
  el.style.removeProperty('--live-y0')
}

/**
 * A line's dot that follows the live factor: a scaled layer would squash a circle, so the dots
 * are not in it. At rest it is Recharts' own dot. Pass it as `dot={<LiveDot look={…} />}`.
 */
export function LiveDot(props: DotProps & { look?: Partial<DotProps>; points?: unknown }) {
  const { look, points: _points, ...dot } = props
  const factor = useLiveFactor()
  const yScale = useYAxisScale()
  const zeroY = yScale?.(0)
  const cy = factor === 1 || zeroY === undefined || dot.cy === undefined ? dot.cy : zeroY - (zeroY - Number(dot.cy)) * factor
  return <Dot {...dot} {...look} cy={cy} className="recharts-line-dot" />
}
