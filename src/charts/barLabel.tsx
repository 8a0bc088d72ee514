import { useCallback, useRef, type ReactElement, type Ref } from 'react'
import { liveFactor, useLiveChart } from './liveTariff'
import { useLive, writeAttr, writeText } from '../store/liveText'
import type { ScenarioState } from '../store/scenarioStore'

interface LabelContentProps {
  viewBox?: unknown
  value?: unknown
}

/**
 * A label's width, estimated: the page sets figures in Inter with tabular digits, about 0.6 em a
 * character (a canvas measures proportional digits, 10% narrower). Measuring the text itself would
 * force a layout at every slider step.
 */
const CHAR_EM = 0.6
const MIN_FONT_PX = 9

interface LabelPlace {
  x: number
  y: number
  size: number
  text: string
}

function placeLabel(
  props: LabelContentProps,
  format: (value: number) => string,
  fontSize: number,
  factor: { value: number; draw: number },
  gap: number | undefined,
): LabelPlace | null {
  const box = props.viewBox as { x?: number; y?: number; width?: number; height?: number } | undefined
  if (!box || box.x === undefined || box.y === undefined || box.width === undefined) return null
  // Scaled about the bar's foot, like the bar itself while the tariff slider moves (liveTariff.tsx).
  const top = factor.draw === 1 || box.height === undefined ? box.y : box.y + box.height - box.height * factor.draw
  const text = format(Number(props.value) * factor.value)
  // Bars side by side, `gap` apart: on a narrow chart (a phone) a label wider than its bar and the
  // gap ran into its neighbour's ("$4.34B$4.34B"); it is set smaller, to fit with a pixel to spare.
  const room = box.width + (gap ?? 0) - 2
  const fit = gap === undefined ? fontSize : Math.floor(room / (text.length * CHAR_EM))
  const size = Math.max(MIN_FONT_PX, Math.min(fontSize, fit))
  return { x: box.x + box.width / 2, y: top - Math.round(size / 2), size, text }
}

function drawLabel(place: LabelPlace | null, fill: string, ref?: Ref<SVGTextElement>): ReactElement | null {
  if (!place) return null
  return (
    <text ref={ref} x={place.x} y={place.y} textAnchor="middle" fontSize={place.size} fill={fill}>
      {place.text}
    </text>
  )
}

const AT_REST = { value: 1, draw: 1 }

/**
 * A value label above a bar, drawn as one plain <text>. Recharts' default label measures its text
 * in the DOM to wrap it, which forces a page layout on every slider step; these labels never wrap.
 */
export function barTopLabel(format: (value: number) => string, fill: string, fontSize = 12) {
  return function BarTopLabel(props: LabelContentProps): ReactElement | null {
    return drawLabel(placeLabel(props, format, fontSize, AT_REST, undefined), fill)
  }
}

/**
 * The same label on a chart whose bars follow the tariff slider: during a gesture it follows each
 * step without a render (store/liveText's useLive: its place, size and text are written as React
 * would), and at rest it is drawn like any label.
 */
export function liveBarTopLabel(format: (value: number) => string, fill: string, fontSize = 12, gap?: number) {
  return function LiveBarTopLabel(props: LabelContentProps): ReactElement | null {
    const live = useLiveChart()
    const { viewBox, value } = props
    const ref = useRef<SVGTextElement>(null)
    const place = useCallback(
      (s: ScenarioState) => placeLabel({ viewBox, value }, format, fontSize, liveFactor(live, s.tariffPct), gap),
      [viewBox, value, live],
    )
    const shown = useLive(place, (next) => {
      const el = ref.current
      if (!el || !next) return
      writeAttr(el, 'x', next.x)
      writeAttr(el, 'y', next.y)
      writeAttr(el, 'font-size', next.size)
      writeText(el, next.text)
    })
    return drawLabel(shown, fill, ref)
  }
}
