import type { ReactElement } from 'react'

interface LabelContentProps {
  viewBox?: unknown
  value?: unknown
}

/**
 * A value label above a bar, drawn as one plain <text>. Recharts' default label measures its text
 * in the DOM to wrap it, which forces a page layout on every slider step; these labels never wrap.
 */
export function barTopLabel(format: (value: number) => string, fill: string, fontSize = 12) {
  return function BarTopLabel(props: LabelContentProps): ReactElement | null {
    const box = props.viewBox as { x?: number; y?: number; width?: number } | undefined
    if (!box || box.x === undefined || box.y === undefined || box.width === undefined) return null
    return (
      <text x={box.x + box.width / 2} y={box.y - Math.round(fontSize / 2)} textAnchor="middle" fontSize={fontSize} fill={fill}>
        {format(Number(props.value))}
      </text>
    )
  }
}
