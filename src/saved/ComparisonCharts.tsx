import { useMemo } from 'react'
import { Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { PlotGrid } from '../charts/PlotGrid'
import { useExposedImports } from '../data/useBaseline'
import { useMoneyFormatters } from '../store/derived'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { formatPct } from '../format/format'
import { PUBLISHED_SOURCE } from '../format/scenarioText'
import { ChartFrame } from '../charts/ChartFrame'
import { CHART_HEIGHT, COLORS } from '../charts/palette'
import { tariffAxis } from '../charts/specs/tariffAxis'
import { PAGE_CHART_STYLE_TICK as AXIS_TICK } from '../charts/chartSize'
import { registerExportChart } from '../charts/exportRegistry'
import {
  captionComparison,
  costOverTimeAxis,
  csvCostOverTime,
  csvSensitivity,
  legendComparison,
  markersSensitivity,
  rowsCostOverTime,
  rowsSensitivity,
  sensitivityAxis,
  seriesKey,
  shownName,
  type ComparedScenario,
  type ComparisonSpecInput,
  type ValueAxis,
} from '../charts/specs/comparison'
import { useComparedScenarios } from './useComparedScenarios'

/**
 * The comparison's charts, one line per scenario in its own colour and dash, named in the legend.
 * A lazy chunk (Recharts); framed like every chart, so they download like every chart. What they
 * show comes from charts/specs/comparison; this file only draws it.
 */
const SOURCE = `Source: ${PUBLISHED_SOURCE}; model assumptions as saved with each scenario.`

/** The spec's input, and the legend and caption both charts share. */
function useComparisonSpec(columns: readonly ComparedScenario[]) {
  const exposed = useExposedImports()
  const fx = useScenario(selectFx)
  const { money, axis, currency } = useMoneyFormatters()
  const input = useMemo<ComparisonSpecInput>(() => ({ exposed, columns, currency, fx }), [exposed, columns, currency, fx])
  // Names isolated: an override in one (U+202E) must not reverse the legend, on screen or exported.
  const legend = useMemo(() => legendComparison(input), [input])
  const text = useMemo(() => ({ caption: captionComparison(input), source: SOURCE }), [input])
  return { input, legend, text, money, axis }
}

/**
 * One line per compared scenario, the one on screen a little bolder. Plain functions returning
 * elements, not components, so the chart's element tree (and its markup) stays as it was.
 */
function comparedLines(columns: readonly ComparedScenario[], dots: boolean) {
  return columns.map((c, k) => (
    <Line
      key={c.key}
      type="linear"
      dataKey={seriesKey(k)}
      name={shownName(c)}
      stroke={c.color}
      strokeWidth={c.isCurrent ? 3 : 2.5}
      strokeDasharray={c.dash}
      dot={dots ? { r: 3, fill: c.color } : false}
      isAnimationActive={false}
    />
  ))
}

function valueAxis(format: (usd: number) => string, y: ValueAxis) {
  return <YAxis tickFormatter={format} tick={AXIS_TICK} width={64} ticks={y.ticks} domain={y.domain} interval={0} />
}

function CostOverTimeCompared({ columns }: { columns: readonly ComparedScenario[] }) {
  const { input, legend, text, money, axis } = useComparisonSpec(columns)
  const rows = useMemo(() => rowsCostOverTime(input), [input])
  const y = useMemo(() => costOverTimeAxis(input, rows), [input, rows])
  return (
    <ChartFrame
      title="Cost over time, compared"
      slug="comparison-cost-over-time"
      description="Combined yearly tariff cost of Nissan and Honda 2025–2030, with each scenario’s partnership as it ramps up."
      csv={() => csvCostOverTime(input, rows)}
      legend={legend}
      text={text}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 520, height: CHART_HEIGHT }}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 4, left: 8 }}>
          <PlotGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="year" padding={{ left: 16, right: 16 }} tick={AXIS_TICK} tickLine={false} />
          {valueAxis(axis, y)}
          <Tooltip formatter={(v) => money(Number(v))} />
          {comparedLines(columns, true)}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}

function SensitivityCompared({ columns }: { columns: readonly ComparedScenario[] }) {
  const { input, legend, text, money, axis } = useComparisonSpec(columns)
  const rows = useMemo(() => rowsSensitivity(input), [input])
  const y = useMemo(() => sensitivityAxis(input, rows), [input, rows])
  const markers = useMemo(() => markersSensitivity(input), [input])
  return (
    <ChartFrame
      title="Tariff sensitivity, compared"
      slug="comparison-tariff-sensitivity"
      description="Combined annual tariff cost at every rate from 0% to 50%, with each scenario’s partnership at full ramp; a dot marks each scenario’s own tariff."
      csv={() => csvSensitivity(input, rows)}
      legend={legend}
      text={text}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 520, height: CHART_HEIGHT }}>
        <LineChart data={rows} margin={{ top: 16, right: 20, bottom: 16, left: 8 }}>
          <PlotGrid stroke={COLORS.grid} />
          <XAxis
            dataKey="tariffPct"
            type="number"
            domain={tariffAxis().domain}
            ticks={tariffAxis().ticks}
            tickFormatter={formatPct}
            tick={AXIS_TICK}
            label={{ value: tariffAxis().title, position: 'insideBottom', offset: -10, fill: COLORS.axis, fontSize: 12 }}
          />
          {valueAxis(axis, y)}
          <Tooltip formatter={(v) => money(Number(v))} labelFormatter={(l) => `Tariff ${formatPct(Number(l))}`} />
          {comparedLines(columns, false)}
          {markers.map((m) => (
            <ReferenceDot key={m.key} x={m.x} y={m.y} r={6} fill={m.color} stroke="#fff" strokeWidth={2} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}

// The export stage draws these from the same compared scenarios, so they export like any chart.
registerExportChart('comparison-cost-over-time', function CostOverTimeComparedForExport() {
  return <CostOverTimeCompared columns={useComparedScenarios().columns} />
})
registerExportChart('comparison-tariff-sensitivity', function SensitivityComparedForExport() {
  return <SensitivityCompared columns={useComparedScenarios().columns} />
})

export default function ComparisonCharts({ columns }: { columns: readonly ComparedScenario[] }) {
  return (
    <div className="comparison-charts">
      <CostOverTimeCompared columns={columns} />
      <SensitivityCompared columns={columns} />
    </div>
  )
}
