import { describe, expect, it } from 'vitest'
import { niceCountTicks, niceMoneyTicks } from '../../src/format/niceTicks'

describe('niceMoneyTicks', () => {
  it('gives round dollar steps that cover the maximum', () => {
    expect(niceMoneyTicks(17.4e9, 'USD', 151.57).map((t) => t / 1e9)).toEqual([0, 5, 10, 15, 20])
    expect(niceMoneyTicks(4.34e9, 'USD', 151.57).map((t) => t / 1e9)).toEqual([0, 1, 2, 3, 4, 5])
  })
  it('is round in yen when the page shows yen', () => {
    const shown = niceMoneyTicks(4.34e9, 'JPY', 151.57).map((t) => Math.round((t * 151.57) / 1e9))
    expect(shown).toEqual([0, 200, 400, 600, 800])
  })
})

describe('niceCountTicks', () => {
  it('covers the maximum in round steps', () => {
    expect(niceCountTicks(331_611)).toEqual([0, 100_000, 200_000, 300_000, 400_000])
  })
})
