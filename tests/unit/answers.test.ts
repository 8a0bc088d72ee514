import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { breakEven, breakEvenTariffPct, effectsToHold, maxCutShare, requiredCutShare } from '../../src/model/breakEven'
import { tornado, TORNADO_KEYS, combinedWithShown } from '../../src/model/tornado'
import { costPathBands, keyFigureBands, sensitivityBands } from '../../src/model/bands'
import { exposureCut, FULL_RAMP } from '../../src/model/partnership'
import { PATH_YEARS, SENSITIVITY_RATES, scenarioCost } from '../../src/model/projection'
import { exposedImports, publishedScenario } from '../../src/data/publishedScenario'
import type { Assumptions, AssumptionKey, Currency, PartnershipChoice } from '../../src/model/scenario'
import type { CostInputsLike } from './types'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const exposed = exposedImports(baseline)
const published = publishedScenario(baseline)
const bounds = baseline.assumptions
const TODAY = baseline.published.currentTariffPct.value
const TARIFF_OPTIONS: PartnershipChoice = { software: false, drivetrains: true, platforms: true }
const at25 = { ...published, tariffPct: 25, partnership: TARIFF_OPTIONS }

// --- arbitraries: any scenario inside the stated ranges -------------------------------------------
const inRange = (k: AssumptionKey) => {
  const r = bounds[k]
  return fc.integer({ min: 0, max: Math.round((r.max - r.min) / r.step) }).map((n) => Number((r.min + n * r.step).toFixed(6)))
}
const assumptionsArb: fc.Arbitrary<Assumptions> = fc.record(
  Object.fromEntries(TORNADO_KEYS.map((k) => [k, inRange(k)])) as Record<AssumptionKey, fc.Arbitrary<number>>,
)
const partnershipArb = fc.record({ software: fc.boolean(), drivetrains: fc.boolean(), platforms: fc.boolean() })
const inputsArb: fc.Arbitrary<CostInputsLike> = fc.record({
  tariffPct: fc.integer({ min: 0, max: 100 }).map((n) => n / 2),
  partnership: partnershipArb,
  startYear: fc.integer({ min: 2026, max: 2030 }),
  assumptions: assumptionsArb,
})
const currencyArb = fc.constantFrom<Currency>('USD', 'JPY')
const yearArb = fc.constantFrom(FULL_RAMP, ...PATH_YEARS)
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))

describe('break-even', () => {
  it('with drivetrains and platforms at their defaults is 2.5% + 12.5% ÷ (1 − 0.235) ≈ 18.8%', () => {
    const b = breakEven(at25, bounds, TODAY)
    expect(b.cutShare).toBeCloseTo(0.235, 12)
    expect(b.breakEvenTariffPct).toBeCloseTo(2.5 + 12.5 / 0.765, 10)
    expect(b.breakEvenTariffPct).toBeCloseTo(18.84, 2)
  })
  it('is today’s 15% with no partnership, and 16.4% with drivetrains alone', () => {
    expect(
      breakEven({ ...at25, partnership: { software: true, drivetrains: false, platforms: false } }, bounds, TODAY).breakEvenTariffPct,
    ).toBe(15)
    expect(
      breakEven({ ...at25, partnership: { software: false, drivetrains: true, platforms: false } }, bounds, TODAY).breakEvenTariffPct,
    ).toBeCloseTo(2.5 + 12.5 / 0.9, 10)
  })
  it('needs 1 − 12.5 ÷ 22.5 ≈ 44.4% of exposed value moved at 25%, nothing at 15% or less', () => {
    expect(requiredCutShare(25, TODAY)).toBeCloseTo(1 - 12.5 / 22.5, 12)
    expect(requiredCutShare(27.5, TODAY)).toBeCloseTo(0.5, 12)
    expect(requiredCutShare(15, TODAY)).toBe(0)
    expect(requiredCutShare(5, TODAY)).toBe(0)
  })
  it('can move at most 70% with both options at the top of their ranges (40% and 50%)', () => {
    expect(maxCutShare(TARIFF_OPTIONS, bounds)).toBeCloseTo(1 - 0.6 * 0.5, 12)
    expect(maxCutShare({ software: true, drivetrains: true, platforms: false }, bounds)).toBeCloseTo(0.4, 12)
    expect(maxCutShare({ software: true, drivetrains: false, platforms: true }, bounds)).toBeCloseTo(0.5, 12)
    expect(maxCutShare({ software: true, drivetrains: false, platforms: false }, bounds)).toBe(0)
  })
  it('at 25% raises drivetrains to 22% and platforms to 29% (44.6% moved), each the same way to the top', () => {
    expect(effectsToHold(TARIFF_OPTIONS, published.assumptions, bounds, 25, TODAY)).toEqual({
      kind: 'reach',
      drivetrainsPct: 22,
      platformsPct: 29,
      cutShare: expect.closeTo(1 - 0.78 * 0.71, 12),
    })
  })
  it('says when the options fall short, nothing is needed, no option is on, or enough already moves', () => {
    expect(effectsToHold({ software: false, drivetrains: true, platforms: false }, published.assumptions, bounds, 25, TODAY)).toMatchObject(
      { kind: 'short', drivetrainsPct: 40, cutShare: expect.closeTo(0.4, 12) },
    )
    expect(effectsToHold(TARIFF_OPTIONS, published.assumptions, bounds, 50, TODAY)).toMatchObject({
      kind: 'short',
      drivetrainsPct: 40,
      platformsPct: 50,
    })
    expect(effectsToHold(TARIFF_OPTIONS, published.assumptions, bounds, 15, TODAY)).toEqual({ kind: 'nothing-needed' })
    expect(effectsToHold({ software: true, drivetrains: false, platforms: false }, published.assumptions, bounds, 25, TODAY)).toEqual({
      kind: 'no-option',
    })
    expect(effectsToHold(TARIFF_OPTIONS, { drivetrainsPct: 40, platformsPct: 50 }, bounds, 25, TODAY)).toMatchObject({ kind: 'already' })
  })
  it('solves exactly: at the break-even tariff the combined cost with the partnership equals today’s', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const b = breakEven(inputs, bounds, TODAY)
        const today = scenarioCost(exposed, {
          ...inputs,
          tariffPct: TODAY,
          partnership: { software: false, drivetrains: false, platforms: false },
        }).combined.withoutUsd
        if (!Number.isFinite(b.breakEvenTariffPct)) return today === 0 || b.cutShare >= 1
        const there = scenarioCost(exposed, { ...inputs, tariffPct: b.breakEvenTariffPct }).combined.withUsd
        const above = scenarioCost(exposed, { ...inputs, tariffPct: b.breakEvenTariffPct + 0.01 }).combined.withUsd
        return close(there, today) && (today === 0 || above > today)
      }),
    )
  })
  it('is monotone: moving more never lowers the break-even tariff; a higher tariff never needs less moved', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x]
        return breakEvenTariffPct(lo, TODAY) <= breakEvenTariffPct(hi, TODAY)
      }),
    )
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x]
        return requiredCutShare(lo, TODAY) <= requiredCutShare(hi, TODAY)
      }),
    )
  })
  it('Apply’s effects are on the step grid, within range, and hold today’s cost at the chosen tariff', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = effectsToHold(inputs.partnership, inputs.assumptions, bounds, inputs.tariffPct, TODAY)
        if (plan.kind !== 'reach') return true
        const a = { ...inputs.assumptions, drivetrainsPct: plan.drivetrainsPct, platformsPct: plan.platformsPct }
        const cut = exposureCut(inputs.partnership, a, inputs.startYear, FULL_RAMP).total
        return (
          Number.isInteger(plan.drivetrainsPct) &&
          Number.isInteger(plan.platformsPct) &&
          plan.drivetrainsPct >= inputs.assumptions.drivetrainsPct &&
          plan.platformsPct >= inputs.assumptions.platformsPct &&
          plan.drivetrainsPct <= bounds.drivetrainsPct.max &&
          plan.platformsPct <= bounds.platformsPct.max &&
          cut >= requiredCutShare(inputs.tariffPct, TODAY) &&
          breakEvenTariffPct(cut, TODAY) >= inputs.tariffPct - 1e-9
        )
      }),
    )
  })
})

describe('tornado ("What matters most")', () => {
  it('at the published settings: the tariff 2.5–27.5% swings $0–$8.68B; only the share passed on moves the figure ($4.34B → $0)', () => {
    const t = tornado(exposed, published, bounds, { currency: 'USD' })
    expect(t.central).toBeCloseTo(4.34e9, -3)
    expect(t.tariff).toMatchObject({ min: 2.5, max: 27.5, atMin: 0, atMax: expect.closeTo(8.68e9, -3) })
    expect(t.bars.map((b) => [b.key, b.atMin, b.atMax])).toEqual([['passThroughPct', expect.closeTo(4.34e9, -3), 0]])
    expect(Object.fromEntries(t.noEffect.map((b) => [b.key, b.noEffect]))).toEqual({
      fxJpyPerUsd: 'dollars',
      drivetrainsPct: 'option-off',
      drivetrainsRampYears: 'option-off',
      platformsPct: 'option-off',
      platformsRampYears: 'option-off',
      softwareSavingUsd: 'development-cost',
      softwareRampYears: 'development-cost',
      vehicleValueUsd: 'vehicle-count',
    })
  })
  it('at 25% with drivetrains and platforms, full ramp: passed on $5.98B–0, platforms $7.03B–$3.52B, drivetrains $6.64B–$3.98B', () => {
    const t = tornado(exposed, at25, bounds, { currency: 'USD' })
    expect(t.central).toBeCloseTo(7.812e9 * 0.765, -3)
    expect(t.bars.map((b) => b.key)).toEqual(['passThroughPct', 'platformsPct', 'drivetrainsPct'])
    expect(t.bars.map((b) => [b.atMin / 1e9, b.atMax / 1e9])).toEqual([
      [expect.closeTo(5.97618, 9), 0],
      [expect.closeTo(7.0308, 9), expect.closeTo(3.5154, 9)],
      [expect.closeTo(6.6402, 9), expect.closeTo(3.98412, 9)],
    ])
    // At full ramp the ramps no longer matter.
    expect(t.noEffect.find((b) => b.key === 'platformsRampYears')?.noEffect).toBe('ramp-complete')
  })
  it('in 2028 the ramps matter, and in yen the exchange rate does', () => {
    const t = tornado(exposed, at25, bounds, { currency: 'USD', year: 2028 })
    expect(t.bars.map((b) => b.key)).toEqual([
      'passThroughPct',
      'drivetrainsPct',
      'platformsPct',
      'platformsRampYears',
      'drivetrainsRampYears',
    ])
    const y = tornado(exposed, { ...published, tariffPct: 25 }, bounds, { currency: 'JPY' })
    const fx = y.bars.find((b) => b.key === 'fxJpyPerUsd')!
    // ¥ at 100 and 200 per dollar, stored as dollars at the scenario's 151.57.
    expect((fx.atMin * 151.57) / 1e9).toBeCloseTo(781.2, 6)
    expect((fx.atMax * 151.57) / 1e9).toBeCloseTo(1562.4, 6)
  })
  it('each bar’s ends are the model at the ends of its range, the others held; bars sorted by swing', () => {
    fc.assert(
      fc.property(inputsArb, currencyArb, yearArb, (inputs, currency, year) => {
        const t = tornado(exposed, inputs, bounds, { currency, year })
        const fxNow = inputs.assumptions.fxJpyPerUsd
        const model = (k: AssumptionKey, v: number) =>
          combinedWithShown(exposed, { ...inputs, assumptions: { ...inputs.assumptions, [k]: v } }, currency, fxNow, year)
        for (const b of [...t.bars, ...t.noEffect]) {
          const k = b.key as AssumptionKey
          if (!close(b.atMin, model(k, bounds[k].min)) || !close(b.atMax, model(k, bounds[k].max))) return false
          if ((b.noEffect === null) !== b.swing > 0) return false
        }
        const tariffEnds = [2.5, 27.5].map((r) => combinedWithShown(exposed, { ...inputs, tariffPct: r }, currency, fxNow, year))
        const sorted = t.bars.every((b, i) => i === 0 || t.bars[i - 1]!.swing >= b.swing)
        return close(t.tariff.atMin, tariffEnds[0]!) && close(t.tariff.atMax, tariffEnds[1]!) && sorted
      }),
    )
  })
  it('never shows software, vehicle value or (in dollars) the rate as moving the tariff cost', () => {
    fc.assert(
      fc.property(inputsArb, yearArb, (inputs, year) => {
        const t = tornado(exposed, inputs, bounds, { currency: 'USD', year })
        const keys = t.bars.map((b) => b.key)
        return (
          !keys.includes('softwareSavingUsd') &&
          !keys.includes('softwareRampYears') &&
          !keys.includes('vehicleValueUsd') &&
          !keys.includes('fxJpyPerUsd')
        )
      }),
    )
  })
})

describe('bands from the corners of the stated ranges', () => {
  it('key figures at 25% with both options: cost $0–$7.81B (all passed on … none), savings $0–$5.47B (70% moved)', () => {
    const b = keyFigureBands(exposed, at25, bounds, 'USD')
    expect(b.combined).toEqual({ low: 0, central: expect.closeTo(7.812e9, -3), high: expect.closeTo(7.812e9, -3) })
    expect(b.saving.central).toBeCloseTo(7.812e9 * 0.235, -3)
    expect(b.saving.high).toBeCloseTo(7.812e9 * 0.7, -3)
    const yen = keyFigureBands(exposed, published, bounds, 'JPY')
    // Honda in yen: ¥385B now, up to ¥508B at 200 ¥/$.
    expect((yen.honda.high * 151.57) / 1e9).toBeCloseTo(508, 6)
  })
  it('low ≤ central ≤ high everywhere, and any point inside the ranges lies inside the band', () => {
    fc.assert(
      fc.property(inputsArb, currencyArb, assumptionsArb, (inputs, currency, other) => {
        const ok = (b: { low: number; central: number; high: number }) => b.low <= b.central + 1e-3 && b.central <= b.high + 1e-3
        const k = keyFigureBands(exposed, inputs, bounds, currency)
        if (![k.nissan, k.honda, k.combined, k.saving].every(ok)) return false
        const path = costPathBands(exposed, inputs, bounds, currency, PATH_YEARS)
        if (!path.every((r) => ok(r.withUsd) && ok(r.withoutUsd))) return false
        const rates = [0, 2.5, 10, 15, 25, 27.5, 50]
        const curve = sensitivityBands(exposed, inputs, bounds, currency, rates)
        if (!curve.every((r) => ok(r.withUsd) && ok(r.withoutUsd))) return false
        // Another scenario inside the ranges (same options) stays within the band.
        const fxNow = inputs.assumptions.fxJpyPerUsd
        const otherWith = (year: number, tariffPct: number) => {
          const usd = scenarioCost(exposed, { ...inputs, tariffPct, assumptions: other }, year).combined.withUsd
          return currency === 'JPY' ? (usd * other.fxJpyPerUsd) / fxNow : usd
        }
        const inside = (v: number, b: { low: number; high: number }) => v >= b.low - 1e-3 && v <= b.high + 1e-3
        return (
          path.every((r) => inside(otherWith(r.year, inputs.tariffPct), r.withUsd)) &&
          curve.every((r) => inside(otherWith(FULL_RAMP, r.tariffPct), r.withUsd))
        )
      }),
      { numRuns: 60 },
    )
  })
  it('the sensitivity bands cover the whole 0–50% curve and match the central curve', () => {
    const rows = sensitivityBands(exposed, at25, bounds, 'USD', SENSITIVITY_RATES)
    expect(rows).toHaveLength(101)
    expect(rows[50]!.withUsd.central).toBeCloseTo(scenarioCost(exposed, { ...at25, tariffPct: 25 }).combined.withUsd, -3)
    // At 27.5% the highest cost has neither option moving anything, the lowest everything passed on.
    expect(rows[55]!.withUsd).toEqual({ low: 0, central: expect.closeTo(8.68e9 * 0.765, -3), high: expect.closeTo(8.68e9, -3) })
  })
})
