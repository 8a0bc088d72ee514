import { memo, useMemo } from 'react'
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useExposedImports } from '../data/useBaseline'
import { costPath, type PathRow } from '../model/projection'
import { useMoneyFormatters } from '../store/derived'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { useDeferredCostInputs } from './useChartInputs'
import { ChartFrame } from './ChartFrame'
import { chartMeta } from './chartMeta'
import { moneyCell, moneyUnit } from './csv'
import { ANIMATION_MS, COLORS } from './palette'
import { useChartStyle, type ChartStyle } from './chartSize'
import { useChartAnimation } from './useChartAnimation'
import type { LegendItem } from './ChartLegend'

export const COST_OVER_TIME_TITLE = chartMeta('cost-over-time').title

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
  const style = useChartStyle()
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
      <CostPath tariffPct={inputs.tariffPct} rows={rows} yTicks={yTicks} money={money} axis={axis} startYear={anyTariffOption ? inputs.startYear : null} animate={animate} style={style} />
    </ChartFrame>
  )
}

interface CostPathProps {
  tariffPct: number
  rows: PathRow[]
  yTicks: number[]
  money: (usd: number) => string
  axis: (usd: number) => string
  /** Where to mark the partnership's start; null when no option changes the tariff cost. */
  startYear: number | null
  animate: boolean | 'auto'
  style: ChartStyle
}

/** The Recharts part alone, memoised on stable props (see TariffCostByCompanyChart). */
const CostPath = memo(function CostPath({ tariffPct, rows, yTicks, money, axis, startYear, animate, style }: CostPathProps) {
  const { px, tick } = style
  const margin = useMemo(() => ({ top: px(24), right: px(28), bottom: 4, left: px(8) }), [px])
  const padding = useMemo(() => ({ left: px(16), right: px(16) }), [px])
  const dot = useMemo(() => ({ r: px(3), strokeDasharray: 'none', fill: COLORS.combined }), [px])
  const domain = useMemo(() => [0, yTicks[yTicks.length - 1] ?? 1], [yTicks])
  const tooltipFormatter = useMemo(() => (v: unknown) => money(Number(v)), [money])
  const startLabel = useMemo(
    () => ({ value: `Partnership starts ${startYear}`, position: 'insideTopLeft' as const, fill: COLORS.partnership, fontSize: px(11) }),
    [startYear, px],
  )
  return (
    <div data-tariff={tariffPct}>
    <ResponsiveContainer width="100%" height={style.height} initialDimension={{ width: 520, height: 300 }}>
      <ComposedChart data={rows} margin={margin}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="year" padding={padding} tick={tick} tickLine={false} height={px(30)} />
        <YAxis tickFormatter={axis} tick={tick} width={px(64)} ticks={yTicks} domain={domain} interval={0} />
        <Tooltip formatter={tooltipFormatter} />
        <Area type="linear" dataKey="nissanWithUsd" name="Nissan, with partnership" stackId="with" stroke={COLORS.nissan} fill={COLORS.nissanLight} fillOpacity={0.9} isAnimationActive={animate} animationDuration={ANIMATION_MS} />
        <Area type="linear" dataKey="hondaWithUsd" name="Honda, with partnership" stackId="with" stroke={COLORS.honda} fill={COLORS.hondaLight} fillOpacity={0.9} isAnimationActive={animate} animationDuration={ANIMATION_MS} />
        <Line type="linear" dataKey="combinedWithoutUsd" name="Combined, without partnership" stroke={COLORS.combined} strokeWidth={2.5} strokeDasharray="6 4" dot={dot} isAnimationActive={animate} animationDuration={ANIMATION_MS} />
        {startYear !== null && <ReferenceLine x={startYear} stroke={COLORS.partnership} strokeDasharray="3 3" label={startLabel} />}
      </ComposedChart>
    </ResponsiveContainer>
    </div>
  )
})
