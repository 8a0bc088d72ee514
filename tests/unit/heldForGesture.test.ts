import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { useHeldForGesture } from '../../src/store/heldForGesture'
import { useUiStore } from '../../src/store/uiStore'

/** Three charts that hold their drawing during a gesture, in the page's order. */
function threeCharts() {
  const charts = [0, 1, 2].map(() => renderHook(() => useHeldForGesture()))
  return { held: () => charts.map((c) => c.result.current), charts }
}

const start = () => act(() => useUiStore.getState().startAdjusting())
const end = () =>
  act(() => {
    useUiStore.getState().stopAdjusting()
    vi.advanceTimersByTime(400)
  })
/** The next task: where the next chart's turn starts. */
const nextTask = () =>
  act(() => {
    vi.advanceTimersByTime(0)
  })

describe('charts drawn at rest after a gesture, one per task (#7)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.runOnlyPendingTimers()
    vi.useRealTimers()
  })

  it('hold from the gesture’s start and come to rest one after the other, each in a task of its own', () => {
    const { held } = threeCharts()
    expect(held()).toEqual([false, false, false])
    start()
    expect(held()).toEqual([true, true, true])
    end()
    expect(held()).toEqual([false, true, true])
    nextTask()
    expect(held()).toEqual([false, false, true])
    nextTask()
    expect(held()).toEqual([false, false, false])
  })

  it('stay held when a gesture starts again before their turn, and all come to rest when it ends', () => {
    const { held } = threeCharts()
    start()
    end()
    expect(held()).toEqual([false, true, true])
    start()
    nextTask()
    expect(held()).toEqual([true, true, true])
    end()
    nextTask()
    nextTask()
    expect(held()).toEqual([false, false, false])
  })

  it('pass the turn on when a chart waiting for it goes away', () => {
    const { charts } = threeCharts()
    start()
    end()
    charts[1]!.unmount()
    expect(charts[2]!.result.current).toBe(true)
    nextTask()
    expect([charts[0]!.result.current, charts[2]!.result.current]).toEqual([false, false])
  })
})
