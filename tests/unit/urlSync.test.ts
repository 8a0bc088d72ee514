import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderHook } from '@testing-library/react'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { createScenarioStore } from '../../src/store/scenarioStore'
import { useUiStore } from '../../src/store/uiStore'
import { GESTURE_WRITE_EVERY_MS, useUrlSync, WRITE_EVERY_MS } from '../../src/scenarios/useUrlSync'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const limits = scenarioLimits(baseline)

/** Fake timers and frames: the test steps the clock, nothing waits in real time. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] })
  window.history.replaceState(null, '', '/')
})
afterEach(() => {
  useUiStore.setState({ isAdjusting: false })
  vi.useRealTimers()
})

describe('the address bar while a slider moves (#7)', () => {
  it('at rest follows a change after WRITE_EVERY_MS', () => {
    const store = createScenarioStore(published, limits)
    renderHook(() => useUrlSync(store, published, limits))
    store.getState().setTariffPct(30)
    expect(window.location.search).toBe('')
    vi.advanceTimersByTime(WRITE_EVERY_MS)
    expect(window.location.search).toBe('?tariff=30')
  })

  it('during a gesture writes less often, after a frame, and still within half a second', () => {
    const store = createScenarioStore(published, limits)
    renderHook(() => useUrlSync(store, published, limits))
    useUiStore.setState({ isAdjusting: true })
    store.getState().setTariffPct(31)
    vi.advanceTimersByTime(WRITE_EVERY_MS)
    store.getState().setTariffPct(32)
    // Not at the rest interval: the steps in between are not slowed by a write.
    expect(window.location.search).toBe('')
    vi.advanceTimersByTime(GESTURE_WRITE_EVERY_MS - WRITE_EVERY_MS)
    // The interval is over; the write waits for the next frame's paint, then runs.
    expect(window.location.search).toBe('')
    vi.advanceTimersToNextFrame()
    vi.advanceTimersByTime(1)
    expect(window.location.search).toBe('?tariff=32')
    expect(GESTURE_WRITE_EVERY_MS + 17).toBeLessThan(500)
  })
})
