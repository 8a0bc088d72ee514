import { describe, expect, it } from 'vitest'
import { nameFontSize } from '../../src/charts/TornadoPlot'

describe("What matters most: a row's name fits the chart's width", () => {
  const longest = 'Share passed on to buyers: 20% (range 0–100%)'
  it('keeps the chart font where the name fits', () => {
    expect(nameFontSize(12, longest, 1100)).toBe(12)
    expect(nameFontSize(16, longest, 1100)).toBe(16)
  })
  it('takes a smaller font where it would run past the right edge (a phone slide: 16 px in 358 px)', () => {
    const size = nameFontSize(16, longest, 358)
    expect(size).toBeLessThan(16)
    expect(size * 0.56 * longest.length).toBeLessThanOrEqual(358)
  })
  it('never goes below 9 px, nor above the chart font', () => {
    expect(nameFontSize(16, longest, 50)).toBe(9)
    expect(nameFontSize(8, longest, 50)).toBe(8)
  })
})
