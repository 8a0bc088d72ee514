import type { ReactElement } from 'react'
import { useLiveFactor } from './liveTariff'

interface LabelContentProps {
  viewBox?: unknown
  value?: unknown
}

function drawLabel(
  props: LabelContentProps,
  format: (value: number) => string,
  fill: string,
  fontSize: number,
  factor: { value: number; draw: number },
): ReactElement | null {
  const box = props.viewBox as { x?: number; y?: number; width?: number; height?: number } | undefined
  if (!box || box.x === undefined || box.y === undefined || box.width === undefined) return null
  // Scaled about the bar's foot, like the bar itself while the tariff slider moves (liveTariff.tsx).
  const top = factor.draw === 1 || box.height === undefined ? box.y : box.y + box.height - box.height * factor.draw
  return (
    <text x={box.x + box.width / 2} y={top - Math.round(fontSize / 2)} textAnchor="middle" fontSize={fontSize} fill={fill}>
      {format(Number(props.value) * factor.value)}
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
    return drawLabel(props, format, fill, fontSize, AT_REST)
  }
}

/**
 * The same label on a chart whose bars follow the tariff slider: it subscribes to the tariff
 * itself, so a step re-renders six labels, not the chart.
 */
export function liveBarTopLabel(format: (value: number) => string, fill: string, fontSize = 12) {
  return function LiveBarTopLabel(props: LabelContentProps): ReactElement | null {
    return drawLabel(props, format, fill, fontSize, useLiveFactor())
  }
}
