import { describe, expect, it } from 'vitest'
import { formatAxisMoney, formatCount, formatGrouped, formatMoney, formatPct, formatUsdExact } from '../../src/format/format'

const FX = 151.57
describe('formatMoney', () => {
  it.each([
    [1.8e9, 'USD', '$1.80B'],
    [2.54e9, 'USD', '$2.54B'],
    [2.54e9, 'JPY', '¥385B'],
    [1.8e9, 'JPY', '¥273B'],
    [0.36e9, 'JPY', '¥54.6B'],
    [0.036e9, 'JPY', '¥5.46B'],
    // Combined at 25%: ¥491B + ¥693B. Grouped as the deck's "¥"#,##0"B" prints it.
    [7.8125e9, 'JPY', '¥1,184B'],
    [66e9, 'JPY', '¥10,004B'],
    [0, 'JPY', '¥0B'],
    [-1e-6, 'JPY', '¥0B'],
    [-0.43e9, 'JPY', '−¥65.2B'],
    [0, 'USD', '$0.00B'],
    [-1e-6, 'USD', '$0.00B'],
    [-0.43e9, 'USD', '−$0.43B'],
  ] as const)('%s %s → %s', (usd, currency, text) => {
    expect(formatMoney(usd, currency, FX)).toBe(text)
  })
})

describe('formatAxisMoney and formatPct', () => {
  it('prints short exact ticks', () => {
    expect(formatAxisMoney(2e9, 'USD', FX)).toBe('$2B')
    expect(formatAxisMoney(2.5e9, 'USD', FX)).toBe('$2.5B')
    expect(formatAxisMoney(4000e9 / FX, 'JPY', FX)).toBe('¥4,000B')
    expect(formatAxisMoney(1250.5e9 / FX, 'JPY', FX)).toBe('¥1,250.5B')
    expect(formatAxisMoney(300e9 / FX, 'JPY', FX)).toBe('¥300B')
    expect(formatPct(27.5)).toBe('27.5%')
    expect(formatPct(15)).toBe('15%')
  })
})

describe('formatGrouped', () => {
  it('groups digits the en-US way and keeps at most the decimals asked for', () => {
    expect(formatGrouped(12000, 0)).toBe('12,000')
    expect(formatGrouped(1234.5678, 2)).toBe('1,234.57')
    expect(formatGrouped(0.5, 2)).toBe('0.5')
    // Each precision keeps its own formatter: asking for 0 after 2 does not reuse the other.
    expect(formatGrouped(1.25, 0)).toBe('1')
  })
  it('prints exactly what Intl.NumberFormat en-US prints, ties and edge cases included', () => {
    const values = [
      0,
      -0,
      0.5,
      1.5,
      2.5,
      -2.5,
      1.005,
      1.0049999,
      0.995,
      9.995,
      99.995,
      999999.5,
      123456789.125,
      1e21,
      1.5e-7,
      -0.001,
      0.045,
      1.45,
      8.345,
      331611.6,
      14400.4,
      Number.MAX_SAFE_INTEGER,
      NaN,
      Infinity,
      -Infinity,
    ]
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < 3000; i++) {
      const magnitude = 10 ** Math.floor(random() * 12 - 4)
      values.push((random() - 0.3) * magnitude, Math.round(random() * 1e6) / 1000 + 0.0005)
    }
    for (const maxDecimals of [0, 1, 2, 3]) {
      const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals })
      for (const v of values) expect(formatGrouped(v, maxDecimals), `${v} to ${maxDecimals}`).toBe(intl.format(v))
    }
  })
  it('counts and exact dollars round to whole numbers, grouped', () => {
    expect(formatCount(331611.6)).toBe('331,612')
    expect(formatUsdExact(14400.4)).toBe('$14,400')
  })
})
