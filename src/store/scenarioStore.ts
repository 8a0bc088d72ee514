import { createStore, type StoreApi } from 'zustand/vanilla'
import type { AssumptionKey, Currency, PartnershipOption, Scenario } from '../model/scenario'
import type { ScenarioLimits } from '../data/publishedScenario'

/**
 * The store holds only what the user chose (a Scenario). Every number on screen is derived
 * from it by the model. Values are snapped here so the URL, the charts and a save agree on one value.
 */
export interface ScenarioActions {
  setTariffPct: (pct: number) => void
  setPartnership: (option: PartnershipOption, on: boolean) => void
  setStartYear: (year: number) => void
  setCurrency: (currency: Currency) => void
  setAssumption: (key: AssumptionKey, value: number) => void
  /** Replace the whole scenario (opening a link or a saved scenario); it is made valid first. */
  load: (scenario: Scenario) => void
  /** Back to the published settings. */
  reset: () => void
}

export type ScenarioState = Scenario & ScenarioActions
export type ScenarioStore = StoreApi<ScenarioState>

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x))
}

/** Snap to the step grid counted from `min`, without float noise (0.1 + 0.2). */
export function snap(x: number, step: number, min = 0): number {
  const n = Math.round((x - min) / step)
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1)
  return Number((min + n * step).toFixed(decimals))
}

function fit(x: number, r: { min: number; max: number; step: number }, fallback: number): number {
  if (!Number.isFinite(x)) return fallback
  return snap(clamp(x, r.min, r.max), r.step, r.min)
}

export function normaliseScenario(s: Scenario, limits: ScenarioLimits, published: Scenario): Scenario {
  const assumptions = { ...published.assumptions }
  for (const key of Object.keys(assumptions) as AssumptionKey[]) {
    assumptions[key] = fit(s.assumptions[key], limits.assumptions[key], published.assumptions[key])
  }
  return {
    tariffPct: fit(s.tariffPct, limits.tariffPct, published.tariffPct),
    partnership: {
      software: s.partnership.software === true,
      drivetrains: s.partnership.drivetrains === true,
      platforms: s.partnership.platforms === true,
    },
    startYear: fit(s.startYear, { ...limits.startYear, step: 1 }, published.startYear),
    currency: s.currency === 'JPY' ? 'JPY' : 'USD',
    assumptions,
  }
}

export function createScenarioStore(published: Scenario, limits: ScenarioLimits, initial: Scenario = published): ScenarioStore {
  return createStore<ScenarioState>()((set) => ({
    ...normaliseScenario(initial, limits, published),
    setTariffPct: (pct) => set((s) => ({ tariffPct: fit(pct, limits.tariffPct, s.tariffPct) })),
    setPartnership: (option, on) => set((s) => ({ partnership: { ...s.partnership, [option]: on } })),
    setStartYear: (year) => set((s) => ({ startYear: fit(year, { ...limits.startYear, step: 1 }, s.startYear) })),
    setCurrency: (currency) => set({ currency }),
    setAssumption: (key, value) =>
      set((s) => ({ assumptions: { ...s.assumptions, [key]: fit(value, limits.assumptions[key], s.assumptions[key]) } })),
    load: (scenario) => set(normaliseScenario(scenario, limits, published)),
    reset: () => set(published),
  }))
}

export function pickScenario(s: ScenarioState): Scenario {
  return {
    tariffPct: s.tariffPct,
    partnership: s.partnership,
    startYear: s.startYear,
    currency: s.currency,
    assumptions: s.assumptions,
  }
}

export const selectTariffPct = (s: ScenarioState) => s.tariffPct
export const selectPartnership = (s: ScenarioState) => s.partnership
export const selectStartYear = (s: ScenarioState) => s.startYear
export const selectCurrency = (s: ScenarioState) => s.currency
export const selectAssumptions = (s: ScenarioState) => s.assumptions
export const selectFx = (s: ScenarioState) => s.assumptions.fxJpyPerUsd
/** A new object per call: read it with useShallow. */
export const selectCostInputs = (s: ScenarioState) => ({
  tariffPct: s.tariffPct,
  partnership: s.partnership,
  startYear: s.startYear,
  assumptions: s.assumptions,
})
/** Everything but the tariff: the sensitivity curve ignores the slider's own position. */
export const selectCurveInputs = (s: ScenarioState) => ({
  partnership: s.partnership,
  startYear: s.startYear,
  assumptions: s.assumptions,
})
/** Money display: currency and the rate it converts at. */
export const selectMoneyFormat = (s: ScenarioState) => ({ currency: s.currency, fx: s.assumptions.fxJpyPerUsd })
