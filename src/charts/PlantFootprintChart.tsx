import './PlantFootprintChart.css'
import { useMemo } from 'react'
import { Bar, BarChart, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { PlotGrid } from './PlotGrid'
import { sourceLabel, useBaseline, useExposedImports } from '../data/useBaseline'
import { NoteLayer } from './ChartNotes'
import { yearNoteAnchors } from './noteAnchors'
import { useCurveInputs } from './useChartInputs'
import { formatAboutCount } from '../format/format'
import { ChartFrame } from './ChartFrame'
import { MeasuredContainer } from './MeasuredContainer'
import { chartMeta } from './chartMeta'
import { ANIMATION_MS, COLORS } from './palette'
import { useChartStyle } from './chartSize'
import { useChartAnimation } from './useChartAnimation'
import { barTopLabel } from './barLabel'
import {
  capacityText,
  captionPlantFootprint,
  countNotePlantFootprint,
  csvPlantFootprint,
  csvPlantList,
  csvVehiclesMoved,
  formatVehiclesTick,
  movedNotePlantFootprint,
  plantCountAxis,
  plantsOf,
  rowsPlantCount,
  rowsVehiclesMoved,
  sourcePlantFootprint,
  vehiclesMovedAxis,
} from './specs/plant-footprint'

export const PLANT_FOOTPRINT_TITLE = chartMeta('plant-footprint').title

function PlantList({ company }: { company: 'Nissan' | 'Honda' }) {
  const baseline = useBaseline()
  const plants = plantsOf(baseline, company)
  return (
    <div className="plant-list">
      <h3>
        {company} in North America ({plants.length} plants)
      </h3>
      <ul aria-label={`${company} plants in North America`}>
        {plants.map((p) => (
          <li key={p.name}>
            <span className="plant-name">{p.name}</span> ({p.location}) · {p.kind}
            {p.closing ? <strong className="closing"> · closing {p.closing}</strong> : null}
            {capacityText(p) ? <span className="plant-capacity"> · {capacityText(p)}</span> : null}
            {p.note ? (
              <span className="plant-note-inline">
                {' '}
                · {p.note} ({sourceLabel(baseline, p.noteSource ?? p.source)})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}

export function PlantFootprintChart() {
  const baseline = useBaseline()
  const exposed = useExposedImports()
  const inputs = useCurveInputs()
  const style = useChartStyle()
  const { px, tick } = style
  const vehicleLabelPx = px(12)
  const vehicleLabel = useMemo(() => barTopLabel(formatAboutCount, COLORS.axis, vehicleLabelPx), [vehicleLabelPx])
  const published = baseline.published
  const countRows = useMemo(() => rowsPlantCount({ published }), [published])
  const countAxis = useMemo(() => plantCountAxis({ published }), [published])
  const movedRows = useMemo(() => rowsVehiclesMoved({ exposed, inputs }), [exposed, inputs])
  const animate = useChartAnimation(movedRows)
  const movedNote = movedNotePlantFootprint(movedRows)
  const movedAxis = useMemo(() => vehiclesMovedAxis({ exposed, inputs }, movedRows), [exposed, inputs, movedRows])
  const csv = () => csvPlantFootprint({ published })
  const moreCsv = [
    { fileSlug: 'vehicles-moved', label: 'Vehicles moved', csv: () => csvVehiclesMoved({ exposed, inputs }) },
    { fileSlug: 'plant-list', label: 'Plant list', csv: () => csvPlantList(baseline) },
  ]
  return (
    <ChartFrame
      title={PLANT_FOOTPRINT_TITLE}
      slug="plant-footprint"
      description={captionPlantFootprint({ published })}
      csv={csv}
      moreCsv={moreCsv}
      wide
      notes={yearNoteAnchors(
        countRows.map((r) => r.year),
        () => published.nissanGlobalPlantsTarget.year,
      )}
      extraSource={sourcePlantFootprint((id) => sourceLabel(baseline, id))}
    >
      <div className="plant-layout">
        <div className="plant-grid">
          <div className="plant-sub">
            <h3 className="sub-title">Nissan global plants</h3>
            <p className="sub-note">{countNotePlantFootprint({ published })}</p>
            <div className="plant-plot">
              <MeasuredContainer height={style.subHeight} initialDimension={{ width: 260, height: 240 }}>
                <LineChart data={countRows} margin={{ top: px(16), right: px(16), bottom: 4, left: 0 }}>
                  <PlotGrid stroke={COLORS.grid} vertical={false} />
                  <XAxis dataKey="year" tick={tick} tickLine={false} height={px(30)} />
                  <YAxis domain={countAxis.domain} ticks={countAxis.ticks} tick={tick} width={px(32)} allowDecimals={false} />
                  <Tooltip />
                  <Line
                    dataKey="assumedPlants"
                    name="Assumed path (plants)"
                    stroke={COLORS.nissan}
                    strokeDasharray="5 4"
                    strokeWidth={px(2)}
                    dot={false}
                    isAnimationActive={animate}
                    animationDuration={ANIMATION_MS}
                  />
                  <Line
                    dataKey="publishedPlants"
                    name="Published (plants)"
                    stroke="none"
                    connectNulls={false}
                    dot={{ r: px(6), fill: COLORS.nissan, stroke: '#fff', strokeWidth: 2 }}
                    isAnimationActive={false}
                  >
                    <LabelList
                      dataKey="publishedPlants"
                      position="top"
                      offset={px(10)}
                      fontSize={px(13)}
                      fontWeight={600}
                      fill={COLORS.nissan}
                    />
                  </Line>
                  <NoteLayer chart="plant-footprint" />
                </LineChart>
              </MeasuredContainer>
            </div>
          </div>
          <div className="plant-sub">
            <h3 className="sub-title">Vehicles a year moved into North America</h3>
            <p className="sub-note">Vehicle-equivalents of import value, at full ramp.</p>
            <div className="plant-plot">
              <MeasuredContainer height={style.subHeight} initialDimension={{ width: 260, height: 240 }}>
                <BarChart data={movedRows} margin={{ top: px(24), right: px(16), bottom: 4, left: 0 }}>
                  <PlotGrid stroke={COLORS.grid} vertical={false} />
                  <XAxis dataKey="company" tick={tick} tickLine={false} height={px(30)} />
                  <YAxis
                    tickFormatter={formatVehiclesTick}
                    tick={tick}
                    width={px(44)}
                    ticks={movedAxis.ticks}
                    domain={movedAxis.domain}
                    interval={0}
                  />
                  <Tooltip formatter={(v) => `${formatAboutCount(Number(v))} vehicles a year`} />
                  <Bar
                    dataKey="vehicles"
                    name="Vehicle-equivalents at full ramp"
                    fill={COLORS.partnership}
                    isAnimationActive={animate}
                    animationDuration={ANIMATION_MS}
                    radius={[3, 3, 0, 0]}
                  >
                    <LabelList dataKey="vehicles" content={vehicleLabel} />
                  </Bar>
                </BarChart>
              </MeasuredContainer>
            </div>
            {movedNote && <p className="chart-note">{movedNote}</p>}
          </div>
        </div>
        <div className="plant-lists">
          <PlantList company="Nissan" />
          <PlantList company="Honda" />
        </div>
      </div>
      <p className="chart-note plant-note">
        Capacities are shown only where a source gives one; “dated” marks figures from older profiles.
      </p>
    </ChartFrame>
  )
}
