import { memo, useCallback, useMemo } from 'react'
import { Area, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { PlotGrid } from './PlotGrid'
import { useBaseline, useExposedImports } from '../data/useBaseline'
import { PATH_YEARS } from '../model/projection'
import { useMoneyFormatters } from '../store/derived'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { useCurveInputs } from './useChartInputs'
import { ChartFrame } from './ChartFrame'
import { MeasuredContainer } from './MeasuredContainer'
import { chartMeta } from './chartMeta'
import { COLORS, DASHES } from './palette'
import { useChartStyle, type ChartStyle } from './chartSize'
import { LiveAnchorProvider, LineDot, LiveScale, LiveYAxis, useLiveAnchor } from './liveTariff'
import { NoteLayer } from './ChartNotes'
import { yearNoteAnchors } from './noteAnchors'
import { RangeToggle, tooltipMoney, useShowRange } from './rangeBand'
import { axisFromTicks } from './specs/axis'
import { RANGE_LABEL } from './specs/range'
import {
  bandCostOverTime,
  captionCostOverTime,
  csvCostOverTime,
  joinBand,
  legendCostOverTime,
  maxCostOverTime,
  pathCostOverTime,
  startLabelCostOverTime,
  startLabelSideCostOverTime,
  startYearCostOverTime,
  type CostOverTimeRow,
} from './specs/cost-over-time'

/** One result per tariff rate, computed on first use: a gesture asks for the same rate many times. */
function memoByRate<T>(compute: (pct: number) => T): (pct: number) => T {
  const cache = new Map<number, T>()
  return (pct) => {
    if (!cache.has(pct)) cache.set(pct, compute(pct))
    return cache.get(pct) as T
  }
}

export const COST_OVER_TIME_TITLE = chartMeta('cost-over-time').title

export function CostOverTimeChart() {
  const exposed = useExposedImports()
  const others = useCurveInputs()
  const store = useScenarioStoreApi()
  const fx = useScenario(selectFx)
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const style = useChartStyle()
  const bounds = useBaseline().assumptions
  const showRange = useShowRange('cost-over-time')
  const pathAt = useCallback((pct: number) => pathCostOverTime({ exposed, inputs: { ...others, tariffPct: pct } }), [exposed, others])
  // The band at a tariff, kept per rate: the live selector asks for the held rate on every step.
  const bandAt = useMemo(
    () => memoByRate((pct) => bandCostOverTime({ exposed, inputs: { ...others, tariffPct: pct }, bounds, currency })),
    [exposed, others, bounds, currency],
  )
  const maxAt = useCallback((pct: number) => maxCostOverTime(pathAt(pct), showRange ? bandAt(pct) : null), [pathAt, bandAt, showRange])
  // While the slider moves, the areas, the band and the line keep their data and scale (liveTariff.tsx):
  // every corner's cost is (t − 2.5%) times a factor of its own, so the band scales as the lines do.
  const { drawPct, anchorPct, yTicks, viewTicks } = useLiveAnchor(maxAt, ticks)
  const rows = useMemo(() => joinBand(pathAt(drawPct), showRange ? bandAt(drawPct) : null), [pathAt, bandAt, drawPct, showRange])
  const startYear = startYearCostOverTime({ inputs: others })
  const csv = () =>
    csvCostOverTime({ exposed, inputs: { ...others, tariffPct: store.getState().tariffPct }, bounds, currency, fx, showRange })
  return (
    <ChartFrame
      title={COST_OVER_TIME_TITLE}
      slug="cost-over-time"
      description={captionCostOverTime({ inputs: others, showRange })}
      csv={csv}
      legend={legendCostOverTime({ showRange })}
      wide
      notes={yearNoteAnchors(PATH_YEARS, () => store.getState().startYear)}
    >
      <RangeToggle slug="cost-over-time" />
      <LiveAnchorProvider anchorPct={anchorPct} yTicks={yTicks} viewTicks={viewTicks}>
        <CostPath rows={rows} yTicks={yTicks} money={money} axis={axis} startYear={startYear} style={style} />
      </LiveAnchorProvider>
    </ChartFrame>
  )
}

interface CostPathProps {
  rows: CostOverTimeRow[]
  yTicks: number[]
  money: (usd: number) => string
  axis: (usd: number) => string
  /** Where to mark the partnership's start; null when no option changes the tariff cost. */
  startYear: number | null
  style: ChartStyle
}

/**
 * The Recharts part alone, memoised on stable props and never animated (see
 * TariffCostByCompanyChart). The dots are LineDots: they move with the line and keep their shape.
 */
const CostPath = memo(function CostPath({ rows, yTicks, money, axis, startYear, style }: CostPathProps) {
  const { px, tick } = style
  const margin = useMemo(() => ({ top: px(24), right: px(28), bottom: 4, left: px(8) }), [px])
  const padding = useMemo(() => ({ left: px(16), right: px(16) }), [px])
  const dot = useMemo(() => <LineDot look={{ r: px(3), strokeDasharray: 'none', fill: COLORS.combined }} />, [px])
  const domain = useMemo(() => axisFromTicks(yTicks).domain, [yTicks])
  const tooltipFormatter = useMemo(() => tooltipMoney(money), [money])
  const startLabel = useMemo(
    () => ({
      value: startYear === null ? '' : startLabelCostOverTime(startYear),
      position: startYear === null ? ('insideTopLeft' as const) : startLabelSideCostOverTime(startYear),
      fill: COLORS.partnership,
      fontSize: px(11),
    }),
    [startYear, px],
  )
  return (
    <div className="chart-plot">
      <MeasuredContainer height={style.height} initialDimension={{ width: 520, height: 300 }}>
        <ComposedChart data={rows} margin={margin}>
          <PlotGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="year" padding={padding} tick={tick} tickLine={false} height={px(30)} />
          <YAxis tickFormatter={axis} tick={tick} width={px(64)} ticks={yTicks} domain={domain} interval={0} />
          <Tooltip formatter={tooltipFormatter} />
          {/* The band first, behind the areas; inside the scaled layer (.recharts-area) during a gesture. */}
          {rows[0]?.band && (
            <Area
              type="linear"
              dataKey="band"
              name={RANGE_LABEL}
              stroke={COLORS.bandEdge}
              strokeWidth={1}
              strokeDasharray="3 2"
              fill={COLORS.band}
              fillOpacity={0.55}
              isAnimationActive={false}
              className="range-band"
            />
          )}
          <Area
            type="linear"
            dataKey="nissanWithUsd"
            name="Nissan, with partnership"
            stackId="with"
            stroke={COLORS.nissan}
            fill={COLORS.nissanLight}
            fillOpacity={0.9}
            isAnimationActive={false}
          />
          <Area
            type="linear"
            dataKey="hondaWithUsd"
            name="Honda, with partnership"
            stackId="with"
            stroke={COLORS.honda}
            strokeWidth={2}
            strokeDasharray={DASHES.honda}
            fill={COLORS.hondaLight}
            fillOpacity={0.9}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="combinedWithoutUsd"
            name="Combined, without partnership"
            stroke={COLORS.combined}
            strokeWidth={2.5}
            strokeDasharray="6 4"
            dot={dot}
            isAnimationActive={false}
          />
          {startYear !== null && <ReferenceLine x={startYear} stroke={COLORS.partnership} strokeDasharray="3 3" label={startLabel} />}
          <LiveScale />
          <LiveYAxis format={axis} tick={tick} grid={COLORS.grid} />
          <NoteLayer chart="cost-over-time" />
        </ComposedChart>
      </MeasuredContainer>
    </div>
  )
})
