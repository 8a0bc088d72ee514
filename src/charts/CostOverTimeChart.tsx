import { useMemo } from 'react'
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useExposedImports } from '../data/useBaseline'
import { costPath } from '../model/projection'
import { useMoneyFormatters } from '../store/derived'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { useDeferredCostInputs } from './useChartInputs'
import { ChartFrame } from './ChartFrame'
import { moneyCell, moneyUnit } from './csv'
import { AXIS_TICK, CHART_HEIGHT, COLORS } from './palette'
import { useChartAnimation } from './useChartAnimation'
import type { LegendItem } from './ChartLegend'

export const COST_OVER_TIME_TITLE = 'Cost over time'

const LEGEND: readonly LegendItem[] = [
  { label: 'Nissan, with partnership', color: COLORS.nissanLight, mark: 'box' },
  { label: 'Honda, with partnership', color: COLORS.hondaLight, mark: 'box' },
  { label: 'Combined, without partnership', color: COLORS.combined, mark: 'dashed' },
]

export function CostOverTimeChart() {
  const exposed = useExposedImports()
  const inputs = useDeferredCostInputs()
  const fx = useScenario(selectFx)
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const animate = useChartAnimation()
  const rows = useMemo(() => costPath(exposed, inputs), [exposed, inputs])
  const anyTariffOption = inputs.partnership.drivetrains || inputs.partnership.platforms
  const unit = moneyUnit(currency, fx)
  const yTicks = useMemo(() => ticks(1.12 * Math.max(...rows.map((r) => r.combinedWithoutUsd))), [ticks, rows])
  const csv = () => ({
    columns: ['year', `Nissan without partnership (${unit})`, `Nissan with partnership (${unit})`, `Honda without partnership (${unit})`, `Honda with partnership (${unit})`, `combined without partnership (${unit})`, `combined with partnership (${unit})`, `software development saving, both (${unit})`],
    rows: rows.map((r) => [r.year, ...[r.nissanWithoutUsd, r.nissanWithUsd, r.hondaWithoutUsd, r.hondaWithUsd, r.combinedWithoutUsd, r.combinedWithUsd, r.softwareSavingUsd].map((v) => moneyCell(v, currency, fx))]),
  })
  return (
    <ChartFrame
      title={COST_OVER_TIME_TITLE}
      slug="cost-over-time"
      description="Yearly tariff cost 2025–2030 with the tariff held at the chosen rate; areas show each company with the partnership as it ramps up, the dashed line the combined cost without it."
      csv={csv}
      legend={LEGEND}
      wide
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 520, height: CHART_HEIGHT }}>
        <ComposedChart data={rows} margin={{ top: 24, right: 28, bottom: 4, left: 8 }}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="year" padding={{ left: 16, right: 16 }} tick={AXIS_TICK} tickLine={false} />
          <YAxis tickFormatter={axis} tick={AXIS_TICK} width={64} ticks={yTicks} domain={[0, yTicks[yTicks.length - 1] ?? 1]} interval={0} />
          <Tooltip formatter={(v) => money(Number(v))} />
          <Area type="linear" dataKey="nissanWithUsd" name="Nissan, with partnership" stackId="with" stroke={COLORS.nissan} fill={COLORS.nissanLight} fillOpacity={0.9} isAnimationActive={animate} />
          <Area type="linear" dataKey="hondaWithUsd" name="Honda, with partnership" stackId="with" stroke={COLORS.honda} fill={COLORS.hondaLight} fillOpacity={0.9} isAnimationActive={animate} />
          <Line type="linear" dataKey="combinedWithoutUsd" name="Combined, without partnership" stroke={COLORS.combined} strokeWidth={2.5} strokeDasharray="6 4" dot={{ r: 3 }} isAnimationActive={animate} />
          {anyTariffOption && (
            <ReferenceLine x={inputs.startYear} stroke={COLORS.partnership} strokeDasharray="3 3" label={{ value: `Partnership starts ${inputs.startYear}`, position: 'insideTopLeft', fill: COLORS.partnership, fontSize: 11 }} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}
