import { memo, useCallback, useMemo } from 'react'
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { PlotGrid } from './PlotGrid'
import { useMoneyFormatters } from '../store/derived'
import { useExposedImports, usePublishedRates } from '../data/useBaseline'
import { useCurveInputs } from './useChartInputs'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { ChartFrame } from './ChartFrame'
import { MeasuredContainer } from './MeasuredContainer'
import { chartMeta } from './chartMeta'
import { COLORS } from './palette'
import { useChartStyle, type ChartStyle } from './chartSize'
import { liveBarTopLabel } from './barLabel'
import { LiveAnchorProvider, LiveScale, LiveYAxis, useLiveAnchor } from './liveTariff'
import { NoteLayer } from './ChartNotes'
import { COMPANY_NOTE_ANCHORS } from './noteAnchors'
import { COMPANY_NOTE_CATEGORIES } from '../model/notes'
import { axisFromTicks, moneyAxisTitle, titledMoneyAxisWidth } from './specs/axis'
import {
  captionTariffCostByCompany,
  csvTariffCostByCompany,
  legendTariffCostByCompany,
  maxTariffCostByCompany,
  rowsTariffCostByCompany,
  type CompanyRow,
} from './specs/tariff-cost-by-company'

export const TARIFF_COST_TITLE = chartMeta('tariff-cost-by-company').title

const companyCategory = (a: number | string) => COMPANY_NOTE_CATEGORIES[String(a)]

export function TariffCostByCompanyChart() {
  const exposed = useExposedImports()
  const others = useCurveInputs()
  const store = useScenarioStoreApi()
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const fx = useScenario(selectFx)
  const style = useChartStyle()
  const rates = usePublishedRates()
  const maxAt = useCallback((pct: number) => maxTariffCostByCompany({ exposed, inputs: { ...others, tariffPct: pct } }), [exposed, others])
  // While the slider moves, the bars keep their data and scale (liveTariff.tsx).
  const { drawPct, anchorPct, yTicks, viewTicks } = useLiveAnchor(maxAt, ticks)
  const rows = useMemo(() => rowsTariffCostByCompany({ exposed, inputs: { ...others, tariffPct: drawPct } }), [exposed, others, drawPct])
  const description = useMemo(() => captionTariffCostByCompany({ rates }), [rates])
  const csv = () => csvTariffCostByCompany({ exposed, inputs: { ...others, tariffPct: store.getState().tariffPct }, currency, fx, rates })
  return (
    <ChartFrame
      title={TARIFF_COST_TITLE}
      slug="tariff-cost-by-company"
      description={description}
      csv={csv}
      legend={legendTariffCostByCompany()}
      notes={COMPANY_NOTE_ANCHORS}
    >
      <LiveAnchorProvider anchorPct={anchorPct} yTicks={yTicks} viewTicks={viewTicks}>
        <CostBars
          rows={rows}
          yTicks={yTicks}
          money={money}
          axis={axis}
          unitLabel={moneyAxisTitle(currency)}
          axisWidth={titledMoneyAxisWidth(currency)}
          style={style}
        />
      </LiveAnchorProvider>
    </ChartFrame>
  )
}

interface CostBarsProps {
  rows: readonly CompanyRow[]
  yTicks: number[]
  money: (usd: number) => string
  axis: (usd: number) => string
  unitLabel: string
  /** Before scaling: titledMoneyAxisWidth. */
  axisWidth: number
  style: ChartStyle
}

const BAR_RADIUS: [number, number, number, number] = [3, 3, 0, 0]
const CURSOR = { fill: 'rgba(0,0,0,0.04)' }

/**
 * The Recharts part alone, memoised on stable props: while the tariff slider moves, its rows stay
 * those of the anchor tariff and it does not re-render; the labels and LiveScale follow the step.
 * Never animated: it follows the slider, and a bar still growing would show an older value than
 * the key figures beside it.
 */
const CostBars = memo(function CostBars({ rows, yTicks, money, axis, unitLabel, axisWidth, style }: CostBarsProps) {
  const { px, tick } = style
  const labelPx = px(12)
  const barGap = px(4)
  const labels = useMemo(
    () => ({
      without: liveBarTopLabel(money, COLORS.axis, labelPx, barGap),
      with: liveBarTopLabel(money, COLORS.partnership, labelPx, barGap),
    }),
    [money, labelPx, barGap],
  )
  const margin = useMemo(() => ({ top: px(24), right: px(12), bottom: 4, left: px(8) }), [px])
  const domain = useMemo(() => axisFromTicks(yTicks).domain, [yTicks])
  const yLabel = useMemo(
    () => ({ value: unitLabel, angle: -90, position: 'insideLeft' as const, fill: COLORS.axis, fontSize: px(12), dy: px(40) }),
    [unitLabel, px],
  )
  const tooltipFormatter = useMemo(() => (v: unknown) => money(Number(v)), [money])
  return (
    <div className="chart-plot">
      <MeasuredContainer height={style.height} initialDimension={{ width: 520, height: 300 }}>
        <BarChart data={rows} margin={margin} barGap={barGap}>
          <PlotGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="company" tick={tick} tickLine={false} height={px(30)} />
          <YAxis tickFormatter={axis} tick={tick} width={px(axisWidth)} ticks={yTicks} domain={domain} interval={0} label={yLabel} />
          <Tooltip formatter={tooltipFormatter} cursor={CURSOR} />
          <Bar dataKey="withoutUsd" name="Without partnership" fill={COLORS.combined} isAnimationActive={false} radius={BAR_RADIUS}>
            <LabelList dataKey="withoutUsd" content={labels.without} />
          </Bar>
          <Bar dataKey="withUsd" name="With partnership" fill={COLORS.partnership} isAnimationActive={false} radius={BAR_RADIUS}>
            <LabelList dataKey="withUsd" content={labels.with} />
          </Bar>
          <LiveScale />
          <LiveYAxis format={axis} tick={tick} grid={COLORS.grid} />
          <NoteLayer chart="tariff-cost-by-company" toValue={companyCategory} fromMargin />
        </BarChart>
      </MeasuredContainer>
    </div>
  )
})
