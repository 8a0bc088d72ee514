import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { exposureCut, FULL_RAMP, rampFraction, softwareSavingUsd } from '../../src/model/partnership'
import { costPath, scenarioCost, sensitivityCurve } from '../../src/model/projection'
import { exposedImports, publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import type { Assumptions, CostInputsLike } from './types'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const exposed = exposedImports(baseline)
const published = publishedScenario(baseline)
const limits = scenarioLimits(baseline)
const ALL = { software: true, drivetrains: true, platforms: true }

describe('rampFraction', () => {
  it('starts in the start year and reaches the full effect after the ramp', () => {
    expect([2026, 2027, 2028, 2029, 2030].map((y) => rampFraction(y, 2027, 3))).toEqual([0, 1 / 3, 2 / 3, 1, 1])
  })
  it('treats a ramp under a year as immediate', () => {
    expect(rampFraction(2027, 2027, 0)).toBe(1)
  })
})

describe('exposureCut', () => {
  it('compounds drivetrains and platforms so the parts add up to the total', () => {
    const cut = exposureCut(ALL, published.assumptions, 2027, FULL_RAMP)
    expect(cut.drivetrains).toBeCloseTo(0.1)
    expect(cut.platforms).toBeCloseTo(0.9 * 0.15)
    expect(cut.total).toBeCloseTo(1 - 0.9 * 0.85)
  })
  it('is zero with no option chosen', () => {
    expect(exposureCut({ software: true, drivetrains: false, platforms: false }, published.assumptions, 2027, FULL_RAMP).total).toBe(0)
  })
})

describe('partnership at the defaults', () => {
  it('shared drivetrains from 2027 save 10% of the tariff cost at full ramp: $0.43B combined at 15%', () => {
    const c = scenarioCost(exposed, { ...published, partnership: { software: false, drivetrains: true, platforms: false } })
    expect(c.combined.savingUsd).toBeCloseTo(0.434e9, -6)
    expect(c.combined.withUsd).toBeCloseTo(3.906e9, -6)
  })
  it('shared software saves development cost but leaves the tariff cost alone', () => {
    const c = scenarioCost(exposed, { ...published, partnership: { software: true, drivetrains: false, platforms: false } })
    expect(c.combined.withUsd).toBe(c.combined.withoutUsd)
    expect(c.combined.softwareSavingUsd).toBe(2 * 100e6)
  })
  it('ramps the yearly path from the start year', () => {
    const rows = costPath(exposed, { ...published, partnership: { software: false, drivetrains: true, platforms: false }, startYear: 2027 })
    expect(rows.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030])
    expect(rows[1]!.combinedWithUsd).toBe(rows[1]!.combinedWithoutUsd)
    expect(rows[2]!.combinedWithUsd).toBeCloseTo(4.34e9 * (1 - 0.1 / 3), -6)
    expect(rows[5]!.combinedWithUsd).toBeCloseTo(4.34e9 * 0.9, -6)
  })
  it('software savings follow their own ramp', () => {
    expect(softwareSavingUsd(ALL, published.assumptions, 2027, 2027)).toBe(50e6)
  })
})

/** Any assumptions within the ranges the page allows. */
const inRange = (key: keyof Assumptions) => {
  const r = limits.assumptions[key]
  return fc.double({ min: r.min, max: r.max, noNaN: true })
}
const arbInputs: fc.Arbitrary<CostInputsLike> = fc.record({
  tariffPct: fc.double({ min: 0, max: 50, noNaN: true }),
  partnership: fc.record({ software: fc.boolean(), drivetrains: fc.boolean(), platforms: fc.boolean() }),
  startYear: fc.integer({ min: 2026, max: 2030 }),
  assumptions: fc.record({
    fxJpyPerUsd: inRange('fxJpyPerUsd'),
    passThroughPct: inRange('passThroughPct'),
    drivetrainsPct: inRange('drivetrainsPct'),
    drivetrainsRampYears: inRange('drivetrainsRampYears'),
    platformsPct: inRange('platformsPct'),
    platformsRampYears: inRange('platformsRampYears'),
    softwareSavingUsd: inRange('softwareSavingUsd'),
    softwareRampYears: inRange('softwareRampYears'),
    vehicleValueUsd: inRange('vehicleValueUsd'),
  }),
})
const arbYear = fc.oneof(fc.constant(FULL_RAMP), fc.integer({ min: 2024, max: 2032 }))

describe('properties', () => {
  it('tariff savings never exceed the tariff cost they reduce, and the cost with the partnership is never negative', () => {
    fc.assert(
      fc.property(arbInputs, arbYear, (inputs, year) => {
        for (const c of Object.values(scenarioCost(exposed, inputs, year))) {
          const tariffSaving = c.drivetrainsSavingUsd + c.platformsSavingUsd
          expect(tariffSaving).toBeLessThanOrEqual(c.withoutUsd + 1e-6)
          expect(c.withUsd).toBeGreaterThanOrEqual(-1e-6)
          expect(c.softwareSavingUsd).toBeLessThanOrEqual(2 * inputs.assumptions.softwareSavingUsd + 1e-6)
        }
      }),
    )
  })
  it('is monotone in the tariff, with and without the partnership', () => {
    fc.assert(
      fc.property(arbInputs, fc.double({ min: 0, max: 50, noNaN: true }), (inputs, otherPct) => {
        const [lo, hi] = [Math.min(inputs.tariffPct, otherPct), Math.max(inputs.tariffPct, otherPct)]
        const a = scenarioCost(exposed, { ...inputs, tariffPct: lo })
        const b = scenarioCost(exposed, { ...inputs, tariffPct: hi })
        expect(b.combined.withoutUsd).toBeGreaterThanOrEqual(a.combined.withoutUsd - 1e-6)
        expect(b.combined.withUsd).toBeGreaterThanOrEqual(a.combined.withUsd - 1e-6)
      }),
    )
  })
  it('a later year never saves less than an earlier one (ramps only go up)', () => {
    fc.assert(
      fc.property(arbInputs, fc.integer({ min: 2024, max: 2031 }), (inputs, year) => {
        const a = scenarioCost(exposed, inputs, year)
        const b = scenarioCost(exposed, inputs, year + 1)
        expect(b.combined.savingUsd).toBeGreaterThanOrEqual(a.combined.savingUsd - 1e-6)
      }),
    )
  })
  it('the sensitivity curve agrees with the point model at every rate', () => {
    const inputs = { ...published, partnership: ALL }
    const curve = sensitivityCurve(exposed, inputs)
    expect(curve).toHaveLength(101)
    const row = curve.find((r) => r.tariffPct === 25)!
    expect(row.combinedUsd).toBeCloseTo(scenarioCost(exposed, { ...inputs, tariffPct: 25 }).combined.withoutUsd)
  })
})
