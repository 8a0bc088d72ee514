import { useMemo } from 'react'
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'
import { useScenarioFields } from '../store/ScenarioStoreContext'
import type { ChartNote, NoteChart } from '../model/notes'
import { cutGraphemes, graphemes } from '../model/userText'
import type { ChartSlug } from './chartMeta'
import { COLORS } from './palette'
import { useChartStyle } from './chartSize'

/*
 * Notes on charts (#9). The scenario holds them (model/notes.ts); they are added, listed, edited
 * and removed in NoteEditor.tsx (page only) and drawn here inside the Recharts surface (NoteLayer),
 * so the page, a slide and every exported picture show them. Note text is only ever React text:
 * never markup.
 */

// chartMeta's slugs and the charts a note can sit on must be the same list.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const slugsMatch: Same<ChartSlug, NoteChart> = true
void slugsMatch

const EMPTY: readonly (ChartNote & { index: number })[] = []

/** This chart's notes with their places in the scenario's list (for edit and remove). */
export function useChartNotes(chart: NoteChart) {
  const notes = useScenarioFields((s) => s.notes)
  return useMemo(() => {
    const mine = notes.flatMap((n, index) => (n.chart === chart ? [{ ...n, index }] : []))
    return mine.length ? mine : EMPTY
  }, [notes, chart])
}

/** About how wide a character of the note's font is, in font sizes: long notes are cut to the plot. */
const CHAR_EM = 0.56

function fitText(text: string, widthPx: number, fontPx: number): string {
  const max = Math.max(4, Math.floor(widthPx / (fontPx * CHAR_EM)))
  return graphemes(text).length <= max ? text : `${cutGraphemes(text, max - 1).trimEnd()}…`
}

/**
 * The notes drawn in the chart: short text with a dashed leader line to the anchor. `axis` is the
 * axis the anchor is on; `toValue` turns a note's anchor into that axis's data value (a key into
 * the category shown). Drawn above the series, outside the layers that a tariff gesture scales
 * (liveTariff.tsx), and independent of the y values, so an anchor stays right during a gesture.
 */
export function NoteLayer(props: {
  chart: NoteChart
  axis?: 'x' | 'y'
  toValue?: (anchor: number | string) => unknown
  /** Start in the top margin, above the plot (bar charts, whose value labels reach the top). */
  fromMargin?: boolean
}) {
  const { chart, axis = 'x', toValue, fromMargin = false } = props
  const notes = useChartNotes(chart)
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  const { px } = useChartStyle()
  if (!notes.length || !xScale || !yScale || !plot) return null
  const fontPx = px(12)
  const lineGap = px(17)
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="chart-note-layer">
        {notes.map((n, i) => {
          const value = toValue ? toValue(n.anchor) : n.anchor
          if (axis === 'x') {
            const x = xScale(value, { position: 'middle' })
            if (x === undefined || !Number.isFinite(x)) return null
            // Below the charts' own top-left labels ("Partnership starts 2027", "15% now").
            const y = (fromMargin ? plot.y - px(12) : plot.y + Math.min(px(30), plot.height * 0.1) + 0.5 * lineGap) + i * lineGap
            const onRight = x < plot.x + plot.width / 2
            const room = onRight ? plot.x + plot.width - x - px(10) : x - plot.x - px(10)
            return (
              <g key={`${n.index}`} className="chart-note" data-note-anchor={String(n.anchor)}>
                <line x1={x} x2={x} y1={y} y2={plot.y + plot.height} stroke={COLORS.marker} strokeWidth={1.5} strokeDasharray="2 3" />
                <circle cx={x} cy={y} r={px(3)} fill={COLORS.marker} />
                <circle cx={x} cy={plot.y + plot.height} r={px(3)} fill={COLORS.marker} />
                <text
                  x={onRight ? x + px(7) : x - px(7)}
                  y={y}
                  dy="0.35em"
                  textAnchor={onRight ? 'start' : 'end'}
                  fill={COLORS.marker}
                  fontSize={fontPx}
                  fontWeight={600}
                  paintOrder="stroke"
                  stroke="#fff"
                  strokeWidth={3}
                >
                  {fitText(n.text, room, fontPx)}
                </text>
              </g>
            )
          }
          const y = yScale(value, { position: 'middle' })
          if (y === undefined || !Number.isFinite(y)) return null
          const right = plot.x + plot.width
          const textY = y - px(9)
          return (
            <g key={`${n.index}`} className="chart-note" data-note-anchor={String(n.anchor)}>
              <line x1={plot.x} x2={right} y1={y} y2={y} stroke={COLORS.marker} strokeWidth={1.5} strokeDasharray="2 3" />
              <circle cx={right} cy={y} r={px(3)} fill={COLORS.marker} />
              <text
                x={right - px(4)}
                y={textY}
                textAnchor="end"
                fill={COLORS.marker}
                fontSize={fontPx}
                fontWeight={600}
                paintOrder="stroke"
                stroke="#fff"
                strokeWidth={3}
              >
                {fitText(n.text, plot.width * 0.6, fontPx)}
              </text>
            </g>
          )
        })}
      </g>
    </ZIndexLayer>
  )
}
