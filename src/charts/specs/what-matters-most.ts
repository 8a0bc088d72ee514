import { FULL_RAMP } from '../../model/partnership'
import type { CostInputs, ExposedImports } from '../../model/projection'
import type { AssumptionBounds } from '../../model/ranges'
import { tornado, type NoEffectReason, type Tornado, type TornadoBar } from '../../model/tornado'
import type { AssumptionKey, Currency } from '../../model/scenario'
import { formatFx, formatMoney, formatPct, formatUsdExact, formatYears } from '../../format/format'
import { niceMoneyTicks } from '../../format/niceTicks'
import { OPTION_NAMES } from '../../format/optionNames'
import { moneyCell, moneyUnit, type CsvTable } from '../csv'
import { COLORS } from '../palette'
import type { LegendItem } from '../ChartLegend'

/*
 * "What matters most" (#9), as data: each assumption swung over its stated range, the others
 * held, and what it does to the combined annual tariff cost with the partnership. Pure: the chart
 * component (WhatMattersMostChart, TornadoPlot) calls these and draws.
 */

export interface WhatMattersMostSpecInput {
  exposed: ExposedImports
  inputs: CostInputs
  bounds: AssumptionBounds
  currency: Currency
  /** The exchange rate the money is shown at (JPY per USD). */
  fx: number
  /** A calendar year, or FULL_RAMP. */
  year: number
}

/** Violet and teal: apart from the companies' blue and orange and from the partnership green. */
export const TONES = {
  low: '#7c3aed',
  high: '#0f766e',
  tariffLow: '#9ca3af',
  tariffHigh: '#4b5563',
} as const

type InputKey = AssumptionKey | 'tariffPct'

/** Short names and value formats for the labels (the panel's long labels do not fit a bar). */
const INPUTS: Record<
  InputKey,
  {
    name: string
    unit: string
    value: (v: number, c: Currency, fx: number) => string
    span: (min: number, max: number, c: Currency, fx: number) => string
  }
> = {
  tariffPct: { name: 'US tariff', unit: '%', value: (v) => formatPct(v), span: (a, b) => `${a}–${formatPct(b)}` },
  passThroughPct: { name: 'Share passed on to buyers', unit: '%', value: (v) => formatPct(v), span: (a, b) => `${a}–${formatPct(b)}` },
  fxJpyPerUsd: { name: 'Exchange rate', unit: 'JPY per USD', value: (v) => formatFx(v), span: (a, b) => `¥${a}–${b}/$` },
  drivetrainsPct: { name: 'Drivetrains: share moved', unit: '%', value: (v) => formatPct(v), span: (a, b) => `${a}–${formatPct(b)}` },
  drivetrainsRampYears: {
    name: 'Drivetrains: ramp',
    unit: 'years',
    value: (v) => formatYears(v),
    span: (a, b) => `${a}–${formatYears(b)}`,
  },
  platformsPct: { name: 'Platforms: share moved', unit: '%', value: (v) => formatPct(v), span: (a, b) => `${a}–${formatPct(b)}` },
  platformsRampYears: { name: 'Platforms: ramp', unit: 'years', value: (v) => formatYears(v), span: (a, b) => `${a}–${formatYears(b)}` },
  softwareSavingUsd: {
    name: 'Shared software: development saving per company a year',
    unit: 'USD per company a year',
    value: (v, c, fx) => formatMoney(v, c, fx),
    span: (a, b, c, fx) => `${formatMoney(a, c, fx)}–${formatMoney(b, c, fx)}`,
  },
  softwareRampYears: {
    name: 'Shared software: ramp',
    unit: 'years',
    value: (v) => formatYears(v),
    span: (a, b) => `${a}–${formatYears(b)}`,
  },
  vehicleValueUsd: {
    name: 'Import value per vehicle',
    unit: 'USD per vehicle',
    value: (v) => formatUsdExact(v),
    span: (a, b) => `${formatUsdExact(a)}–${formatUsdExact(b)}`,
  },
}

const tornadoCache = new WeakMap<WhatMattersMostSpecInput, Tornado>()

/** The model's tornado for this input (computed once per input object). */
export function tornadoWhatMattersMost(input: WhatMattersMostSpecInput): Tornado {
  let t = tornadoCache.get(input)
  if (!t) {
    t = tornado(input.exposed, input.inputs, input.bounds, { currency: input.currency, year: input.year })
    tornadoCache.set(input, t)
  }
  return t
}

/** "Share passed on to buyers: 50% (range 0–100%)": a bar's name on the page and in the editable deck. */
export function barLabel(b: TornadoBar, currency: Currency, fx: number): string {
  const i = INPUTS[b.key]
  return `${i.name}: ${i.value(b.current, currency, fx)} (range ${i.span(b.min, b.max, currency, fx)})`
}

function yearText(year: number): string {
  return year === FULL_RAMP ? 'at full ramp' : `in ${year}`
}

/** One end of a bar: the figure with the input at that end of its range, its colour and its label. */
export interface TornadoEnd {
  value: number
  color: string
  text: string
}

export interface TornadoRow {
  /** The input's key: the bar's category, and where a note sits (#9). */
  key: string
  name: string
  label: string
  /** [lowest, highest] of the bar's two ends and the value now, for the bar's extent. */
  span: [number, number]
  /** The value now, where the two ends meet. */
  central: number
  /** Input at range low, then at range high. */
  ends: [TornadoEnd, TornadoEnd]
}

function toRow(b: TornadoBar, input: WhatMattersMostSpecInput, isTariff: boolean): TornadoRow {
  const money = (v: number) => formatMoney(v, input.currency, input.fx)
  return {
    key: b.key,
    name: INPUTS[b.key].name,
    label: barLabel(b, input.currency, input.fx),
    span: [Math.min(b.atMin, b.atMax, b.central), Math.max(b.atMin, b.atMax, b.central)],
    central: b.central,
    ends: [
      { value: b.atMin, color: isTariff ? TONES.tariffLow : TONES.low, text: money(b.atMin) },
      { value: b.atMax, color: isTariff ? TONES.tariffHigh : TONES.high, text: money(b.atMax) },
    ],
  }
}

/** The bars drawn, top to bottom: the tariff for scale, then the assumptions, largest effect first. */
export function rowsWhatMattersMost(input: WhatMattersMostSpecInput): TornadoRow[] {
  const t = tornadoWhatMattersMost(input)
  return [toRow(t.tariff, input, true), ...t.bars.map((b) => toRow(b, input, false))]
}

/** The value axis: from zero to a round tick past the longest bar, with 10% room for its label. */
export function axisWhatMattersMost(input: WhatMattersMostSpecInput): { domain: [number, number]; ticks: number[] } {
  const widest = Math.max(...rowsWhatMattersMost(input).map((r) => r.span[1]))
  const ticks = niceMoneyTicks(1.1 * widest, input.currency, input.fx)
  return { domain: [0, ticks[ticks.length - 1] ?? 1], ticks }
}

/** The "Now" line: where it stands and its label. */
export function nowWhatMattersMost(input: WhatMattersMostSpecInput): { value: number; text: string } {
  const central = tornadoWhatMattersMost(input).central
  return { value: central, text: `Now ${formatMoney(central, input.currency, input.fx)}` }
}

export function legendWhatMattersMost(): readonly LegendItem[] {
  return LEGEND
}

const LEGEND: readonly LegendItem[] = [
  { label: 'Low end of range', color: TONES.low, mark: 'box' },
  { label: 'High end of range', color: TONES.high, mark: 'box' },
  { label: 'Tariff 2.5%', color: TONES.tariffLow, mark: 'box' },
  { label: 'Tariff 27.5%', color: TONES.tariffHigh, mark: 'box' },
  { label: 'Now', color: COLORS.marker, mark: 'line' },
]

/** What the chart shows, before the scenario caption. */
export function captionWhatMattersMost(input: Pick<WhatMattersMostSpecInput, 'year'>): string {
  return `Combined annual tariff cost with the partnership ${yearText(input.year)} as each assumption swings over its stated range, the others held; largest effect first. The tariff, for scale, over 2.5–27.5%.`
}

/** One sentence under the chart naming what is not drawn and why; null when everything is drawn. */
export function noteWhatMattersMost(input: WhatMattersMostSpecInput): string | null {
  const bars = tornadoWhatMattersMost(input).noEffect
  const { partnership } = input.inputs
  const year = input.year
  if (bars.length === 0) return null
  const by = (r: NoEffectReason) => bars.filter((b) => b.noEffect === r).map((b) => b.key)
  const parts: string[] = []
  if (by('development-cost').length) parts.push('shared software’s saving and ramp (they save development cost, not tariff)')
  if (by('vehicle-count').length) parts.push('import value per vehicle (it only turns value moved into vehicles)')
  if (by('dollars').length) parts.push('the exchange rate (the figures are in dollars)')
  const off = (['drivetrains', 'platforms'] as const).filter((o) => !partnership[o])
  if (by('option-off').length && off.length)
    parts.push(`${off.map((o) => OPTION_NAMES[o].short).join(' and ')}: share and ramp (switched off)`)
  const ramps = by('ramp-complete')
  if (ramps.length) {
    const names = ramps.map((k) => `${OPTION_NAMES[k === 'drivetrainsRampYears' ? 'drivetrains' : 'platforms'].short}’ ramp`).join(' and ')
    parts.push(
      year === FULL_RAMP
        ? `${names} (at full ramp the ramp no longer matters)`
        : `${names} (fully ramped by ${year} at either end of the range)`,
    )
  }
  const none = by('no-cost')
  if (none.length) parts.push(`${none.map((k) => INPUTS[k].name.toLowerCase()).join(', ')} (the cost is zero here)`)
  return `Not drawn, because they do not change this figure: ${parts.join('; ')}.`
}

/** The reason in the CSV's "effect" column. */
const NO_EFFECT_WORDS: Record<NoEffectReason, string> = {
  'development-cost': 'no effect: saves development cost, not tariff',
  'vehicle-count': 'no effect: only turns value moved into vehicles',
  dollars: 'no effect: figures are in dollars',
  'option-off': 'no effect: option switched off',
  'ramp-complete': 'no effect: fully ramped at either end of the range',
  'no-cost': 'no effect: the cost is zero here',
}

/** Every input, drawn or not, with its range, the figure at each end and the change. */
export function csvWhatMattersMost(input: WhatMattersMostSpecInput): CsvTable {
  const { currency, fx, year } = input
  const t = tornadoWhatMattersMost(input)
  const unit = moneyUnit(currency, fx)
  const figure = `combined annual tariff cost with the partnership ${yearText(year)}`
  const rows = [t.tariff, ...t.bars, ...t.noEffect].map((b) => [
    INPUTS[b.key].name,
    INPUTS[b.key].unit,
    b.current,
    b.min,
    b.max,
    moneyCell(b.atMin, currency, fx),
    moneyCell(b.atMax, currency, fx),
    moneyCell(b.central, currency, fx),
    moneyCell(b.atMin - b.central, currency, fx),
    moneyCell(b.atMax - b.central, currency, fx),
    b.key === 'tariffPct'
      ? 'the scenario’s tariff, over the preset range 2.5–27.5%'
      : b.noEffect === null
        ? 'changes it'
        : NO_EFFECT_WORDS[b.noEffect],
  ])
  return {
    columns: [
      'input',
      'unit of the input',
      'now',
      'range low',
      'range high',
      `${figure}, input at range low (${unit})`,
      `${figure}, input at range high (${unit})`,
      `${figure}, now (${unit})`,
      `change at range low (${unit})`,
      `change at range high (${unit})`,
      'effect',
    ],
    rows,
  }
}
