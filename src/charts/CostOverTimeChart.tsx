import { memo, useCallback, useMemo } from 'react'
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { useExposedImports } from '../data/useBaseline'
import { costPath, type PathRow } from '../model/projection'
import { useMoneyFormatters } from '../store/derived'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { useCurveInputs } from './useChartInputs'
import { ChartFrame } from './ChartFrame'
import { MeasuredContainer } from './MeasuredContainer'
import { chartMeta } from './chartMeta'
import { moneyCell, moneyUnit } from './csv'
import { COLORS, DASHES } from './palette'
import { useChartStyle, type ChartStyle } from './chartSize'
import { LiveAnchorProvider, LiveDot, LiveScale, useLiveAnchor } from './liveTariff'
import type { LegendItem } from './ChartLegend'
import { NoteLayer } from './ChartNotes'
import { yearNoteAnchors } from './noteAnchors'
import { PATH_YEARS } from '../model/projection'

export const COST_OVER_TIME_TITLE = chartMeta('cost-over-time').title

const LEGEND: readonly LegendItem[] = [
  { label: 'Nissan, with partnership', color: COLORS.nissanLight, mark: 'box', outline: { color: COLORS.nissan } },
  { label: 'Honda, with partnership', color: COLORS.hondaLight, mark: 'box', outline: { color: COLORS.honda, dash: DASHES.honda } },
  { label: 'Combined, without partnership', color: COLORS.combined, mark: 'dashed' },
]

export function CostOverTimeChart() {
  const exposed = useExposedImports()
  const others = useCurveInputs()
  const store = useScenarioStoreApi()
  const fx = useScenario(selectFx)
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const style = useChartStyle()
  const pathAt = useCallback((pct: number) => costPath(exposed, { ...others, tariffPct: pct }), [exposed, others])
  const maxAt = useCallback((pct: number) => Math.max(...pathAt(pct).map((r) => r.combinedWithoutUsd)), [pathAt])
  // While the slider moves, the areas and the line keep their data and scale (liveTariff.tsx).
  const { drawPct, anchorPct, yTicks } = useLiveAnchor(maxAt, ticks)
  const rows = useMemo(() => pathAt(drawPct), [pathAt, drawPct])
  const anyTariffOption = others.partnership.drivetrains || others.partnership.platforms
  const unit = moneyUnit(currency, fx)
  const csv = () => ({
    columns: ['year', `Nissan without partnership (${unit})`, `Nissan with partnership (${unit})`, `Honda without partnership (${unit})`, `Honda with partnership (${unit})`, `combined without partnership (${unit})`, `combined with partnership (${unit})`, `software development saving, both (${unit})`],
    rows: pathAt(store.getState().tariffPct).map((r) => [r.year, ...[r.nissanWithoutUsd, r.nissanWithUsd, r.hondaWithoutUsd, r.hondaWithUsd, r.combinedWithoutUsd, r.combinedWithUsd, r.softwareSavingUsd].map((v) => moneyCell(v, currency, fx))]),
  })
  return (
    <ChartFrame
      title={COST_OVER_TIME_TITLE}
      slug="cost-over-time"
      description="Yearly tariff cost 2025–2030 with the tariff held at the chosen rate; areas show each company with the partnership as it ramps up, the dashed line the combined cost without it."
      csv={csv}
      legend={LEGEND}
      wide
      notes={yearNoteAnchors(PATH_YEARS, () => store.getState().startYear)}
    >
      <LiveAnchorProvider anchorPct={anchorPct}>
        <CostPath rows={rows} yTicks={yTicks} money={money} axis={axis} startYear={anyTariffOption ? others.startYear : null} style={style} />
      </LiveAnchorProvider>
    </ChartFrame>
  )
}

interface CostPathProps {
  rows: PathRow[]
  yTicks: number[]
  money: (usd: number) => string
  axis: (usd: number) => string
  /** Where to mark the partnership's start; null when no option changes the tariff cost. */
  startYear: number | null
  style: ChartStyle
}

/**
 * The Recharts part alone, memoised on stable props and never animated (see
 * TariffCostByCompanyChart). The dots are LiveDots: a scaled layer would squash them.
 */
const CostPath = memo(function CostPath({ rows, yTicks, money, axis, startYear, style }: CostPathProps) {
  const { px, tick } = style
  const margin = useMemo(() => ({ top: px(24), right: px(28), bottom: 4, left: px(8) }), [px])
  const padding = useMemo(() => ({ left: px(16), right: px(16) }), [px])
  const dot = useMemo(() => <LiveDot look={{ r: px(3), strokeDasharray: 'none', fill: COLORS.combined }} />, [px])
  const domain = useMemo(() => [0, yTicks[yTicks.length - 1] ?? 1], [yTicks])
  const tooltipFormatter = useMemo(() => (v: unknown) => money(Number(v)), [money])
  const startLabel = useMemo(
    () => ({ value: `Partnership starts ${startYear}`, position: 'insideTopLeft' as const, fill: COLORS.partnership, fontSize: px(11) }),
    [startYear, px],
  )
  return (
    <div className="chart-plot">
    <MeasuredContainer height={style.height} initialDimension={{ width: 520, height: 300 }}>
      <ComposedChart data={rows} margin={margin}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="year" padding={padding} tick={tick} tickLine={false} height={px(30)} />
        <YAxis tickFormatter={axis} tick={tick} width={px(64)} ticks={yTicks} domain={domain} interval={0} />
        <Tooltip formatter={tooltipFormatter} />
        <Area type="linear" dataKey="nissanWithUsd" name="Nissan, with partnership" stackId="with" stroke={COLORS.nissan} fill={COLORS.nissanLight} fillOpacity={0.9} isAnimationActive={false} />
        <Area type="linear" dataKey="hondaWithUsd" name="Honda, with partnership" stackId="with" stroke={COLORS.honda} strokeWidth={2} strokeDasharray={DASHES.honda} fill={COLORS.hondaLight} fillOpacity={0.9} isAnimationActive={false} />
        <Line type="linear" dataKey="combinedWithoutUsd" name="Combined, without partnership" stroke={COLORS.combined} strokeWidth={2.5} strokeDasharray="6 4" dot={dot} isAnimationActive={false} />
        {startYear !== null && <ReferenceLine x={startYear} stroke={COLORS.partnership} strokeDasharray="3 3" label={startLabel} />}
        <LiveScale />
        <NoteLayer chart="cost-over-time" />
      </ComposedChart>
    </MeasuredContainer>
    </div>
  )
})
