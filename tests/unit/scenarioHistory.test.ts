import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { createScenarioStore, HISTORY_LIMIT, pickScenario, sameScenario } from '../../src/store/scenarioStore'
import type { Scenario } from '../../src/model/scenario'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const limits = scenarioLimits(baseline)

function storeWithClock(gesture: { on: boolean }) {
  const clock = { t: 0 }
  const store = createScenarioStore(published, limits, published, { isGesture: () => gesture.on, now: () => clock.t })
  /** One key repeat on the tariff slider, 30 ms after the last event. */
  const arrow = () => {
    clock.t += 30
    store.getState().setTariffPct(store.getState().tariffPct + 0.5)
  }
  return { store, clock, arrow, past: () => store.temporal.getState().pastStates.length }
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

  // Issue #11, point 6: an undo in the middle of a quick run of arrow keys used to leave the
  // gesture "open", so the next steps were merged into a step that was no longer on the stack.
  it('records a step after Ctrl+Z in the middle of a key run (→, Ctrl+Z, 10× → within 0.7 s)', () => {
    const { store, clock, arrow, past } = storeWithClock({ on: true })
    arrow()
    clock.t += 30
    store.temporal.getState().undo()
    for (let i = 0; i < 10; i++) arrow()
    expect(store.getState().tariffPct).toBe(20)
    expect(past()).toBe(1)
    expect(store.temporal.getState().futureStates).toHaveLength(0)
    store.temporal.getState().undo()
    expect(store.getState().tariffPct).toBe(15)
    store.temporal.getState().redo()
    expect(store.getState().tariffPct).toBe(20)
  })

  it('records a step after the Undo button between two key runs (4× →, Undo, 6× →)', () => {
    const { store, clock, arrow, past } = storeWithClock({ on: true })
    for (let i = 0; i < 4; i++) arrow()
    clock.t += 100
    store.temporal.getState().undo()
    expect(store.getState().tariffPct).toBe(15)
    for (let i = 0; i < 6; i++) arrow()
    expect(store.getState().tariffPct).toBe(18)
    expect(past()).toBe(1)
    expect(store.temporal.getState().futureStates).toHaveLength(0)
    store.temporal.getState().undo()
    expect(store.getState().tariffPct).toBe(15)
  })

  it('ends a gesture at a redo, and when the gesture comes back to where it started', () => {
    const gesture = { on: true }
    const { store, clock, past } = storeWithClock(gesture)
    const to = (pct: number) => {
      clock.t += 30
      store.getState().setTariffPct(pct)
    }
    to(16)
    store.temporal.getState().undo()
    store.temporal.getState().redo()
    to(17)
    expect(past()).toBe(2)
    store.temporal.getState().undo()
    expect(store.getState().tariffPct).toBe(16)
    // Back to the start of a gesture: Undo must still change something.
    to(16.5)
    to(16)
    const top = store.temporal.getState().pastStates.at(-1) as Scenario
    expect(sameScenario(top, pickScenario(store.getState()))).toBe(false)
  })

  it('never loses the way back: after any change Undo restores an earlier, different scenario and Redo is empty', () => {
    type Op =
      | { kind: 'arrow'; delta: number }
      | { kind: 'preset'; pct: number }
      | { kind: 'currency' }
      | { kind: 'pause'; ms: number }
      | { kind: 'gesture'; on: boolean }
      | { kind: 'undo' }
      | { kind: 'redo' }
    const op: fc.Arbitrary<Op> = fc.oneof(
      { arbitrary: fc.record({ kind: fc.constant('arrow' as const), delta: fc.constantFrom(-0.5, 0.5, 5) }), weight: 6 },
      fc.record({ kind: fc.constant('preset' as const), pct: fc.constantFrom(2.5, 15, 25) }),
      fc.record({ kind: fc.constant('currency' as const) }),
      fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 1500 }) }),
      fc.record({ kind: fc.constant('gesture' as const), on: fc.boolean() }),
      { arbitrary: fc.record({ kind: fc.constant('undo' as const) }), weight: 2 },
      fc.record({ kind: fc.constant('redo' as const) }),
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const gesture = { on: true }
        const { store, clock } = storeWithClock(gesture)
        const seen: Scenario[] = [pickScenario(store.getState())]
        for (const o of ops) {
          clock.t += 30
          const before = pickScenario(store.getState())
          const history = store.temporal.getState()
          if (o.kind === 'undo') history.undo()
          else if (o.kind === 'redo') history.redo()
          else if (o.kind === 'pause') clock.t += o.ms
          else if (o.kind === 'gesture') gesture.on = o.on
          else if (o.kind === 'arrow') store.getState().setTariffPct(before.tariffPct + o.delta)
          else if (o.kind === 'preset') store.getState().setTariffPct(o.pct)
          else store.getState().setCurrency(before.currency === 'USD' ? 'JPY' : 'USD')
          const now = pickScenario(store.getState())
          const isChange = (o.kind === 'arrow' || o.kind === 'preset' || o.kind === 'currency') && !sameScenario(before, now)
          if (isChange) {
            const { pastStates, futureStates } = store.temporal.getState()
            const back = pastStates.at(-1) as Scenario | undefined
            expect(back).toBeDefined()
            expect(sameScenario(back!, now)).toBe(false)
            expect(seen.some((s) => sameScenario(s, back!))).toBe(true)
            expect(futureStates).toHaveLength(0)
          }
          seen.push(now)
        }
      }),
      { numRuns: 300 },
    )
  })
})
