import type { Baseline, Plant } from '../../data/baselineSchema'
import { formatCount, roughCount } from '../../format/format'
import { niceCountTicks } from '../../format/niceTicks'
import { movedVehiclesPerYear, nissanPlantPath, type PlantCountRow } from '../../model/plants'
import { PATH_YEARS, type CostInputs, type ExposedImports } from '../../model/projection'
import type { CsvTable } from '../csv'
import { axisFromTicks, type ValueAxis } from './axis'

/** What "Plant footprint" shows: the published plant counts and plants, and what the partnership moves. */
export interface PlantFootprintSpecInput {
  exposed: ExposedImports
  /** The scenario without the tariff: the volume moved does not depend on it. */
  inputs: Omit<CostInputs, 'tariffPct'>
  published: Pick<Baseline['published'], 'nissanGlobalPlantsNow' | 'nissanGlobalPlantsTarget'>
  plants: readonly Plant[]
}

type PublishedCounts = Pick<PlantFootprintSpecInput, 'published'>

/** Nissan's global plants each year: the two published ends and the assumed straight path between. */
export function rowsPlantCount(input: PublishedCounts): PlantCountRow[] {
  const { nissanGlobalPlantsNow: now, nissanGlobalPlantsTarget: target } = input.published
  return nissanPlantPath({ year: now.year, plants: now.value }, { year: target.year, plants: target.value }, PATH_YEARS)
}

/** Round plant counts from zero: 0, 5, 10, 15, 20 for 17 plants. */
export function plantCountAxis(input: PublishedCounts): ValueAxis {
  return axisFromTicks(niceCountTicks(Math.max(...rowsPlantCount(input).map((r) => r.assumedPlants))))
}

export interface MovedRow {
  company: 'Nissan' | 'Honda'
  vehicles: number
}

/** Vehicle-equivalents a year whose import value the partnership moves into North America, at full ramp. */
export function rowsVehiclesMoved(input: Pick<PlantFootprintSpecInput, 'exposed' | 'inputs'>): MovedRow[] {
  const { exposed, inputs } = input
  return [
    { company: 'Nissan', vehicles: movedVehiclesPerYear(exposed.nissan, inputs.partnership, inputs.assumptions, inputs.startYear) },
    { company: 'Honda', vehicles: movedVehiclesPerYear(exposed.honda, inputs.partnership, inputs.assumptions, inputs.startYear) },
  ]
}

export function vehiclesMovedAxis(
  input: Pick<PlantFootprintSpecInput, 'exposed' | 'inputs'>,
  rows: readonly MovedRow[] = rowsVehiclesMoved(input),
): ValueAxis {
  return axisFromTicks(niceCountTicks(Math.max(...rows.map((r) => r.vehicles))))
}

/** "300k", "50k", "0": the vehicles axis. */
export function formatVehiclesTick(v: number): string {
  return v >= 1000 ? `${Math.round(v / 1000)}k` : String(v)
}

/** The hint under the vehicles chart when nothing moves; null when something does. */
export function movedNotePlantFootprint(rows: readonly MovedRow[]): string | null {
  return rows.some((r) => r.vehicles > 0) ? null : 'Switch on shared drivetrains or co-developed platforms to see the volume moved.'
}

/** "17 now, 10 by 2028", from the baseline. */
function publishedEnds(input: PublishedCounts): string {
  const { nissanGlobalPlantsNow: now, nissanGlobalPlantsTarget: target } = input.published
  return `${now.value} now, ${target.value} by ${target.year}`
}

export function captionPlantFootprint(input: PublishedCounts): string {
  return `Nissan's global plant count (${publishedEnds(input)}; the years between are an assumed straight path, dashed) and the vehicles a year whose import value the partnership would move into North American plants.`
}

/** The note under the plant-count chart's title. */
export function countNotePlantFootprint(input: PublishedCounts): string {
  return `Dots: published (${publishedEnds(input)}). Dashed: assumed path.`
}

/** The sources of the plants and capacities, added to the chart's source line; `label` names a source by its id. */
export function sourcePlantFootprint(label: (sourceId: string) => string): string {
  return `Plants: ${label('article')}; ${label('nissan-2023')}; ${label('honda-2015')}; capacities: ${label('profiles-dated')}, ${label('greensburg-2025')}.`
}

/** A plant's capacity as a sentence part, "640,000 a year (dated)"; null when no source gives one. */
export function capacityText(p: Plant): string | null {
  if (!p.capacityPerYear) return null
  return `${formatCount(p.capacityPerYear)} a year${p.capacityDated ? ' (dated)' : ''}`
}

export function plantsOf(input: Pick<PlantFootprintSpecInput, 'plants'>, company: Plant['company']): Plant[] {
  return input.plants.filter((p) => p.company === company)
}

// Rectangular tables, one unit per numeric column and a number in every numeric cell (issue 10):
// the plant path in the chart's CSV, the vehicles moved and the plant list in files of their own.

export function csvPlantFootprint(input: PublishedCounts): CsvTable {
  return {
    columns: ['year', 'Nissan global plants (plants)', 'published or assumed'],
    rows: rowsPlantCount(input).map((r) => [r.year, r.assumedPlants, r.publishedPlants !== null ? 'published' : 'assumed (linear path)']),
  }
}

export function csvVehiclesMoved(input: Pick<PlantFootprintSpecInput, 'exposed' | 'inputs'>): CsvTable {
  return {
    columns: ['company', 'import value moved into North American plants at full ramp (vehicles a year, two significant figures)'],
    rows: rowsVehiclesMoved(input).map((r) => [r.company, roughCount(r.vehicles)]),
  }
}

/** Text columns only: most plants have no published capacity, so it is a sentence, not a blank number. */
export function csvPlantList(input: Pick<PlantFootprintSpecInput, 'plants'>): CsvTable {
  return {
    columns: ['company', 'plant', 'location', 'makes', 'opened', 'closing', 'capacity'],
    rows: input.plants.map((p) => [
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
