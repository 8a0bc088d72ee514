import './PlantFootprintChart.css'
import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { sourceLabel, useBaseline, useExposedImports } from '../data/useBaseline'
import { movedVehiclesPerYear, nissanPlantPath } from '../model/plants'
import { PATH_YEARS } from '../model/projection'
import { NoteLayer } from './ChartNotes'
import { yearNoteAnchors } from './noteAnchors'
import { useCurveInputs } from './useChartInputs'
import { formatAboutCount, formatCount, roughCount } from '../format/format'
import { niceCountTicks } from '../format/niceTicks'
import type { Plant } from '../data/baselineSchema'
import { ChartFrame } from './ChartFrame'
import { MeasuredContainer } from './MeasuredContainer'
import { chartMeta } from './chartMeta'
import { ANIMATION_MS, COLORS } from './palette'
import { useChartStyle } from './chartSize'
import { useChartAnimation } from './useChartAnimation'
import { barTopLabel } from './barLabel'

export const PLANT_FOOTPRINT_TITLE = chartMeta('plant-footprint').title

function capacityText(p: Plant): string | null {
  if (!p.capacityPerYear) return null
  return `${formatCount(p.capacityPerYear)} a year${p.capacityDated ? ' (dated)' : ''}`
}

/** Text columns only: most plants have no published capacity, so it is a sentence, not a blank number. */
export function plantListCsv(plants: readonly Plant[]) {
  return {
    columns: ['company', 'plant', 'location', 'makes', 'opened', 'closing', 'capacity'],
    rows: plants.map((p) => [
      p.company,
      p.name,
      p.location,
      p.kind,
      p.since ? String(p.since) : 'not stated',
      p.closing ?? 'no',
      capacityText(p) ?? 'not published',
    ]),
  }
}

function PlantList({ company }: { company: 'Nissan' | 'Honda' }) {
  const baseline = useBaseline()
  const plants = baseline.plants.filter((p) => p.company === company)
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
  const now = baseline.published.nissanGlobalPlantsNow
  const target = baseline.published.nissanGlobalPlantsTarget
  const countRows = useMemo(
    () => nissanPlantPath({ year: now.year, plants: now.value }, { year: target.year, plants: target.value }, PATH_YEARS),
    [now, target],
  )
  const movedRows = useMemo(
    () => [
      { company: 'Nissan', vehicles: movedVehiclesPerYear(exposed.nissan, inputs.partnership, inputs.assumptions, inputs.startYear) },
      { company: 'Honda', vehicles: movedVehiclesPerYear(exposed.honda, inputs.partnership, inputs.assumptions, inputs.startYear) },
    ],
    [exposed, inputs],
  )
  const animate = useChartAnimation(movedRows)
  const anyMoved = movedRows.some((r) => r.vehicles > 0)
  const countTicks = useMemo(() => niceCountTicks(Math.max(...movedRows.map((r) => r.vehicles))), [movedRows])
  // Rectangular tables, one unit per numeric column and a number in every numeric cell (issue 10):
  // the plant path here, the vehicles moved and the plant list in files of their own.
  const csv = () => ({
    columns: ['year', 'Nissan global plants (plants)', 'published or assumed'],
    rows: countRows.map((r) => [r.year, r.assumedPlants, r.publishedPlants !== null ? 'published' : 'assumed (linear path)']),
  })
  const moreCsv = [
    {
      fileSlug: 'vehicles-moved',
      label: 'Vehicles moved',
      csv: () => ({
        columns: ['company', 'import value moved into North American plants at full ramp (vehicles a year, two significant figures)'],
        rows: movedRows.map((r) => [r.company, roughCount(r.vehicles)]),
      }),
    },
    { fileSlug: 'plant-list', label: 'Plant list', csv: () => plantListCsv(baseline.plants) },
  ]
  return (
    <ChartFrame
      title={PLANT_FOOTPRINT_TITLE}
      slug="plant-footprint"
      description="Nissan's global plant count (17 now, 10 by 2028; the years between are an assumed straight path, dashed) and the vehicles a year whose import value the partnership would move into North American plants."
      csv={csv}
      moreCsv={moreCsv}
      wide
      notes={yearNoteAnchors(
        countRows.map((r) => r.year),
        () => target.year,
      )}
      extraSource={`Plants: ${sourceLabel(baseline, 'article')}; ${sourceLabel(baseline, 'nissan-2023')}; ${sourceLabel(baseline, 'honda-2015')}; capacities: ${sourceLabel(baseline, 'profiles-dated')}, ${sourceLabel(baseline, 'greensburg-2025')}.`}
    >
      <div className="plant-layout">
        <div className="plant-grid">
          <div className="plant-sub">
            <h3 className="sub-title">Nissan global plants</h3>
            <p className="sub-note">Dots: published (17 now, 10 by 2028). Dashed: assumed path.</p>
            <div className="plant-plot">
              <MeasuredContainer height={style.subHeight} initialDimension={{ width: 260, height: 240 }}>
                <LineChart data={countRows} margin={{ top: px(16), right: px(16), bottom: 4, left: 0 }}>
                  <CartesianGrid stroke={COLORS.grid} vertical={false} />
                  <XAxis dataKey="year" tick={tick} tickLine={false} height={px(30)} />
                  <YAxis domain={[0, 20]} ticks={[0, 5, 10, 15, 20]} tick={tick} width={px(32)} allowDecimals={false} />
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
                  <CartesianGrid stroke={COLORS.grid} vertical={false} />
                  <XAxis dataKey="company" tick={tick} tickLine={false} height={px(30)} />
                  <YAxis
                    tickFormatter={(v: number) => (v >= 1000 ? `${Math.round(v / 1000)}k` : String(v))}
                    tick={tick}
                    width={px(44)}
                    ticks={countTicks}
                    domain={[0, countTicks[countTicks.length - 1] ?? 1]}
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
            {!anyMoved && <p className="chart-note">Switch on shared drivetrains or co-developed platforms to see the volume moved.</p>}
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
