import { createContext, memo, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react'
import { Bar, BarChart, useChartWidth, usePlotArea, useXAxisScale, XAxis, YAxis, ZIndexLayer } from 'recharts'
import { PlotGrid } from './PlotGrid'
import { AxisOverlay } from './AxisOverlay'
import { MeasuredContainer } from './MeasuredContainer'
import { NoteLayer } from './ChartNotes'
import { COLORS } from './palette'
import { useChartSize, type ChartStyle } from './chartSize'
import type { TornadoEnd, TornadoRow } from './specs/what-matters-most'
import { useLive, writeAttr, writeText } from '../store/liveText'
import type { ScenarioState } from '../store/scenarioStore'

/*
 * The plot of "What matters most" (#9) and how it follows a slider (#7).
 *
 * Recharts lays out the rows (a hidden category axis) and the value axis; the bars, their labels
 * and the "Now" line are drawn by small children that read the current rows from `LiveRows` and
 * place them with Recharts' x scale. So a slider step re-renders those children only: while a
 * slider moves, the chart's own `data` (the row order) and its axis are held, as the cost charts
 * hold theirs (`liveTariff.tsx`). When a bar would run past the held axis, the axis is shown
 * wider over the same drawing (`view`: the children place values with the scale times drawn top ÷
 * shown top, and `WideValueAxis` draws the wider ticks and grid lines in place of Recharts' own),
 * so a gesture never redraws the chart. At rest everything is the current scenario's, so the
 * picture is a fresh render's.
 */

export interface TornadoLive {
  /** The rows by key at a scenario: what each bar draws (computed once a scenario). */
  rowsOf: (s: ScenarioState) => ReadonlyMap<string, TornadoRow>
  /** The "Now" line at a scenario. */
  nowOf: (s: ScenarioState) => { value: number; text: string }
  /** The wider axis shown over the drawn one while a gesture has passed it; null otherwise. */
  view: { ticks: number[]; scale: number } | null
}

const LiveRows = createContext<TornadoLive | null>(null)

export function LiveRowsProvider(props: { value: TornadoLive; children: ReactNode }) {
  return <LiveRows.Provider value={props.value}>{props.children}</LiveRows.Provider>
}

export interface HeldPlot {
  rows: readonly TornadoRow[]
  axis: { domain: [number, number]; ticks: number[] }
}

/** What the chart is drawn with, and the wider ticks shown over it (see TornadoLive's `view`). */
export interface HeldView extends HeldPlot {
  view: number[] | null
}

/** A value's x on the axis shown: Recharts' scale, squeezed by a widened view. */
function useShownX(): ((v: number) => number) | null {
  const live = useContext(LiveRows)
  const xScale = useXAxisScale()
  const k = live?.view?.scale ?? 1
  return useMemo(() => (xScale ? (v: number) => xScale(v * k) ?? 0 : null), [xScale, k])
}

/**
 * The rows and axis the Recharts chart is drawn with: the current ones at rest; while a slider
 * moves, the ones the gesture started with, until the rows change order (then the current ones,
 * a Recharts redraw). A bar that would run past the held axis widens the axis shown to the
 * slider's whole range (`axisForRange`) over the same drawing (`view`), so that this happens at
 * most once a gesture and redraws nothing. Never held in the export stage. `isAdjusting`: whether
 * the chart holds its drawing (store/heldForGesture).
 */
export function useHeldPlot(current: HeldPlot, axisForRange: () => HeldPlot['axis'], isAdjusting: boolean): HeldView {
  const { mode } = useChartSize()
  const held = useRef<HeldView>({ ...current, view: null })
  const h = held.current
  const sameRows = h.rows.length === current.rows.length && h.rows.every((r, i) => r.key === current.rows[i]!.key)
  const needed = Math.max(...current.rows.map((r) => r.span[1]))
  const fresh = () => (h.rows === current.rows && h.axis === current.axis && h.view === null ? h : { ...current, view: null })
  if (!isAdjusting || mode === 'export' || !sameRows) held.current = fresh()
  else if (needed > (h.view ? (h.view[h.view.length - 1] ?? 0) : h.axis.domain[1])) {
    const wide = axisForRange()
    held.current = wide.domain[1] >= needed && h.axis.domain[1] > 0 ? { ...h, view: wide.ticks } : fresh()
  }
  return held.current
}

interface ShapeProps {
  y?: number
  height?: number
  payload?: TornadoRow
  fontSize: number
  labelLeft: number
}

/** What one bar draws, flat, so that a step can be compared and written field by field. */
interface BarParts {
  label: string
  r0x: number
  r0w: number
  r0fill: string
  r1x: number
  r1w: number
  r1fill: string
  t0x: number
  t0anchor: 'start' | 'end'
  t0text: string
  t1x: number
  t1anchor: 'start' | 'end'
  t1text: string
}

function barParts(row: TornadoRow, at: (v: number) => number, gap: number): BarParts {
  const c = at(row.central)
  // The longer segment first, so a shorter one on the same side stays visible on top.
  const [a, b] = row.ends.map((e) => ({ ...e, px: at(e.value) })).sort((p, q) => Math.abs(q.px - c) - Math.abs(p.px - c)) as [
    TornadoEnd & { px: number },
    TornadoEnd & { px: number },
  ]
  // A segment of no length (an end at the value now: the tariff row at 2.5%) puts its value on the
  // side away from the other segment, never over it; when both have no length, one each side.
  const left = (s: { px: number }, i: number) => {
    const other = i === 0 ? b : a
    return s.px < c || (s.px === c && (other.px > c || (other.px === c && i === 0)))
  }
  return {
    label: row.label,
    r0x: Math.min(a.px, c),
    r0w: Math.max(Math.abs(a.px - c), 1),
    r0fill: a.color,
    r1x: Math.min(b.px, c),
    r1w: Math.max(Math.abs(b.px - c), 1),
    r1fill: b.color,
    t0x: left(a, 0) ? a.px - gap : a.px + gap,
    t0anchor: left(a, 0) ? 'end' : 'start',
    t0text: a.text,
    t1x: left(b, 1) ? b.px - gap : b.px + gap,
    t1anchor: left(b, 1) ? 'end' : 'start',
    t1text: b.text,
  }
}

/**
 * One bar in two colours, split at the value now, with the value at each end and the input's name,
 * value and range above it. Recharts gives the row's place (y, height); the values come from the
 * current rows, placed with the x scale. Plain SVG (no text measuring), so the export stage copies
 * it as it is. During a slider gesture it follows each step without a render (store/liveText's
 * useLive writes its ends, colours and values as React would).
 */
/**
 * A row's name runs across the chart above its bar; in a narrow chart (a phone's slide) the longest,
 * "Share passed on to buyers: 20% (range 0–100%)", ran past the right edge. Smaller there, from an
 * average glyph of 0.56 em (Inter), since this plain SVG measures no text.
 */
export function nameFontSize(fontSize: number, label: string, width: number): number {
  const fits = Math.floor(width / (0.56 * Math.max(1, label.length)))
  return Math.max(Math.min(fontSize, fits), Math.min(fontSize, 9))
}

function TornadoBarShape(props: ShapeProps) {
  const { y = 0, height = 0, payload, fontSize, labelLeft } = props
  const live = useContext(LiveRows)
  const at = useShownX()
  const chartWidth = useChartWidth() ?? Infinity
  const key = payload?.key
  const gap = Math.round(fontSize / 3)
  const name = useRef<SVGTextElement>(null)
  const r0 = useRef<SVGRectElement>(null)
  const r1 = useRef<SVGRectElement>(null)
  const t0 = useRef<SVGTextElement>(null)
  const t1 = useRef<SVGTextElement>(null)
  const compute = useCallback(
    (s: ScenarioState): BarParts | null => {
      const row = key === undefined ? undefined : live?.rowsOf(s).get(key)
      return row && at ? barParts(row, at, gap) : null
    },
    [live, at, key, gap],
  )
  const parts = useLive(compute, (next) => {
    if (!next) return
    if (name.current) writeText(name.current, next.label)
    writeAttr(r0.current, 'x', next.r0x)
    writeAttr(r0.current, 'width', next.r0w)
    writeAttr(r0.current, 'fill', next.r0fill)
    writeAttr(r1.current, 'x', next.r1x)
    writeAttr(r1.current, 'width', next.r1w)
    writeAttr(r1.current, 'fill', next.r1fill)
    writeAttr(t0.current, 'x', next.t0x)
    writeAttr(t0.current, 'text-anchor', next.t0anchor)
    if (t0.current) writeText(t0.current, next.t0text)
    writeAttr(t1.current, 'x', next.t1x)
    writeAttr(t1.current, 'text-anchor', next.t1anchor)
    if (t1.current) writeText(t1.current, next.t1text)
  })
  if (!parts) return null
  const nameSize = nameFontSize(fontSize, parts.label, chartWidth - 2 * labelLeft)
  const valueText = (ref: typeof t0, x: number, anchor: 'start' | 'end', text: string) => (
    <text ref={ref} x={x} y={y + height / 2} dy="0.35em" textAnchor={anchor} fontSize={fontSize} fill={COLORS.axis}>
      {text}
    </text>
  )
  return (
    <g>
      {/* A white halo keeps the name readable where the "Now" line crosses it. */}
      <text
        ref={name}
        x={labelLeft}
        y={y - gap}
        fontSize={nameSize}
        fill={COLORS.axis}
        stroke="#ffffff"
        strokeWidth={3}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {parts.label}
      </text>
      <rect ref={r0} x={parts.r0x} y={y} width={parts.r0w} height={height} fill={parts.r0fill} />
      <rect ref={r1} x={parts.r1x} y={y} width={parts.r1w} height={height} fill={parts.r1fill} />
      {valueText(t0, parts.t0x, parts.t0anchor, parts.t0text)}
      {valueText(t1, parts.t1x, parts.t1anchor, parts.t1text)}
    </g>
  )
}

/**
 * The value now, as a line across the rows with its label on top; under the bars (z 300). Follows
 * a slider step as the bars do.
 */
function NowLine({ fontSize }: { fontSize: number }) {
  const live = useContext(LiveRows)
  const at = useShownX()
  const plot = usePlotArea()
  const line = useRef<SVGLineElement>(null)
  const label = useRef<SVGTextElement>(null)
  const compute = useCallback(
    (s: ScenarioState): { x: number; text: string } | null => {
      if (!live || !at) return null
      const now = live.nowOf(s)
      const x = at(now.value)
      return Number.isFinite(x) ? { x, text: now.text } : null
    },
    [live, at],
  )
  const now = useLive(compute, (next) => {
    if (!next) return
    writeAttr(line.current, 'x1', next.x)
    writeAttr(line.current, 'x2', next.x)
    writeAttr(label.current, 'x', next.x)
    if (label.current) writeText(label.current, next.text)
  })
  if (!now || !plot) return null
  return (
    <ZIndexLayer zIndex={250}>
      <g className="recharts-reference-line tornado-now">
        <line ref={line} x1={now.x} x2={now.x} y1={plot.y} y2={plot.y + plot.height} stroke={COLORS.marker} strokeWidth={2} fill="none" />
        <text ref={label} x={now.x} y={plot.y - 5} textAnchor="middle" fill={COLORS.marker} fontSize={fontSize}>
          {now.text}
        </text>
      </g>
    </ZIndexLayer>
  )
}

/**
 * The value axis a gesture has widened, drawn in place of Recharts' own (AxisOverlay). Nothing
 * otherwise.
 */
function WideValueAxis({ format, tick }: { format: (usd: number) => string; tick: { fill: string; fontSize: number } }) {
  const live = useContext(LiveRows)
  const at = useShownX()
  const plot = usePlotArea()
  if (!live?.view || !at || !plot) return null
  return (
    <AxisOverlay
      side="bottom"
      name="wide-value"
      ticks={live.view.ticks}
      at={at}
      plot={plot}
      format={format}
      tick={tick}
      grid={COLORS.grid}
    />
  )
}

interface TornadoPlotProps extends HeldPlot {
  axisText: (usd: number) => string
  style: ChartStyle
}

export const TornadoPlot = memo(function TornadoPlot({ rows, axis, axisText, style }: TornadoPlotProps) {
  const { px, tick } = style
  const fontSize = px(12)
  const margin = useMemo(() => ({ top: px(28), right: px(64), bottom: 4, left: px(64) }), [px])
  const shape = useMemo(() => <TornadoBarShape fontSize={fontSize} labelLeft={px(4)} />, [fontSize, px])
  const height = style.height === '100%' ? '100%' : Math.max(style.height, rows.length * px(58) + px(60))
  return (
    // Measured once, and on the first view drawn after the four charts above it (MeasuredContainer).
    <MeasuredContainer height={height} initialDimension={{ width: 520, height: 300 }}>
      <BarChart data={rows} layout="vertical" margin={margin} barCategoryGap="42%">
        <PlotGrid stroke={COLORS.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={axisText} tick={tick} ticks={axis.ticks} domain={axis.domain} interval={0} height={px(30)} />
        <YAxis type="category" dataKey="key" hide />
        <Bar dataKey="span" shape={shape} isAnimationActive={false} />
        <NowLine fontSize={fontSize} />
        <WideValueAxis format={axisText} tick={tick} />
        <NoteLayer chart="what-matters-most" axis="y" toValue={(a) => (rows.some((r) => r.key === a) ? a : undefined)} />
      </BarChart>
    </MeasuredContainer>
  )
})
