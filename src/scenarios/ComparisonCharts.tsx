import { useMemo } from 'react'
import { CartesianGrid, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useExposedImports } from '../data/useBaseline'
import { costPath, PATH_YEARS, scenarioCost, SENSITIVITY_RATES, sensitivityCurve } from '../model/projection'
import { useMoneyFormatters } from '../store/derived'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectFx } from '../store/scenarioStore'
import { formatPct } from '../format/format'
import { PUBLISHED_SOURCE } from '../format/scenarioText'
import { ChartFrame } from '../charts/ChartFrame'
import { moneyCell, moneyUnit } from '../charts/csv'
import { CHART_HEIGHT, COLORS } from '../charts/palette'
import { tariffAxis } from '../charts/specs/tariffAxis'
import { PAGE_CHART_STYLE_TICK as AXIS_TICK } from '../charts/chartSize'
import type { LegendItem } from '../charts/ChartLegend'
import { comparisonCaption, shownName, type ComparedScenario } from './comparedScenarios'
import { useComparedScenarios } from './useComparedScenarios'
import { registerExportChart } from '../charts/exportRegistry'

/**
 * The comparison's charts, one line per scenario in its own colour and dash, named in the legend.
 * A lazy chunk (Recharts); framed like every chart, so they download like every chart.
 */
const SOURCE = `Source: ${PUBLISHED_SOURCE}; model assumptions as saved with each scenario.`

function useLegend(columns: readonly ComparedScenario[]): LegendItem[] {
  // Names isolated: an override in one (U+202E) must not reverse the legend, on screen or exported.
  return useMemo(
    () =>
      columns.map((c) =>
        c.dash
          ? { label: shownName(c), color: c.color, mark: 'dashed', dash: c.dash }
          : { label: shownName(c), color: c.color, mark: 'line' },
      ),
    [columns],
  )
}

function CostOverTimeCompared({ columns }: { columns: readonly ComparedScenario[] }) {
  const exposed = useExposedImports()
  const fx = useScenario(selectFx)
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const legend = useLegend(columns)
  const rows = useMemo(() => {
    const paths = columns.map((c) => costPath(exposed, c.scenario))
    return PATH_YEARS.map((year, i) => {
      const row: Record<string, number> = { year }
      paths.forEach((p, k) => (row[`s${k}`] = p[i]?.combinedWithUsd ?? 0))
      return row
    })
  }, [columns, exposed])
  const yTicks = useMemo(
    () => ticks(1.1 * Math.max(1, ...rows.flatMap((r) => columns.map((_c, k) => r[`s${k}`] ?? 0)))),
    [rows, columns, ticks],
  )
  const unit = moneyUnit(currency, fx)
  const csv = () => ({
    columns: ['year', ...columns.map((c) => `${c.name}: combined tariff cost with partnership (${unit})`)],
    rows: rows.map((r) => [r.year ?? 0, ...columns.map((_c, k) => moneyCell(r[`s${k}`] ?? 0, currency, fx))]),
  })
  return (
    <ChartFrame
      title="Cost over time, compared"
      slug="comparison-cost-over-time"
      description="Combined yearly tariff cost of Nissan and Honda 2025–2030, with each scenario’s partnership as it ramps up."
      csv={csv}
      legend={legend}
      text={{ caption: comparisonCaption(columns), source: SOURCE }}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 520, height: CHART_HEIGHT }}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="year" padding={{ left: 16, right: 16 }} tick={AXIS_TICK} tickLine={false} />
          <YAxis
            tickFormatter={axis}
            tick={AXIS_TICK}
            width={64}
            ticks={yTicks}
            domain={[0, yTicks[yTicks.length - 1] ?? 1]}
            interval={0}
          />
          <Tooltip formatter={(v) => money(Number(v))} />
          {columns.map((c, k) => (
            <Line
              key={c.key}
              type="linear"
              dataKey={`s${k}`}
              name={shownName(c)}
              stroke={c.color}
              strokeWidth={c.isCurrent ? 3 : 2.5}
              strokeDasharray={c.dash}
              dot={{ r: 3, fill: c.color }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}

function SensitivityCompared({ columns }: { columns: readonly ComparedScenario[] }) {
  const exposed = useExposedImports()
  const fx = useScenario(selectFx)
  const { money, axis, ticks, currency } = useMoneyFormatters()
  const legend = useLegend(columns)
  const rows = useMemo(() => {
    const curves = columns.map((c) => sensitivityCurve(exposed, c.scenario))
    return SENSITIVITY_RATES.map((tariffPct, i) => {
      const row: Record<string, number> = { tariffPct }
      curves.forEach((curve, k) => (row[`s${k}`] = curve[i]?.combinedWithUsd ?? 0))
      return row
    })
  }, [columns, exposed])
  // Each scenario's own tariff, marked on its own curve.
  const markers = useMemo(() => columns.map((c) => ({ c, y: scenarioCost(exposed, c.scenario).combined.withUsd })), [columns, exposed])
  const yTicks = useMemo(() => ticks(Math.max(1, ...rows.flatMap((r) => columns.map((_c, k) => r[`s${k}`] ?? 0)))), [rows, columns, ticks])
  const unit = moneyUnit(currency, fx)
  const csv = () => ({
    columns: ['tariff (%)', ...columns.map((c) => `${c.name}: combined tariff cost with partnership at full ramp (${unit})`)],
    rows: rows.map((r) => [r.tariffPct ?? 0, ...columns.map((_c, k) => moneyCell(r[`s${k}`] ?? 0, currency, fx))]),
  })
  return (
    <ChartFrame
      title="Tariff sensitivity, compared"
      slug="comparison-tariff-sensitivity"
      description="Combined annual tariff cost at every rate from 0% to 50%, with each scenario’s partnership at full ramp; a dot marks each scenario’s own tariff."
      csv={csv}
      legend={legend}
      text={{ caption: comparisonCaption(columns), source: SOURCE }}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 520, height: CHART_HEIGHT }}>
        <LineChart data={rows} margin={{ top: 16, right: 20, bottom: 16, left: 8 }}>
          <CartesianGrid stroke={COLORS.grid} />
          <XAxis
            dataKey="tariffPct"
            type="number"
            domain={tariffAxis().domain}
            ticks={tariffAxis().ticks}
            tickFormatter={formatPct}
            tick={AXIS_TICK}
            label={{ value: tariffAxis().title, position: 'insideBottom', offset: -10, fill: COLORS.axis, fontSize: 12 }}
          />
          <YAxis
            tickFormatter={axis}
            tick={AXIS_TICK}
            width={64}
            ticks={yTicks}
            domain={[0, yTicks[yTicks.length - 1] ?? 1]}
            interval={0}
          />
          <Tooltip formatter={(v) => money(Number(v))} labelFormatter={(l) => `Tariff ${formatPct(Number(l))}`} />
          {columns.map((c, k) => (
            <Line
              key={c.key}
              dataKey={`s${k}`}
              name={shownName(c)}
              stroke={c.color}
              strokeWidth={c.isCurrent ? 3 : 2.5}
              strokeDasharray={c.dash}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {markers.map(({ c, y }) => (
            <ReferenceDot key={c.key} x={c.scenario.tariffPct} y={y} r={6} fill={c.color} stroke="#fff" strokeWidth={2} />
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
