import { createContext, useContext, useMemo } from 'react'
import { CHART_HEIGHT, COLORS } from './palette'

/**
 * Where a chart is drawn. The same chart components draw on the page, on a presentation slide and
 * in the off-screen export stage; only their size and type scale differ, so the picture a user
 * exports or projects is the chart they saw.
 */
/** embed: alone in an iframe (`?embed=<slug>`), filling it, without the toolbar. */
export type ChartMode = 'page' | 'present' | 'export' | 'embed'

export interface ChartSize {
  mode: ChartMode
  /** Plot height in px, or '100%' to fill a box whose height the slide layout sets. */
  height: number | '100%'
  /** Height of each of the two small charts in the plant footprint. */
  subHeight: number | '100%'
  /** Multiplies font sizes, axis widths and margins: 1 on the page, ~1.7 on a 1080p slide. */
  scale: number
}

export const PAGE_CHART_SIZE: ChartSize = { mode: 'page', height: CHART_HEIGHT, subHeight: 240, scale: 1 }

/** Axis tick style on the page, for charts that never present or export (the comparison). */
export const PAGE_CHART_STYLE_TICK = { fill: COLORS.axis, fontSize: 13 }

export const ChartSizeContext = createContext<ChartSize>(PAGE_CHART_SIZE)

export function useChartSize(): ChartSize {
  return useContext(ChartSizeContext)
}

export interface ChartStyle extends ChartSize {
  /** Axis tick props; one object per size so Recharts sees a stable reference. */
  tick: { fill: string; fontSize: number }
  /** A page font size or length scaled to this size. */
  px: (n: number) => number
}

export function useChartStyle(): ChartStyle {
  const size = useChartSize()
  return useMemo(() => {
    const px = (n: number) => Math.round(n * size.scale)
    return { ...size, px, tick: { fill: COLORS.axis, fontSize: px(13) } }
  }, [size])
}
