import type { CartesianGridProps } from 'recharts'

type GridAxis = Parameters<NonNullable<CartesianGridProps['verticalCoordinatesGenerator']>>[0]['xAxis']

/*
 * Every chart's grid (issue 7). Recharts' default places grid lines by laying the axis's tick
 * labels out as the axis would, measuring each label in the DOM to drop those that would collide,
 * and it does so in both directions even where the grid draws no lines in one. On a chart's first
 * pass, before its axes have registered, the x axis is an implicit category axis over every data
 * row: 101 rows for the sensitivity chart, 70 DOM measurements, about 8 ms of its first view for
 * lines never drawn. Here the lines are at the axis's own ticks, placed by its scale, and at the
 * plot's edges: Recharts' own lines wherever no labels collide (every desktop, slide and embed view
 * is pixel for pixel as before). Where they would, on a phone, the axis still drops a label but the
 * grid keeps that tick's line.
 */

/** Lines at an axis's explicit ticks and at the plot's edges; none before the axis registers. */
function linesAtTicks(axis: GridAxis, from: number, to: number): number[] {
  const scale = axis?.scale
  const ticks = axis?.ticks
  if (!scale || !ticks) return []
  const at = ticks.map((t) => scale.map(t)).filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
  if (!at.includes(from)) at.push(from)
  if (!at.includes(to)) at.push(to)
  return at
}

export const noLines = () => []

export const verticalAtTicks: NonNullable<CartesianGridProps['verticalCoordinatesGenerator']> = ({ xAxis, offset }) =>
  linesAtTicks(xAxis, offset.left, offset.left + offset.width)

export const horizontalAtTicks: NonNullable<CartesianGridProps['horizontalCoordinatesGenerator']> = ({ yAxis, offset }) =>
  linesAtTicks(yAxis, offset.top, offset.top + offset.height)
