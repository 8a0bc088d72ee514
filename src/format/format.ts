import type { Currency } from '../model/scenario'

/**
 * The one formatter for every figure, tooltip, caption, export and test.
 * USD: $1.80B (two decimals, so 1.8 and 2.54 line up). JPY: ¥385B, ¥54.6B, ¥5.46B
 * (three significant figures, as Japanese reports print them), ¥1,184B from a thousand billion
 * (every digit kept, grouped as the exported deck's number format groups them), and ¥0B.
 */
const MINUS = '\u2212'

export function toCurrency(usd: number, currency: Currency, fxJpyPerUsd: number): number {
  return currency === 'JPY' ? usd * fxJpyPerUsd : usd
}

function yenBillions(b: number): string {
  const abs = Math.abs(b)
  const digits = abs >= 99.95 ? 0 : abs >= 9.995 ? 1 : 2
  const text = abs.toFixed(digits)
  // Zero has no significant figures to show: "¥0B", not "¥0.00B" beside "¥648B".
  return /^0(\.0+)?$/.test(text) ? '0' : groupThousands(text)
}

/** 1184 → 1,184; 4000.5 → 4,000.5: the digits before the point, grouped in threes. */
function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

export function formatMoney(usd: number, currency: Currency, fxJpyPerUsd: number): string {
  const value = toCurrency(usd, currency, fxJpyPerUsd)
  // Round first so that -0.001 does not print as "−$0.00B".
  const billions = value / 1e9
  const body = currency === 'JPY' ? `¥${yenBillions(billions)}B` : `$${Math.abs(billions).toFixed(2)}B`
  const isZero = /^[$¥]0(\.0+)?B$/.test(body)
  return billions < 0 && !isZero ? MINUS + body : body
}

/** Axis ticks: as short as is exact ($2B, $2.5B, ¥300B, ¥4,000B). */
export function formatAxisMoney(usd: number, currency: Currency, fxJpyPerUsd: number): string {
  const b = toCurrency(usd, currency, fxJpyPerUsd) / 1e9
  const symbol = currency === 'JPY' ? '¥' : '$'
  const text = `${symbol}${groupThousands(trimNumber(Math.abs(b)))}B`
  return b < 0 ? MINUS + text : text
}

export function formatPct(pct: number): string {
  return `${trimNumber(pct)}%`
}

export function formatFx(fxJpyPerUsd: number): string {
  return `¥${fxJpyPerUsd.toFixed(2)}/$`
}

/**
 * 1,234.57: en-US digit grouping, at most `maxDecimals` decimals, exactly as
 * `Intl.NumberFormat('en-US', { maximumFractionDigits })` prints it (a unit test compares the two
 * over ties and random values). Written out because the page's first Intl object initialises ICU:
 * 10 ms of the first render on the 2-core VM, ahead of the first chart (#7).
 */
export function formatGrouped(n: number, maxDecimals: number): string {
  if (Number.isNaN(n)) return 'NaN'
  const sign = n < 0 || Object.is(n, -0) ? '-' : ''
  if (!Number.isFinite(n)) return `${sign}∞`
  const [whole, fraction] = roundDecimal(Math.abs(n), maxDecimals)
  return `${sign}${groupThousands(fraction ? `${whole}.${fraction}` : whole)}`
}

/**
 * Rounds the shortest decimal form of x (what ICU rounds, so 1.005 → 1.01 where toFixed gives
 * 1.00) half away from zero to `decimals` places: [whole digits, fraction without trailing zeros].
 */
function roundDecimal(x: number, decimals: number): [string, string] {
  const [mantissa = '', exp = '0'] = x.toString().split('e')
  const [intPart = '', fracPart = ''] = mantissa.split('.')
  // Digits and the position of the decimal point in them.
  let digits = intPart + fracPart
  let point = intPart.length + Number(exp)
  if (point < 0) {
    digits = '0'.repeat(-point) + digits
    point = 0
  }
  if (digits.length < point) digits += '0'.repeat(point - digits.length)
  const keep = point + decimals
  if (digits.length > keep) {
    const roundUp = digits.charCodeAt(keep) >= 53 // '5'
    digits = digits.slice(0, keep)
    if (roundUp) {
      const carried = addOne(digits)
      if (carried.length > digits.length) point++
      digits = carried
    }
  }
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  const fraction = digits.slice(point).replace(/0+$/, '')
  return [whole, fraction]
}

/** "1299" → "1300", "99" → "100": one added to a string of digits. */
function addOne(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === '9') i--
  if (i < 0) return '1' + '0'.repeat(digits.length)
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - 1 - i)
}

/** 12,000 */
export function formatCount(n: number): string {
  return formatGrouped(Math.round(n), 0)
}

/** $14,400 */
export function formatUsdExact(usd: number): string {
  return `$${formatCount(usd)}`
}

export function formatYears(n: number): string {
  return n === 1 ? '1 year' : `${n} years`
}

/** Up to two decimals, no trailing zeros: 15 → "15", 27.5 → "27.5", 151.57 → "151.57". */
export function trimNumber(x: number): string {
  return String(Math.round(x * 100) / 100)
}

/** A derived share or rate to one decimal, no trailing zero: 18.8398 → "18.8%", 70 → "70%". */
export function formatPctApprox(pct: number): string {
  return `${String(Math.round(pct * 10) / 10)}%`
}

/**
 * A count derived from rough assumptions, with the precision they have: two significant figures
 * (331,611 → "330,000"). Print it after "about".
 */
export function formatRoughCount(n: number): string {
  return formatCount(roughCount(n))
}

/** Two significant figures, for data files: 331,611 → 330,000. */
export function roughCount(n: number): number {
  if (!Number.isFinite(n) || Math.abs(n) < 100) return Math.round(n)
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(n))) - 1)
  return Math.round(n / unit) * unit
}

/** "about 330,000": a rough count as the page prints it. */
export function formatAboutCount(n: number): string {
  return n === 0 ? '0' : `about ${formatRoughCount(n)}`
}
