import './WhatMattersMostChart.css'
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react'
import { useBaseline, useExposedImports } from '../data/useBaseline'
import { TARIFF_LIMITS } from '../data/publishedScenario'
import { FULL_RAMP } from '../model/partnership'
import { PATH_YEARS, type CostInputs } from '../model/projection'
import { useMoneyFormatters } from '../store/derived'
import { useScenario, useScenarioFields } from '../store/ScenarioStoreContext'
import { costInputsOf, selectFx, type ScenarioState } from '../store/scenarioStore'
import { useHeldForGesture } from '../store/heldForGesture'
import { keepLast } from '../store/sameFields'
import { ChartFrame } from './ChartFrame'
import { chartMeta } from './chartMeta'
import { useChartSize, useChartStyle } from './chartSize'
import { setTornadoYear, useTornadoYear } from './tornadoYear'
import { rowNoteAnchors } from './noteAnchors'
import { LiveRowsProvider, TornadoPlot, useHeldPlot } from './TornadoPlot'
import {
  axisWhatMattersMost,
  captionWhatMattersMost,
  csvWhatMattersMost,
  legendWhatMattersMost,
  noteWhatMattersMost,
  nowWhatMattersMost,
  rowsWhatMattersMost,
  type WhatMattersMostSpecInput,
} from './specs/what-matters-most'

export const WHAT_MATTERS_TITLE = chartMeta('what-matters-most').title

/**
 * Year picker on the page; the export stage and slides state the year in the caption. Memoised:
 * the chart re-renders on every slider step (#7).
 */
const YearChoice = memo(function YearChoice({ year }: { year: number }) {
  const id = useId()
  return (
    <div className="tornado-tools">
      <label htmlFor={id}>Year explained</label>
      <select
        id={id}
        value={year === FULL_RAMP ? 'full' : String(year)}
        onChange={(e) => setTornadoYear(e.currentTarget.value === 'full' ? FULL_RAMP : Number(e.currentTarget.value))}
      >
        <option value="full">Full ramp</option>
        {PATH_YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  )
})

/**
 * "What matters most" (#9). It follows every slider step in the task of its input, like the
 * tariff charts (#7): the rows are computed here (specs/what-matters-most), and a step re-renders
 * only the bars and the "Now" line inside the plot (TornadoPlot), not the Recharts chart.
 */
export function WhatMattersMostChart() {
  const exposed = useExposedImports()
  const bounds = useBaseline().assumptions
  const fx = useScenario(selectFx)
  const { axis: axisText, currency } = useMoneyFormatters()
  const year = useTornadoYear()
  const { mode } = useChartSize()
  const style = useChartStyle()
  // Drawn at rest in a transition when a gesture ends (store/heldForGesture).
  const isAdjusting = useHeldForGesture()
  // Rows and the "Now" line at any scenario, each computed once a scenario: the bars follow a
  // slider step with these, outside React's render (TornadoPlot).
  const at = useMemo(() => {
    const base = { exposed, bounds, currency, fx, year }
    const inputsOf = costInputsOf
    // One spec input per scenario, shared by the rows and the "Now" line: the model's tornado is
    // cached per input object, so it is computed once a step, not once for each.
    const specAt = keepLast((inputs: CostInputs): WhatMattersMostSpecInput => ({ ...base, inputs }))
    const rowsAt = keepLast((inputs: CostInputs) => new Map(rowsWhatMattersMost(specAt(inputs)).map((r) => [r.key, r])))
    const nowAt = keepLast((inputs: CostInputs) => nowWhatMattersMost(specAt(inputs)))
    return { inputsOf, rowsAt, rowsOf: (s: ScenarioState) => rowsAt(inputsOf(s)), nowOf: (s: ScenarioState) => nowAt(inputsOf(s)) }
  }, [exposed, bounds, currency, fx, year])
  // What the chart was last drawn with: the rows' order and the top of the axis shown.
  const drawn = useRef<{ inputs: CostInputs; order: string; top: number } | null>(null)
  // While a slider moves the chart keeps the scenario it was drawn at, as long as only the tariff
  // moves, the rows keep their order and every bar fits the axis shown; then only the bars and
  // the "Now" line follow the step. Otherwise it is drawn at the step (a redraw, or the axis
  // widened over the same drawing: useHeldPlot).
  const inputs = useScenarioFields(
    useCallback(
      (s: ScenarioState) => {
        const current = at.inputsOf(s)
        const d = drawn.current
        if (!isAdjusting || mode === 'export' || d === null) return current
        const h = d.inputs
        if (h.partnership !== current.partnership || h.startYear !== current.startYear || h.assumptions !== current.assumptions)
          return current
        const rows = at.rowsOf(s)
        const fits = [...rows.values()].every((r) => r.span[1] <= d.top)
        return fits && [...rows.keys()].join() === d.order ? h : current
      },
      [at, isAdjusting, mode],
    ),
  )
  const input = useMemo<WhatMattersMostSpecInput>(
    () => ({ exposed, inputs, bounds, currency, fx, year }),
    [exposed, inputs, bounds, currency, fx, year],
  )
  const rows = useMemo(() => [...at.rowsAt(inputs).values()], [at, inputs])
  const axis = useMemo(() => axisWhatMattersMost(input), [input])
  // The axis at the slider's top: where a gesture's axis widens to if a bar would pass it.
  const axisForRange = useCallback(
    () => axisWhatMattersMost({ ...input, inputs: { ...input.inputs, tariffPct: TARIFF_LIMITS.max } }),
    [input],
  )
  const held = useHeldPlot(
    useMemo(() => ({ rows, axis }), [rows, axis]),
    axisForRange,
    isAdjusting,
  )
  useLayoutEffect(() => {
    drawn.current = {
      inputs,
      order: held.rows.map((r) => r.key).join(),
      top: held.view ? (held.view[held.view.length - 1] ?? 0) : held.axis.domain[1],
    }
  })
  const live = useMemo(
    () => ({
      rowsOf: at.rowsOf,
      nowOf: at.nowOf,
      view: held.view && { ticks: held.view, scale: held.axis.domain[1] / (held.view[held.view.length - 1] ?? 1) },
    }),
    [at, held.view, held.axis],
  )
  const note = useMemo(() => noteWhatMattersMost(input), [input])
  // A note is anchored to a row by name, not value: the anchors stay while the rows' order and
  // names do, so a slider step leaves the chart's toolbar, note form and list alone (#7).
  const rowNames = JSON.stringify(rows.map(({ key, name }) => ({ key, name })))
  const notes = useMemo(() => rowNoteAnchors(JSON.parse(rowNames) as { key: string; name: string }[]), [rowNames])
  const csv = useCallback(() => csvWhatMattersMost(input), [input])
  return (
    <ChartFrame
      title={WHAT_MATTERS_TITLE}
      slug="what-matters-most"
      description={captionWhatMattersMost(input)}
      csv={csv}
      legend={legendWhatMattersMost()}
      wide
      notes={notes}
    >
      {mode === 'page' && <YearChoice year={year} />}
      <LiveRowsProvider value={live}>
        <TornadoPlot rows={held.rows} axis={held.axis} axisText={axisText} style={style} />
      </LiveRowsProvider>
      {note && <p className="tornado-note">{note}</p>}
    </ChartFrame>
  )
}

// The editable deck (charts/editableCharts, a lazy chunk) names and colours the bars the same way.
export { barLabel, TONES } from './specs/what-matters-most'
