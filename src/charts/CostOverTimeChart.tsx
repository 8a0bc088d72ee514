import { memo, useCallback, useMemo } from 'react'
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { useBaseline, useExposedImports } from '../data/useBaseline'
import { costPathBands } from '../model/bands'
import { costPath, PATH_YEARS, type PathRow } from '../model/projection'
import { useMoneyFormatters } from '../store/derived'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { useCurveInputs } from './useChartInputs'
import { ChartFrame } from './ChartFrame'
import { MeasuredContainer } from './MeasuredContainer'
import { chartMeta } from './chartMeta'
import { COLORS, DASHES } from './palette'
import { useChartStyle, type ChartStyle } from './chartSize'
import { LiveAnchorProvider, LiveDot, LiveScale, useLiveAnchor } from './liveTariff'
import type { LegendItem } from './ChartLegend'
import { NoteLayer } from './ChartNotes'
import { yearNoteAnchors } from './noteAnchors'
import { costOverTimeCsv, rangeCaption, RANGE_LABEL, RANGE_LEGEND_ITEM, RangeToggle, tooltipMoney, useShowRange } from './rangeBand'

/** One result per tariff rate, computed on first use: a gesture asks for the same rate many times. */
function memoByRate<T>(compute: (pct: number) => T): (pct: number) => T {
  const cache = new Map<number, T>()
  return (pct) => {
    if (!cache.has(pct)) cache.set(pct, compute(pct))
    return cache.get(pct) as T
  }
}

export const COST_OVER_TIME_TITLE = chartMeta('cost-over-time').title

const LEGEND: readonly LegendItem[] = [
  { label: 'Nissan, with partnership', color: COLORS.nissanLight, mark: 'box', outline: { color: COLORS.nissan } },
  { label: 'Honda, with partnership', color: COLORS.hondaLight, mark: 'box', outline: { color: COLORS.honda, dash: DASHES.honda } },
  { label: 'Combined, without partnership', color: COLORS.combined, mark: 'dashed' },
]
const LEGEND_WITH_RANGE: readonly LegendItem[] = [...LEGEND, RANGE_LEGEND_ITEM]
const DESCRIPTION =
  'Yearly tariff cost 2025–2030 with the tariff held at the chosen rate; areas show each company with the partnership as it ramps up, the dashed line the combined cost without it.'

/** A year's figures and, when shown, the band of the combined cost with the partnership as [low, high]. */
type BandRow = PathRow & { band?: [number, number] }

export function CostOverTimeChart() {
  const exposed = useExposedImports()
  const others = useCurveInputs()
  const store = useScenarioStoreApi()
  const fx = useScenario(selectFx)
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const style = useChartStyle()
  const bounds = useBaseline().assumptions
  const showRange = useShowRange('cost-over-time')
  const pathAt = useCallback((pct: number) => costPath(exposed, { ...others, tariffPct: pct }), [exposed, others])
  // The band at a tariff, kept per rate: the live selector asks for the held rate on every step.
  const bandAt = useMemo(
    () =>
      memoByRate((pct) =>
        costPathBands(exposed, { ...others, tariffPct: pct }, bounds, currency, PATH_YEARS).map((b): [number, number] => [
          b.withUsd.low,
          b.withUsd.high,
        ]),
      ),
    [exposed, others, bounds, currency],
  )
  const maxAt = useCallback(
    (pct: number) => Math.max(...pathAt(pct).map((r) => r.combinedWithoutUsd), ...(showRange ? bandAt(pct).map((b) => b[1]) : [])),
    [pathAt, bandAt, showRange],
  )
  // While the slider moves, the areas, the band and the line keep their data and scale (liveTariff.tsx):
  // every corner's cost is (t − 2.5%) times a factor of its own, so the band scales as the lines do.
  const { drawPct, anchorPct, yTicks } = useLiveAnchor(maxAt, ticks)
  const rows = useMemo<BandRow[]>(() => {
    const path = pathAt(drawPct)
    if (!showRange) return path
    const band = bandAt(drawPct)
    return path.map((r, i) => ({ ...r, band: band[i] }))
  }, [pathAt, bandAt, drawPct, showRange])
  const anyTariffOption = others.partnership.drivetrains || others.partnership.platforms
  const csv = () => costOverTimeCsv(exposed, { ...others, tariffPct: store.getState().tariffPct }, bounds, currency, fx)
  return (
    <ChartFrame
      title={COST_OVER_TIME_TITLE}
      slug="cost-over-time"
      description={showRange ? `${DESCRIPTION} ${rangeCaption(anyTariffOption)}` : DESCRIPTION}
      csv={csv}
      legend={showRange ? LEGEND_WITH_RANGE : LEGEND}
      wide
      notes={yearNoteAnchors(PATH_YEARS, () => store.getState().startYear)}
    >
      <RangeToggle slug="cost-over-time" />
      <LiveAnchorProvider anchorPct={anchorPct}>
        <CostPath
          rows={rows}
          yTicks={yTicks}
          money={money}
          axis={axis}
          startYear={anyTariffOption ? others.startYear : null}
          style={style}
        />
      </LiveAnchorProvider>
    </ChartFrame>
  )
}

interface CostPathProps {
  rows: BandRow[]
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
  const tooltipFormatter = useMemo(() => tooltipMoney(money), [money])
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
          <NoteLayer chart="cost-over-time" />
        </ComposedChart>
      </MeasuredContainer>
    </div>
  )
})
