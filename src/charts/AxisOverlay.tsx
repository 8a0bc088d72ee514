import './AxisOverlay.css'
import { DefaultZIndexes, ZIndexLayer } from 'recharts'

/** Recharts' tick line length and gap to the label (its defaults). */
const TICK_SIZE = 6
const TICK_MARGIN = 2

interface AxisOverlayProps {
  /** A value axis on the left (the cost charts) or at the bottom (What matters most). */
  side: 'left' | 'bottom'
  ticks: number[]
  /** A tick's pixel along the axis. */
  at: (value: number) => number
  plot: { x: number; y: number; width: number; height: number }
  format: (value: number) => string
  tick: { fill: string; fontSize: number }
  grid: string
  /** Class prefix: `<name>-axis`, `-grid`, `-tick-lines`, `-tick-labels`. */
  name: string
}

/**
 * A value axis drawn over a Recharts chart in place of its own while a slider gesture has widened
 * it (issue 7: `liveTariff.tsx`, `TornadoPlot.tsx`), so that widening needs no Recharts redraw.
 * Grid lines, tick lines and labels are drawn as Recharts draws them, in its z-index layers and
 * with its classes, so that themes style them alike; at the same ticks they fall on the same pixels.
 * Its presence hides Recharts' own ticks and grid lines on that side (AxisOverlay.css).
 */
export function AxisOverlay({ side, ticks, at, plot, format, tick, grid, name }: AxisOverlayProps) {
  const left = side === 'left'
  const bottom = plot.y + plot.height
  const gridLine = (p: number) => (left ? { x1: plot.x, x2: plot.x + plot.width, y1: p, y2: p } : { x1: p, x2: p, y1: plot.y, y2: bottom })
  const tickLine = (p: number) =>
    left ? { x1: plot.x - TICK_SIZE, x2: plot.x, y1: p, y2: p } : { x1: p, x2: p, y1: bottom, y2: bottom + TICK_SIZE }
  const label = (p: number) =>
    left
      ? { x: plot.x - TICK_SIZE - TICK_MARGIN, y: p, textAnchor: 'end' as const, dy: '0.355em' }
      : { x: p, y: bottom + TICK_SIZE + TICK_MARGIN, textAnchor: 'middle' as const, dy: '0.71em' }
  return (
    <g className={`axis-overlay axis-overlay-${side} ${name}-axis`}>
      <ZIndexLayer zIndex={DefaultZIndexes.grid}>
        <g className={`recharts-cartesian-grid ${name}-grid`}>
          {ticks.map((v) => (
            <line key={v} stroke={grid} fill="none" {...gridLine(at(v))} />
          ))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.axis}>
        <g className={`${name}-tick-lines`}>
          {ticks.map((v) => (
            <line key={v} className="recharts-cartesian-axis-tick-line" stroke="#666" fill="none" {...tickLine(at(v))} />
          ))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        <g className={`${name}-tick-labels`}>
          {ticks.map((v) => {
            const { x, y, textAnchor, dy } = label(at(v))
            return (
              <text
                key={v}
                x={x}
                y={y}
                stroke="none"
                fill={tick.fill}
                // Recharts sets its tick labels' fill inline too, over any theme rule.
                style={{ fill: tick.fill }}
                fontSize={tick.fontSize}
                textAnchor={textAnchor}
                className="recharts-text recharts-cartesian-axis-tick-value"
              >
                <tspan x={x} dy={dy}>
                  {format(v)}
                </tspan>
              </text>
            )
          })}
        </g>
      </ZIndexLayer>
    </g>
  )
}
