import { describe, expect, it } from 'vitest'
import { exposedImports, publishedScenario } from '../../../src/data/publishedScenario'
import { FULL_RAMP } from '../../../src/model/partnership'
import {
  axisWhatMattersMost,
  captionWhatMattersMost,
  csvWhatMattersMost,
  legendWhatMattersMost,
  noteWhatMattersMost,
  nowWhatMattersMost,
  rowsWhatMattersMost,
  TONES,
  type WhatMattersMostSpecInput,
} from '../../../src/charts/specs/what-matters-most'
import { shippedBaseline } from '../fixtures'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const spec = (over: Partial<WhatMattersMostSpecInput> = {}, inputs = published): WhatMattersMostSpecInput => ({
  exposed: exposedImports(baseline),
  inputs,
  bounds: baseline.assumptions,
  currency: 'USD',
  fx: inputs.assumptions.fxJpyPerUsd,
  year: FULL_RAMP,
  ...over,
})
const at25 = { ...published, tariffPct: 25, partnership: { software: false, drivetrains: true, platforms: true } }

describe('What matters most spec', () => {
  it('at the published settings (15%, no options): the tariff swings $0–$8.68B around Nissan $1.80B + Honda $2.54B', () => {
    const input = spec()
    const rows = rowsWhatMattersMost(input)
    expect(rows.map((r) => [r.key, r.label, r.ends.map((e) => e.text), r.ends.map((e) => e.color)])).toEqual([
      ['tariffPct', 'US tariff: 15% (range 2.5–27.5%)', ['$0.00B', '$8.68B'], [TONES.tariffLow, TONES.tariffHigh]],
      ['passThroughPct', 'Share passed on to buyers: 0% (range 0–100%)', ['$4.34B', '$0.00B'], [TONES.low, TONES.high]],
    ])
    expect(rows[0]!.central).toBeCloseTo(1.8e9 + 2.54e9, -7)
    expect(rows[0]!.span).toEqual([0, expect.closeTo(8.68e9, -7)])
    expect(nowWhatMattersMost(input).text).toBe('Now $4.34B')
    // 1.1 × $8.68B = $9.55B: round ticks every $2B up to $10B.
    expect(axisWhatMattersMost(input)).toEqual({ domain: [0, 10e9], ticks: [0, 2e9, 4e9, 6e9, 8e9, 10e9] })
    expect(captionWhatMattersMost(input)).toMatch(/^Combined annual tariff cost with the partnership at full ramp as each assumption/)
    expect(noteWhatMattersMost(input)).toBe(
      'Not drawn, because they do not change this figure: shared software’s saving and ramp (they save development cost, not tariff); import value per vehicle (it only turns value moved into vehicles); the exchange rate (the figures are in dollars); shared drivetrains and co-developed platforms: share and ramp (switched off).',
    )
    expect(legendWhatMattersMost().map((l) => l.label)).toEqual([
      'Low end of range',
      'High end of range',
      'Tariff 2.5%',
      'Tariff 27.5%',
      'Now',
    ])
  })

  it('CSV at the published settings: every input, drawn or not, in USD billions', () => {
    const csv = csvWhatMattersMost(spec())
    expect(csv.columns[5]).toBe('combined annual tariff cost with the partnership at full ramp, input at range low (USD billions)')
    expect(csv.rows.length).toBe(10)
    expect(csv.rows[0]).toEqual([
      'US tariff',
      '%',
      15,
      2.5,
      27.5,
      0,
      8.68,
      4.34,
      -4.34,
      4.34,
      'the scenario’s tariff, over the preset range 2.5–27.5%',
    ])
    expect(csv.rows[1]!.slice(0, 6)).toEqual(['Share passed on to buyers', '%', 0, 0, 100, 4.34])
    expect(csv.rows[1]![10]).toBe('changes it')
    expect(csv.rows.find((r) => r[0] === 'Exchange rate')![10]).toBe('no effect: figures are in dollars')
  })

  it('at 25% with drivetrains and platforms: passed on $5.98B–0, platforms $7.03B–$3.52B, drivetrains $6.64B–$3.98B', () => {
    const input = spec({}, at25)
    const rows = rowsWhatMattersMost(input)
    expect(rows.map((r) => [r.name, ...r.ends.map((e) => e.text)])).toEqual([
      // $8.68B at 27.5% less the 23.5% the two options move: $6.64B.
      ['US tariff', '$0.00B', '$6.64B'],
      ['Share passed on to buyers', '$5.98B', '$0.00B'],
      ['Platforms: share moved', '$7.03B', '$3.52B'],
      ['Drivetrains: share moved', '$6.64B', '$3.98B'],
    ])
    expect(nowWhatMattersMost(input).text).toBe('Now $5.98B')
    // The longest bar reaches $7.03B: 1.1 × that is $7.73B, so the axis ends at $8B.
    expect(axisWhatMattersMost(input)).toEqual({ domain: [0, 8e9], ticks: [0, 2e9, 4e9, 6e9, 8e9] })
    expect(noteWhatMattersMost(input)).toContain(
      '; shared drivetrains’ ramp and co-developed platforms’ ramp (at full ramp the ramp no longer matters).',
    )
    const csv = csvWhatMattersMost(input)
    expect(csv.rows.slice(0, 4).map((r) => [r[0], r[5], r[6]])).toEqual([
      ['US tariff', 0, 6.6402],
      ['Share passed on to buyers', 5.97618, 0],
      ['Platforms: share moved', 7.0308, 3.5154],
      ['Drivetrains: share moved', 6.6402, 3.98412],
    ])
  })

  it('in yen in 2028, the exchange rate is drawn and the money is in yen', () => {
    const input = spec({ currency: 'JPY', year: 2028 }, at25)
    const rows = rowsWhatMattersMost(input)
    expect(rows.map((r) => r.key)).toContain('fxJpyPerUsd')
    expect(captionWhatMattersMost(input)).toContain('with the partnership in 2028 as each')
    expect(csvWhatMattersMost(input).columns[7]).toBe(
      'combined annual tariff cost with the partnership in 2028, now (JPY billions at 151.57 JPY/USD)',
    )
    expect(nowWhatMattersMost(input).text).toMatch(/^Now ¥/)
  })
})
