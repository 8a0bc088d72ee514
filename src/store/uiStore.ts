import { createUiStore } from './createUiStore'

/**
 * Transient UI state that is not part of a scenario. `isAdjusting` is true while a slider is
 * being dragged or stepped with keys: charts turn animation off so they follow the hand.
 */
interface UiState {
  isAdjusting: boolean
  startAdjusting: () => void
  stopAdjusting: () => void
}

let settleTimer: ReturnType<typeof setTimeout> | undefined

export const useUiStore = createUiStore<UiState>((set) => ({
  isAdjusting: false,
  startAdjusting: () => {
    clearTimeout(settleTimer)
    set({ isAdjusting: true })
  },
  // A short grace period: key repeats arrive ~30 ms apart and should not flip animation on and off.
  stopAdjusting: () => {
    clearTimeout(settleTimer)
    settleTimer = setTimeout(() => set({ isAdjusting: false }), 400)
  },
}))

export const selectIsAdjusting = (s: UiState) => s.isAdjusting
