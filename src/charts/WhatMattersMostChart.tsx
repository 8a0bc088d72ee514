import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, type ReactElement } from 'react'
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts'
import { MeasuredContainer } from './MeasuredContainer'
import { useBaseline, useExposedImports } from '../data/useBaseline'
import { FULL_RAMP } from '../model/partnership'
import { PATH_YEARS } from '../model/projection'
import { tornado, type NoEffectReason, type Tornado, type TornadoBar } from '../model/tornado'
import type { AssumptionKey, Currency, PartnershipChoice } from '../model/scenario'
import { formatFx, formatMoney, formatPct, formatUsdExact, formatYears } from '../format/format'
import { OPTION_NAMES } from '../format/optionNames'
import { useMoneyFormatters } from '../store/derived'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { useCostInputs } from './useChartInputs'
import { ChartFrame } from './ChartFrame'
import { chartMeta } from './chartMeta'
import { moneyCell, moneyUnit, type CsvTable } from './csv'
import { COLORS } from './palette'
import { useChartSize, useChartStyle, type ChartStyle } from './chartSize'
import type { LegendItem } from './ChartLegend'
import { setTornadoYear, useTornadoYear } from './tornadoYear'
import { NoteLayer } from './ChartNotes'
import { rowNoteAnchors } from './noteAnchors'
import { selectIsAdjusting, useUiStore } from '../store/uiStore'

export const WHAT_MATTERS_TITLE = chartMeta('what-matters-most').title

/** Violet and teal: apart from the companies' blue and orange and from the partnership green. */
export const TONES = {
  low: '#7c3aed',
  high: '#0f766e',
  tariffLow: '#9ca3af',
  tariffHigh: '#4b5563',
} as const

const LEGEND: readonly LegendItem[] = [
  { label: 'Low end of range', color: TONES.low, mark: 'box' },
  { label: 'High end of range', color: TONES.high, mark: 'box' },
  { label: 'Tariff 2.5%', color: TONES.tariffLow, mark: 'box' },
  { label: 'Tariff 27.5%', color: TONES.tariffHigh, mark: 'box' },
  { label: 'Now', color: COLORS.marker, mark: 'line' },
]

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

/** "Share passed on to buyers: 50% (range 0–100%)": a bar's name on the page and in the editable deck. */
export function barLabel(b: TornadoBar, currency: Currency, fx: number): string {
  const i = INPUTS[b.key]
  return `${i.name}: ${i.value(b.current, currency, fx)} (range ${i.span(b.min, b.max, currency, fx)})`
}

function yearText(year: number): string {
  return year === FULL_RAMP ? 'at full ramp' : `in ${year}`
}

/** One sentence naming what is not drawn and why. */
export function noEffectNote(bars: readonly TornadoBar[], partnership: PartnershipChoice, year: number): string | null {
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

export interface TornadoRow {
  /** The input's key: where a note sits (#9). */
  key: string
  name: string
  label: string
  /** [lowest, highest] of the bar's two ends and the value now, for the bar's extent. */
  span: [number, number]
  atMin: number
  atMax: number
  central: number
  isTariff: boolean
}

function toRow(b: TornadoBar, currency: Currency, fx: number, isTariff: boolean): TornadoRow {
  return {
    key: b.key,
    name: INPUTS[b.key].name,
    label: barLabel(b, currency, fx),
    span: [Math.min(b.atMin, b.atMax, b.central), Math.max(b.atMin, b.atMax, b.central)],
    atMin: b.atMin,
    atMax: b.atMax,
    central: b.central,
    isTariff,
  }
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

function tornadoCsv(t: Tornado, currency: Currency, fx: number, year: number): CsvTable {
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

/**
 * The x-axis ticks, held while a slider moves (as the cost charts hold their y-axis): the bars
 * follow every step, but the axis is not re-fitted, so Recharts does not re-measure its tick text
 * on each step. It re-fits when the gesture ends, or at once if a bar would run past the held axis.
 */
function useHeldTicks(fitted: number[], needed: number): number[] {
  const isAdjusting = useUiStore(selectIsAdjusting)
  const held = useRef(fitted)
  const heldMax = held.current[held.current.length - 1] ?? 0
  if (!isAdjusting || needed > heldMax) held.current = fitted
  return held.current
}

/** Year picker on the page; the export stage and slides state the year in the caption. */
function YearChoice({ year }: { year: number }) {
  const id = useId()
  return (
    <div className="tornado-tools">
      <label htmlFor={id}>Year explained</label>
      <select
        id={id}
        value={year === FULL_RAMP ? 'full' : String(year)}
        onChange={(e) => setTornadoYear(e.currentTarget.value === 'full' ? FULL_RAMP : Number(e.currentTarget.value))}
      >
        <option value="full">Full ramp</option>
        {PATH_YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  )
}

export function WhatMattersMostChart() {
  const exposed = useExposedImports()
  const bounds = useBaseline().assumptions
  // Deferred: the tornado draws each step after the three tariff charts have drawn theirs (#7).
  // Its axis is held during a gesture (useHeldTicks), so a step redraws the bars, not the axis.
  const inputs = useDeferredValue(useCostInputs())
  const fx = useScenario(selectFx)
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const year = useTornadoYear()
  const { mode } = useChartSize()
  const style = useChartStyle()
  const t = useMemo(() => tornado(exposed, inputs, bounds, { currency, year }), [exposed, inputs, bounds, currency, year])
  const rows = useMemo(() => [toRow(t.tariff, currency, fx, true), ...t.bars.map((b) => toRow(b, currency, fx, false))], [t, currency, fx])
  const widest = useMemo(() => Math.max(...rows.map((r) => r.span[1])), [rows])
  const xTicks = useHeldTicks(
    useMemo(() => ticks(1.1 * widest), [ticks, widest]),
    widest,
  )
  const note = useMemo(() => noEffectNote(t.noEffect, inputs.partnership, year), [t, inputs.partnership, year])
  const csv = useCallback(() => tornadoCsv(t, currency, fx, year), [t, currency, fx, year])
  return (
    <ChartFrame
      title={WHAT_MATTERS_TITLE}
      slug="what-matters-most"
      description={`Combined annual tariff cost with the partnership ${yearText(year)} as each assumption swings over its stated range, the others held; largest effect first. The tariff, for scale, over 2.5–27.5%.`}
      csv={csv}
      legend={LEGEND}
      wide
      notes={rowNoteAnchors(rows)}
    >
      {mode === 'page' && <YearChoice year={year} />}
      <TornadoPlot rows={rows} central={t.central} xTicks={xTicks} money={money} axis={axis} style={style} />
      {note && <p className="tornado-note">{note}</p>}
    </ChartFrame>
  )
}

interface TornadoPlotProps {
  rows: readonly TornadoRow[]
  central: number
  xTicks: number[]
  money: (usd: number) => string
  axis: (usd: number) => string
  style: ChartStyle
}

interface ShapeProps {
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: TornadoRow
}

/**
 * One bar in two colours, split at the value now, with the value at each end and the input's name,
 * value and range above it. Drawn as plain SVG (no text measuring), so a slider step stays cheap
 * and the export stage copies it as it is.
 */
function tornadoShape(money: (usd: number) => string, fontSize: number, labelLeft: number) {
  return function TornadoShape(props: ShapeProps): ReactElement | null {
    const { x = 0, y = 0, width = 0, height = 0, payload } = props
    if (!payload) return null
    const [lo, hi] = payload.span
    const at = (v: number) => (hi > lo ? x + ((v - lo) / (hi - lo)) * width : x)
    const c = at(payload.central)
    const ends = [
      { v: payload.atMin, color: payload.isTariff ? TONES.tariffLow : TONES.low },
      { v: payload.atMax, color: payload.isTariff ? TONES.tariffHigh : TONES.high },
    ]
    // The longer segment first, so a shorter one on the same side stays visible on top.
    const segments = ends.map((e) => ({ ...e, px: at(e.v) })).sort((a, b) => Math.abs(b.px - c) - Math.abs(a.px - c))
    const gap = Math.round(fontSize / 3)
    return (
      <g>
        {/* A white halo keeps the name readable where the "Now" line crosses it. */}
        <text
          x={labelLeft}
          y={y - gap}
          fontSize={fontSize}
          fill={COLORS.axis}
          stroke="#ffffff"
          strokeWidth={3}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {payload.label}
        </text>
        {segments.map((s, i) => (
          <rect key={i} x={Math.min(s.px, c)} y={y} width={Math.max(Math.abs(s.px - c), 1)} height={height} fill={s.color} />
        ))}
        {segments.map((s, i) => {
          const left = s.px < c || (s.px === c && i === 0 && segments[1]!.px > c)
          return (
            <text
              key={`t${i}`}
              x={left ? s.px - gap : s.px + gap}
              y={y + height / 2}
              dy="0.35em"
              textAnchor={left ? 'end' : 'start'}
              fontSize={fontSize}
              fill={COLORS.axis}
            >
              {money(s.v)}
            </text>
          )
        })}
      </g>
    )
  }
}

const TornadoPlot = memo(function TornadoPlot({ rows, central, xTicks, money, axis, style }: TornadoPlotProps) {
  const { px, tick } = style
  const fontSize = px(12)
  const margin = useMemo(() => ({ top: px(28), right: px(64), bottom: 4, left: px(64) }), [px])
  const shape = useMemo(() => tornadoShape(money, fontSize, px(4)), [money, fontSize, px])
  const domain = useMemo(() => [0, xTicks[xTicks.length - 1] ?? 1], [xTicks])
  const nowLabel = useMemo(
    () => ({ value: `Now ${money(central)}`, position: 'top' as const, fill: COLORS.marker, fontSize }),
    [money, central, fontSize],
  )
  const height = style.height === '100%' ? '100%' : Math.max(style.height, rows.length * px(58) + px(60))
  return (
    // Measured once, and on the first view drawn after the four charts above it (MeasuredContainer).
    <MeasuredContainer height={height} initialDimension={{ width: 520, height: 300 }}>
      <BarChart data={rows} layout="vertical" margin={margin} barCategoryGap="42%">
        <CartesianGrid stroke={COLORS.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={axis} tick={tick} ticks={xTicks} domain={domain} interval={0} height={px(30)} />
        <YAxis type="category" dataKey="label" hide />
        <Bar dataKey="span" shape={shape} isAnimationActive={false} />
        {/* Under the bars (Recharts draws bars at z 300), so the row names stay on top of it. */}
        <ReferenceLine x={central} stroke={COLORS.marker} strokeWidth={2} label={nowLabel} zIndex={250} />
        <NoteLayer chart="what-matters-most" axis="y" toValue={(a) => rows.find((r) => r.key === a)?.label} />
      </BarChart>
    </MeasuredContainer>
  )
})
