import { useUiStore, selectIsAdjusting } from '../store/uiStore'
import { useChartSize } from './chartSize'

/**
 * Animation follows reduced-motion ('auto') but is off while a slider moves, so charts track the
 * hand, and always off in the export stage, which must be captured fully drawn.
 */
export function useChartAnimation(): boolean | 'auto' {
  const isAdjusting = useUiStore(selectIsAdjusting)
  const { mode } = useChartSize()
  return isAdjusting || mode === 'export' ? false : 'auto'
}
