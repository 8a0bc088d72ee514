import { useUiStore, selectIsAdjusting } from '../store/uiStore'

/** Animation follows reduced-motion ('auto') but is off while a slider moves, so charts track the hand. */
export function useChartAnimation(): boolean | 'auto' {
  const isAdjusting = useUiStore(selectIsAdjusting)
  return isAdjusting ? false : 'auto'
}
