import { useRef } from 'react'
import { useUiStore } from '../store/uiStore'
import { useChartSize } from './chartSize'

/**
 * Animation for a chart whose `data` is given: 'auto' (Recharts' default, which honours
 * prefers-reduced-motion) when the data changes after the first view, otherwise off. Off for the
 * first view, which is drawn at once rather than grown from zero; off while a slider moves, so
 * the chart tracks the hand instead of restarting an animation on every step (recharts#5752);
 * always off in the export stage, which must be captured fully drawn.
 *
 * Whether a slider moves is read, not subscribed to: it matters only when the data changes, and
 * a subscription would re-render the chart at the start and end of every gesture.
 */
export function useChartAnimation(data: unknown): boolean | 'auto' {
  const first = useRef(data)
  const { mode } = useChartSize()
  if (mode === 'export' || data === first.current || useUiStore.getState().isAdjusting) return false
  return 'auto'
}
