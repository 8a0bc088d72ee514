import { CartesianGrid } from 'recharts'
import { horizontalAtTicks, noLines, verticalAtTicks } from './gridLines'

/** Every chart's grid: lines at the axes' own ticks (gridLines.ts, issue 7). */
export function PlotGrid(props: { stroke: string; vertical?: boolean; horizontal?: boolean }) {
  const { stroke, vertical = true, horizontal = true } = props
  return (
    <CartesianGrid
      stroke={stroke}
      vertical={vertical}
      horizontal={horizontal}
      verticalCoordinatesGenerator={vertical ? verticalAtTicks : noLines}
      horizontalCoordinatesGenerator={horizontal ? horizontalAtTicks : noLines}
    />
  )
}
