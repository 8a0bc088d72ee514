import type { AssumptionKey, Scenario } from './scenario'
import { normaliseNotes, sameNotes } from './notes'

/**
 * The rules that keep a scenario valid (issue 8: in the model so that the store, links, saved data
 * and files share them without importing each other). Pure: the limits come from the baseline.
 */
export interface StepRange {
  min: number
  max: number
  step: number
}

/** Everything the store needs to keep a scenario valid. */
export interface ScenarioLimits {
  tariffPct: StepRange
  startYear: { min: number; max: number }
  assumptions: Record<AssumptionKey, StepRange>
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x))
}

/** Snap to the step grid counted from `min`, without float noise (0.1 + 0.2). */
export function snap(x: number, step: number, min = 0): number {
  const n = Math.round((x - min) / step)
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1)
  return Number((min + n * step).toFixed(decimals))
}

/** Clamped into the range and snapped to its steps; `fallback` for a value that is not finite. */
export function fit(x: number, r: StepRange, fallback: number): number {
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
    notes: normaliseNotes(s.notes, limits), // #9
  }
}

export function sameScenario(a: Scenario, b: Scenario): boolean {
  return (
    a.tariffPct === b.tariffPct &&
    a.startYear === b.startYear &&
    a.currency === b.currency &&
    a.partnership.software === b.partnership.software &&
    a.partnership.drivetrains === b.partnership.drivetrains &&
    a.partnership.platforms === b.partnership.platforms &&
    (Object.keys(a.assumptions) as AssumptionKey[]).every((k) => a.assumptions[k] === b.assumptions[k]) &&
    sameNotes(a.notes, b.notes)
  )
}
