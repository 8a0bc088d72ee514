import { useMemo } from 'react'
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { useExposedImports } from '../data/useBaseline'
import { sensitivityCurve } from '../model/projection'
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
import { moneyCell, moneyUnit } from './csv'
import { ANIMATION_MS, COLORS, DASHES, TARIFF_AXIS_TICKS } from './palette'
import { useChartStyle } from './chartSize'
import { useChartAnimation } from './useChartAnimation'
import type { LegendItem } from './ChartLegend'
import { NoteLayer } from './ChartNotes'
import { tariffNoteAnchors } from './noteAnchors'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'

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
  const rows = useMemo(() => sensitivityCurve(exposed, inputs), [exposed, inputs])
  const animate = useChartAnimation(rows)
  const hasTariffOption = inputs.partnership.drivetrains || inputs.partnership.platforms
  const yTicks = useMemo(() => ticks(Math.max(...rows.map((r) => r.combinedUsd))), [ticks, rows])
  const csv = () => ({
    columns: [
      'tariff (%)',
      `Nissan (${moneyUnit(currency, fx)})`,
      `Honda (${moneyUnit(currency, fx)})`,
      `combined (${moneyUnit(currency, fx)})`,
      `combined with partnership at full ramp (${moneyUnit(currency, fx)})`,
    ],
    rows: rows.map((r) => [r.tariffPct, moneyCell(r.nissanUsd, currency, fx), moneyCell(r.hondaUsd, currency, fx), moneyCell(r.combinedUsd, currency, fx), moneyCell(r.combinedWithUsd, currency, fx)]),
  })
  return (
    <ChartFrame
      title={SENSITIVITY_TITLE}
      slug="tariff-sensitivity"
      description="Annual tariff cost at every rate from 0% to 50%; the red marker is the current setting."
      csv={csv}
      legend={hasTariffOption ? LEGEND_WITH_PARTNERSHIP : LEGEND}
      notes={tariffNoteAnchors(() => store.getState().tariffPct)}
    >
      <MeasuredContainer height={style.height} initialDimension={{ width: 520, height: 300 }}>
        <LineChart data={rows} margin={{ top: px(24), right: px(20), bottom: px(16), left: px(8) }}>
          <CartesianGrid stroke={COLORS.grid} />
          <XAxis
            dataKey="tariffPct"
            type="number"
            domain={[0, 50]}
            ticks={TARIFF_AXIS_TICKS}
            tickFormatter={formatPct}
            tick={tick}
            height={px(30)}
            label={{ value: 'US tariff on Japanese imports', position: 'insideBottom', offset: -px(10), fill: COLORS.axis, fontSize: px(12) }}
          />
          <YAxis tickFormatter={axis} tick={tick} width={px(64)} ticks={yTicks} domain={[0, yTicks[yTicks.length - 1] ?? 1]} interval={0} />
          <Tooltip formatter={(v) => money(Number(v))} labelFormatter={(l) => `Tariff ${formatPct(Number(l))}`} />
          <ReferenceLine x={BASELINE_TARIFF_PCT} stroke={COLORS.reference} strokeDasharray="4 3" label={refLabels.preWar} />
          <ReferenceLine x={CURRENT_PUBLISHED_PCT} stroke={COLORS.reference} strokeDasharray="4 3" label={refLabels.now} />
          <Line dataKey="nissanUsd" name="Nissan" stroke={COLORS.nissan} strokeWidth={2} strokeDasharray={DASHES.nissan} dot={false} isAnimationActive={animate} animationDuration={ANIMATION_MS} />
          <Line dataKey="hondaUsd" name="Honda" stroke={COLORS.honda} strokeWidth={2} strokeDasharray={DASHES.honda} dot={false} isAnimationActive={animate} animationDuration={ANIMATION_MS} />
          <Line dataKey="combinedUsd" name="Combined" stroke={COLORS.combined} strokeWidth={3} dot={false} isAnimationActive={animate} animationDuration={ANIMATION_MS} />
          {hasTariffOption && (
            <Line dataKey="combinedWithUsd" name="Combined, with partnership" stroke={COLORS.partnership} strokeWidth={3} strokeDasharray={DASHES.partnership} dot={false} isAnimationActive={animate} animationDuration={ANIMATION_MS} />
          )}
          <TariffMarker />
          <NoteLayer chart="tariff-sensitivity" />
        </LineChart>
      </MeasuredContainer>
    </ChartFrame>
  )
}
