import { createUiStore } from './createUiStore'

/**
 * Transient UI state that is not part of a scenario. `isAdjusting` is true while a slider is
 * being dragged or stepped with keys: charts turn animation off so they follow the hand.
 */
interface UiState {
  isAdjusting: boolean
  /**
   * How many gestures have ended: for parts that render again only when a gesture ends (the live
   * texts, store/liveText), so that one starting renders nothing.
   */
  gesturesEnded: number
  startAdjusting: () => void
  stopAdjusting: () => void
}

let settleTimer: ReturnType<typeof setTimeout> | undefined

export const useUiStore = createUiStore<UiState>((set) => ({
  isAdjusting: false,
  gesturesEnded: 0,
  startAdjusting: () => {
    clearTimeout(settleTimer)
    set({ isAdjusting: true })
  },
  // A short grace period: key repeats arrive ~30 ms apart and should not flip animation on and off.
  stopAdjusting: () => {
    clearTimeout(settleTimer)
    settleTimer = setTimeout(() => set((s) => ({ isAdjusting: false, gesturesEnded: s.gesturesEnded + 1 })), 400)
  },
}))

export const selectGesturesEnded = (s: UiState) => s.gesturesEnded
