import { useDeferredValue, useEffect, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectCostInputs, selectCurveInputs } from '../store/scenarioStore'
import { selectIsAdjusting, useUiStore } from '../store/uiStore'

/** While a slider moves, the tariff-driven charts redraw at most this often. */
export const CHART_FRAME_MS = 200

/**
 * The value, but while a slider is moving it changes at most every CHART_FRAME_MS (first and last
 * steps always shown). Recharts 3 re-renders a changed chart in the next animation frame (its
 * store batches notifications by requestAnimationFrame), 20–30 ms of main thread for the two
 * tariff-driven charts; at every key step that frame kept landing in front of the next input.
 */
function useThrottledWhileAdjusting<T>(value: T): T {
  const isAdjusting = useUiStore(selectIsAdjusting)
  const [shown, setShown] = useState(value)
  const lastShownAt = useRef(0)
  useEffect(() => {
    if (Object.is(value, shown)) return
    const wait = isAdjusting ? lastShownAt.current + CHART_FRAME_MS - performance.now() : 0
    const show = () => {
      lastShownAt.current = performance.now()
      setShown(value)
    }
    if (wait <= 0) {
      show()
      return
    }
    const timer = setTimeout(show, wait)
    return () => clearTimeout(timer)
  }, [value, shown, isAdjusting])
  return isAdjusting ? shown : value
}

/*
 * Charts read the scenario through deferred values: a slider step paints the slider and the key
 * figures at once, and the charts re-render after, in a render React may drop when the next step
 * arrives first. Profiling showed Recharts' own selectors and text measurement are most of a
 * step's work; deferring keeps them off the input's critical path.
 */
export function useDeferredCostInputs() {
  return useDeferredValue(useThrottledWhileAdjusting(useScenario(useShallow(selectCostInputs))))
}

export function useDeferredCurveInputs() {
  return useDeferredValue(useScenario(useShallow(selectCurveInputs)))
}
