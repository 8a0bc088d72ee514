import { memo, useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useMoneyFormatters } from '../store/derived'
import { useExposedImports } from '../data/useBaseline'
import { scenarioCost } from '../model/projection'
import { useDeferredCostInputs } from './useChartInputs'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { ChartFrame } from './ChartFrame'
import { chartMeta } from './chartMeta'
import { moneyCell, moneyUnit } from './csv'
import { ANIMATION_MS, COLORS } from './palette'
import { useChartStyle, type ChartStyle } from './chartSize'
import { useChartAnimation } from './useChartAnimation'
import { barTopLabel } from './barLabel'
import type { LegendItem } from './ChartLegend'

export const TARIFF_COST_TITLE = chartMeta('tariff-cost-by-company').title

const LEGEND: readonly LegendItem[] = [
  { label: 'Without partnership', color: COLORS.combined, mark: 'box' },
  { label: 'With partnership (full ramp)', color: COLORS.partnership, mark: 'box' },
]

export function TariffCostByCompanyChart() {
  const exposed = useExposedImports()
  const inputs = useDeferredCostInputs()
  const cost = useMemo(() => scenarioCost(exposed, inputs), [exposed, inputs])
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const fx = useScenario(selectFx)
  const animate = useChartAnimation()
  const style = useChartStyle()
  const rows = useMemo(
    () => [
      { company: 'Nissan', withoutUsd: cost.nissan.withoutUsd, withUsd: cost.nissan.withUsd },
      { company: 'Honda', withoutUsd: cost.honda.withoutUsd, withUsd: cost.honda.withUsd },
      { company: 'Combined', withoutUsd: cost.combined.withoutUsd, withUsd: cost.combined.withUsd },
    ],
    [cost],
  )
  const yTicks = useMemo(() => ticks(1.12 * rows[2]!.withoutUsd), [ticks, rows])
  const csv = () => ({
    columns: ['company', `tariff cost without partnership (${moneyUnit(currency, fx)})`, `tariff cost with partnership at full ramp (${moneyUnit(currency, fx)})`],
    rows: rows.map((r) => [r.company, moneyCell(r.withoutUsd, currency, fx), moneyCell(r.withUsd, currency, fx)]),
  })
  return (
    <ChartFrame
      title={TARIFF_COST_TITLE}
      slug="tariff-cost-by-company"
      description="Annual tariff cost over the 2.5% pre-trade-war rate, without and with the partnership at full ramp."
      csv={csv}
      legend={LEGEND}
    >
      <CostBars tariffPct={inputs.tariffPct} rows={rows} yTicks={yTicks} money={money} axis={axis} unitLabel={currency === 'JPY' ? '¥ B a year' : '$ B a year'} animate={animate} style={style} />
    </ChartFrame>
  )
}

interface CostBarsProps {
  /** The step these rows are for, as data-tariff: tests and the bench read which step is drawn. */
  tariffPct: number
  rows: readonly { company: string; withoutUsd: number; withUsd: number }[]
  yTicks: number[]
  money: (usd: number) => string
  axis: (usd: number) => string
  unitLabel: string
  animate: boolean | 'auto'
  style: ChartStyle
}

const BAR_RADIUS: [number, number, number, number] = [3, 3, 0, 0]
const CURSOR = { fill: 'rgba(0,0,0,0.04)' }

/**
 * The Recharts part alone, memoised: while the slider moves, the frame re-renders at once but
 * this only when its (deferred) rows arrive; every prop is stable between steps.
 */
const CostBars = memo(function CostBars({ tariffPct, rows, yTicks, money, axis, unitLabel, animate, style }: CostBarsProps) {
  const { px, tick } = style
  const labelPx = px(12)
  const labels = useMemo(
    () => ({ without: barTopLabel(money, COLORS.axis, labelPx), with: barTopLabel(money, COLORS.partnership, labelPx) }),
    [money, labelPx],
  )
  const margin = useMemo(() => ({ top: px(24), right: px(12), bottom: 4, left: px(8) }), [px])
  const domain = useMemo(() => [0, yTicks[yTicks.length - 1] ?? 1], [yTicks])
  const yLabel = useMemo(
    () => ({ value: unitLabel, angle: -90, position: 'insideLeft' as const, fill: COLORS.axis, fontSize: px(12), dy: px(40) }),
    [unitLabel, px],
  )
  const tooltipFormatter = useMemo(() => (v: unknown) => money(Number(v)), [money])
  return (
    <div data-tariff={tariffPct}>
    <ResponsiveContainer width="100%" height={style.height} initialDimension={{ width: 520, height: 300 }}>
      <BarChart data={rows} margin={margin} barGap={px(4)}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="company" tick={tick} tickLine={false} height={px(30)} />
        <YAxis tickFormatter={axis} tick={tick} width={px(64)} ticks={yTicks} domain={domain} interval={0} label={yLabel} />
        <Tooltip formatter={tooltipFormatter} cursor={CURSOR} />
        <Bar dataKey="withoutUsd" name="Without partnership" fill={COLORS.combined} isAnimationActive={animate} animationDuration={ANIMATION_MS} radius={BAR_RADIUS}>
          <LabelList dataKey="withoutUsd" content={labels.without} />
        </Bar>
        <Bar dataKey="withUsd" name="With partnership" fill={COLORS.partnership} isAnimationActive={animate} animationDuration={ANIMATION_MS} radius={BAR_RADIUS}>
          <LabelList dataKey="withUsd" content={labels.with} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
    </div>
  )
})
