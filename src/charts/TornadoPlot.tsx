import { createContext, memo, useContext, useMemo, useRef, type ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, usePlotArea, useXAxisScale, XAxis, YAxis, ZIndexLayer } from 'recharts'
import { AxisOverlay } from './AxisOverlay'
import { MeasuredContainer } from './MeasuredContainer'
import { NoteLayer } from './ChartNotes'
import { COLORS } from './palette'
import { useChartSize, type ChartStyle } from './chartSize'
import type { TornadoRow } from './specs/what-matters-most'
import { selectIsAdjusting, useUiStore } from '../store/uiStore'

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
  /** The current rows by key: what each bar draws. */
  rows: ReadonlyMap<string, TornadoRow>
  now: { value: number; text: string }
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
  if (!xScale) return null
  const k = live?.view?.scale ?? 1
  return (v) => xScale(v * k) ?? 0
}

/**
 * The rows and axis the Recharts chart is drawn with: the current ones at rest; while a slider
 * moves, the ones the gesture started with, until the rows change order (then the current ones,
 * a Recharts redraw). A bar that would run past the held axis widens the axis shown to the
 * slider's whole range (`axisForRange`) over the same drawing (`view`), so that this happens at
 * most once a gesture and redraws nothing. Never held in the export stage.
 */
export function useHeldPlot(current: HeldPlot, axisForRange: () => HeldPlot['axis']): HeldView {
  const isAdjusting = useUiStore(selectIsAdjusting)
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

/**
 * One bar in two colours, split at the value now, with the value at each end and the input's name,
 * value and range above it. Recharts gives the row's place (y, height); the values come from the
 * current rows, placed with the x scale. Plain SVG (no text measuring), so a step stays cheap and
 * the export stage copies it as it is.
 */
function TornadoBarShape(props: ShapeProps) {
  const { y = 0, height = 0, payload, fontSize, labelLeft } = props
  const live = useContext(LiveRows)
  const at = useShownX()
  const row = payload && live?.rows.get(payload.key)
  if (!row || !at) return null
  const c = at(row.central)
  // The longer segment first, so a shorter one on the same side stays visible on top.
  const segments = row.ends.map((e) => ({ ...e, px: at(e.value) })).sort((a, b) => Math.abs(b.px - c) - Math.abs(a.px - c))
  const gap = Math.round(fontSize / 3)
  return (
    <g>
      {/* A white halo keeps the name readable where the "Now" line crosses it. */}
      <text
        x={labelLeft}
        y={y - gap}
        fontSize={fontSize}
        fill={COLORS.axis}
        stroke="#ffffff"
        strokeWidth={3}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {row.label}
      </text>
      {segments.map((s, i) => (
        <rect key={i} x={Math.min(s.px, c)} y={y} width={Math.max(Math.abs(s.px - c), 1)} height={height} fill={s.color} />
      ))}
      {segments.map((s, i) => {
        const left = s.px < c || (s.px === c && i === 0 && segments[1]!.px > c)
        return (
          <text
            key={`t${i}`}
            x={left ? s.px - gap : s.px + gap}
            y={y + height / 2}
            dy="0.35em"
            textAnchor={left ? 'end' : 'start'}
            fontSize={fontSize}
            fill={COLORS.axis}
          >
            {s.text}
          </text>
        )
      })}
    </g>
  )
}

/** The value now, as a line across the rows with its label on top; under the bars (z 300). */
function NowLine({ fontSize }: { fontSize: number }) {
  const live = useContext(LiveRows)
  const at = useShownX()
  const plot = usePlotArea()
  const x = live && at?.(live.now.value)
  if (!live || !plot || x === undefined || x === null || !Number.isFinite(x)) return null
  return (
    <ZIndexLayer zIndex={250}>
      <g className="recharts-reference-line tornado-now">
        <line x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} stroke={COLORS.marker} strokeWidth={2} fill="none" />
        <text x={x} y={plot.y - 5} textAnchor="middle" fill={COLORS.marker} fontSize={fontSize}>
          {live.now.text}
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
        <CartesianGrid stroke={COLORS.grid} horizontal={false} />
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
