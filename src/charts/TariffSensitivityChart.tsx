import { useMemo } from 'react'
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { useBaseline, useExposedImports } from '../data/useBaseline'
import { sensitivityBands } from '../model/bands'
import { sensitivityCurve, type SensitivityRow } from '../model/projection'
import { useMoneyFormatters } from '../store/derived'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { useCurveInputs } from './useChartInputs'
import { TariffMarker } from './TariffMarker'
import { formatPct } from '../format/format'
import { BASELINE_TARIFF_PCT } from '../model/tariffCost'
import { ChartFrame } from './ChartFrame'
import { MeasuredContainer } from './MeasuredContainer'
import { chartMeta } from './chartMeta'
import { ANIMATION_MS, COLORS, DASHES, TARIFF_AXIS_TICKS } from './palette'
import { useChartStyle } from './chartSize'
import { useChartAnimation } from './useChartAnimation'
import type { LegendItem } from './ChartLegend'
import { NoteLayer } from './ChartNotes'
import { tariffNoteAnchors } from './noteAnchors'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { rangeCaption, RANGE_LABEL, RANGE_LEGEND_ITEM, RangeToggle, sensitivityCsv, tooltipMoney, useShowRange } from './rangeBand'

export const SENSITIVITY_TITLE = chartMeta('tariff-sensitivity').title
const CURRENT_PUBLISHED_PCT = 15

const LEGEND: readonly LegendItem[] = [
  { label: 'Nissan', color: COLORS.nissan, mark: 'dashed', dash: DASHES.nissan },
  { label: 'Honda', color: COLORS.honda, mark: 'dashed', dash: DASHES.honda },
  { label: 'Combined', color: COLORS.combined, mark: 'line' },
  { label: 'Current setting', color: COLORS.marker, mark: 'dot' },
]
const LEGEND_WITH_PARTNERSHIP: readonly LegendItem[] = [
  ...LEGEND.slice(0, 3),
  { label: 'Combined, with partnership', color: COLORS.partnership, mark: 'dashed', dash: DASHES.partnership },
  ...LEGEND.slice(3),
]
const withRange = (items: readonly LegendItem[]) => [...items.slice(0, -1), RANGE_LEGEND_ITEM, ...items.slice(-1)]
const LEGENDS = {
  plain: LEGEND,
  partnership: LEGEND_WITH_PARTNERSHIP,
  plainRange: withRange(LEGEND),
  partnershipRange: withRange(LEGEND_WITH_PARTNERSHIP),
}
const DESCRIPTION = 'Annual tariff cost at every rate from 0% to 50%; the red marker is the current setting.'

export function TariffSensitivityChart() {
  const store = useScenarioStoreApi()
  const exposed = useExposedImports()
  const inputs = useCurveInputs()
  const fx = useScenario(selectFx)
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const style = useChartStyle()
  const { px, tick } = style
  // Two rows, so the labels stay apart where the lines are close (phones).
  const refLabels = useMemo(() => {
    const preWar = { value: '2.5% pre-war', position: 'insideTopLeft' as const, fill: COLORS.reference, fontSize: px(11) }
    return { preWar, now: { ...preWar, value: '15% now', dy: px(14) } }
  }, [px])
  // The curve ignores the slider; dragging it only moves the marker.
  // The band ignores the slider too (a curve over all rates): a tariff step re-renders none of this.
  const bounds = useBaseline().assumptions
  const showRange = useShowRange('tariff-sensitivity')
  const rows = useMemo<(SensitivityRow & { band?: [number, number] })[]>(() => {
    const curve = sensitivityCurve(exposed, inputs)
    if (!showRange) return curve
    const bands = sensitivityBands(
      exposed,
      inputs,
      bounds,
      currency,
      curve.map((r) => r.tariffPct),
    )
    return curve.map((r, i) => ({ ...r, band: [bands[i]!.withUsd.low, bands[i]!.withUsd.high] as [number, number] }))
  }, [exposed, inputs, bounds, currency, showRange])
  const animate = useChartAnimation(rows)
  const hasTariffOption = inputs.partnership.drivetrains || inputs.partnership.platforms
  const yTicks = useMemo(() => ticks(Math.max(...rows.map((r) => Math.max(r.combinedUsd, r.band?.[1] ?? 0)))), [ticks, rows])
  const csv = () => sensitivityCsv(exposed, inputs, bounds, currency, fx)
  const legend = LEGENDS[`${hasTariffOption ? 'partnership' : 'plain'}${showRange ? 'Range' : ''}` as const]
  return (
    <ChartFrame
      title={SENSITIVITY_TITLE}
      slug="tariff-sensitivity"
      description={showRange ? `${DESCRIPTION} ${rangeCaption(hasTariffOption)}` : DESCRIPTION}
      csv={csv}
      legend={legend}
      notes={tariffNoteAnchors(() => store.getState().tariffPct)}
    >
      <RangeToggle slug="tariff-sensitivity" />
      <MeasuredContainer height={style.height} initialDimension={{ width: 520, height: 300 }}>
        <ComposedChart data={rows} margin={{ top: px(24), right: px(20), bottom: px(16), left: px(8) }}>
          <CartesianGrid stroke={COLORS.grid} />
          <XAxis
            dataKey="tariffPct"
            type="number"
            domain={[0, 50]}
            ticks={TARIFF_AXIS_TICKS}
            tickFormatter={formatPct}
            tick={tick}
            height={px(30)}
            label={{
              value: 'US tariff on Japanese imports',
              position: 'insideBottom',
              offset: -px(10),
              fill: COLORS.axis,
              fontSize: px(12),
            }}
          />
          <YAxis tickFormatter={axis} tick={tick} width={px(64)} ticks={yTicks} domain={[0, yTicks[yTicks.length - 1] ?? 1]} interval={0} />
          <Tooltip formatter={tooltipMoney(money)} labelFormatter={(l) => `Tariff ${formatPct(Number(l))}`} />
          {showRange && (
            <Area
              type="linear"
              dataKey="band"
              name={RANGE_LABEL}
              stroke={COLORS.bandEdge}
              strokeWidth={1}
              strokeDasharray="3 2"
              fill={COLORS.band}
              fillOpacity={0.55}
              isAnimationActive={animate}
              animationDuration={ANIMATION_MS}
              className="range-band"
            />
          )}
          <ReferenceLine x={BASELINE_TARIFF_PCT} stroke={COLORS.reference} strokeDasharray="4 3" label={refLabels.preWar} />
          <ReferenceLine x={CURRENT_PUBLISHED_PCT} stroke={COLORS.reference} strokeDasharray="4 3" label={refLabels.now} />
          <Line
            dataKey="nissanUsd"
            name="Nissan"
            stroke={COLORS.nissan}
            strokeWidth={2}
            strokeDasharray={DASHES.nissan}
            dot={false}
            isAnimationActive={animate}
            animationDuration={ANIMATION_MS}
          />
          <Line
            dataKey="hondaUsd"
            name="Honda"
            stroke={COLORS.honda}
            strokeWidth={2}
            strokeDasharray={DASHES.honda}
            dot={false}
            isAnimationActive={animate}
            animationDuration={ANIMATION_MS}
          />
          <Line
            dataKey="combinedUsd"
            name="Combined"
            stroke={COLORS.combined}
            strokeWidth={3}
            dot={false}
            isAnimationActive={animate}
            animationDuration={ANIMATION_MS}
          />
          {hasTariffOption && (
            <Line
              dataKey="combinedWithUsd"
              name="Combined, with partnership"
              stroke={COLORS.partnership}
              strokeWidth={3}
              strokeDasharray={DASHES.partnership}
              dot={false}
              isAnimationActive={animate}
              animationDuration={ANIMATION_MS}
            />
          )}
          <TariffMarker />
          <NoteLayer chart="tariff-sensitivity" />
        </ComposedChart>
      </MeasuredContainer>
    </ChartFrame>
  )
}
