import { useMemo } from 'react'
import { Area, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { PlotGrid } from './PlotGrid'
import { useBaseline, useExposedImports, usePublishedRates } from '../data/useBaseline'
import { useMoneyFormatters } from '../store/derived'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { useCurveInputs } from './useChartInputs'
import { TariffMarker } from './TariffMarker'
import { formatPct } from '../format/format'
import { ChartFrame } from './ChartFrame'
import { MeasuredContainer } from './MeasuredContainer'
import { chartMeta } from './chartMeta'
import { ANIMATION_MS, COLORS, DASHES } from './palette'
import { useChartStyle } from './chartSize'
import { useChartAnimation } from './useChartAnimation'
import { NoteLayer } from './ChartNotes'
import { tariffNoteAnchors } from './noteAnchors'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { RangeToggle, tooltipMoney, useShowRange } from './rangeBand'
import { RANGE_LABEL } from './specs/range'
import { tariffAxis } from './specs/tariffAxis'
import {
  captionTariffSensitivity,
  csvTariffSensitivity,
  legendTariffSensitivity,
  referencesTariffSensitivity,
  rowsTariffSensitivity,
  showsPartnershipLine,
  tariffSensitivityAxis,
  type TariffSensitivitySpecInput,
} from './specs/tariff-sensitivity'

export const SENSITIVITY_TITLE = chartMeta('tariff-sensitivity').title
const TARIFF_AXIS = tariffAxis()

export function TariffSensitivityChart() {
  const store = useScenarioStoreApi()
  const exposed = useExposedImports()
  const inputs = useCurveInputs()
  const fx = useScenario(selectFx)
  const { money, axis, currency } = useMoneyFormatters()
  const style = useChartStyle()
  const { px, tick } = style
  const rates = usePublishedRates()
  // Two rows, so the labels stay apart where the lines are close (phones).
  const references = useMemo(() => {
    const { preWar, now } = referencesTariffSensitivity({ rates })
    const look = { position: 'insideTopLeft' as const, fill: COLORS.reference, fontSize: px(11) }
    return {
      preWar: { x: preWar.pct, label: { ...look, value: preWar.label } },
      now: { x: now.pct, label: { ...look, value: now.label, dy: px(14) } },
    }
  }, [rates, px])
  // The curve ignores the slider; dragging it only moves the marker.
  // The band ignores the slider too (a curve over all rates): a tariff step re-renders none of this.
  const bounds = useBaseline().assumptions
  const showRange = useShowRange('tariff-sensitivity')
  const spec = useMemo<TariffSensitivitySpecInput>(
    () => ({ exposed, inputs, bounds, currency, fx, showRange, rates }),
    [exposed, inputs, bounds, currency, fx, showRange, rates],
  )
  const rows = useMemo(() => rowsTariffSensitivity(spec), [spec])
  const animate = useChartAnimation(rows)
  const hasTariffOption = showsPartnershipLine(spec)
  const yAxis = useMemo(() => tariffSensitivityAxis(spec, rows), [spec, rows])
  const csv = () => csvTariffSensitivity(spec)
  return (
    <ChartFrame
      title={SENSITIVITY_TITLE}
      slug="tariff-sensitivity"
      description={captionTariffSensitivity(spec)}
      csv={csv}
      legend={legendTariffSensitivity(spec)}
      notes={tariffNoteAnchors(() => store.getState().tariffPct)}
    >
      <RangeToggle slug="tariff-sensitivity" />
      <MeasuredContainer height={style.height} initialDimension={{ width: 520, height: 300 }}>
        <ComposedChart data={rows} margin={{ top: px(24), right: px(20), bottom: px(16), left: px(8) }}>
          <PlotGrid stroke={COLORS.grid} />
          <XAxis
            dataKey="tariffPct"
            type="number"
            domain={TARIFF_AXIS.domain}
            ticks={TARIFF_AXIS.ticks}
            tickFormatter={formatPct}
            tick={tick}
            height={px(30)}
            label={{
              value: TARIFF_AXIS.title,
              position: 'insideBottom',
              offset: -px(10),
              fill: COLORS.axis,
              fontSize: px(12),
            }}
          />
          <YAxis tickFormatter={axis} tick={tick} width={px(64)} ticks={yAxis.ticks} domain={yAxis.domain} interval={0} />
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
          <ReferenceLine x={references.preWar.x} stroke={COLORS.reference} strokeDasharray="4 3" label={references.preWar.label} />
          <ReferenceLine x={references.now.x} stroke={COLORS.reference} strokeDasharray="4 3" label={references.now.label} />
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
