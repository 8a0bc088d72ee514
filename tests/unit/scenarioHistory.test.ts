import { describe, expect, it } from 'vitest'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { createScenarioStore, HISTORY_LIMIT } from '../../src/store/scenarioStore'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const limits = scenarioLimits(baseline)

function storeWithClock(gesture: { on: boolean }) {
  const clock = { t: 0 }
  const store = createScenarioStore(published, limits, published, { isGesture: () => gesture.on, now: () => clock.t })
  return { store, clock, past: () => store.temporal.getState().pastStates.length }
}

describe('undo history', () => {
  it('records one step per discrete change, and none for a change to the same value', () => {
    const { store, past } = storeWithClock({ on: false })
    store.getState().setTariffPct(25)
    store.getState().setTariffPct(25)
    store.getState().setPartnership('software', true)
    store.getState().setCurrency('JPY')
    expect(past()).toBe(3)
    store.temporal.getState().undo()
    expect(store.getState().currency).toBe('USD')
    store.temporal.getState().undo(2)
    expect(store.getState().tariffPct).toBe(15)
    expect(store.getState().partnership.software).toBe(false)
  })

  it('makes one slider gesture one step, and a pause or another control a new one', () => {
    const gesture = { on: true }
    const { store, clock, past } = storeWithClock(gesture)
    for (let i = 1; i <= 60; i++) {
      clock.t += 16
      store.getState().setTariffPct(15 + i * 0.5)
    }
    expect(past()).toBe(1)
    clock.t += 2000
    store.getState().setTariffPct(10)
    expect(past()).toBe(2)
    clock.t += 16
    store.getState().setAssumption('passThroughPct', 20)
    expect(past()).toBe(3)
    store.temporal.getState().undo()
    store.temporal.getState().undo()
    expect(store.getState().tariffPct).toBe(45)
    store.temporal.getState().undo()
    expect(store.getState().tariffPct).toBe(15)
  })

  it('keeps at most HISTORY_LIMIT steps', () => {
    const { store, past } = storeWithClock({ on: false })
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.getState().setTariffPct(i % 2 ? 20 : 30)
    expect(past()).toBe(HISTORY_LIMIT)
  })
})
