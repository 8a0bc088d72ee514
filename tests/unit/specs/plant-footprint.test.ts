import { describe, expect, it } from 'vitest'
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
  type PlantFootprintSpecInput,
} from '../../../src/charts/specs/plant-footprint'
import { formatAboutCount } from '../../../src/format/format'
import { baseline, csvLines, exposed, published, WHAT_IF } from './specFixtures'

const input = (scenario = published, p = baseline.published): PlantFootprintSpecInput => ({
  exposed,
  inputs: scenario,
  published: p,
  plants: baseline.plants,
})
/** Other published ends: 20 plants in 2025, 8 by 2029. */
const otherEnds = {
  ...baseline.published,
  nissanGlobalPlantsNow: { ...baseline.published.nissanGlobalPlantsNow, value: 20 },
  nissanGlobalPlantsTarget: { ...baseline.published.nissanGlobalPlantsTarget, value: 8, year: 2029 },
}

describe('Plant footprint spec', () => {
  it('draws Nissan’s published 17 now and 10 by 2028, the years between on an assumed straight path', () => {
    const rows = rowsPlantCount(input())
    expect(rows.map((r) => [r.year, r.publishedPlants, r.assumedPlants])).toEqual([
      [2025, 17, 17],
      [2026, null, 15],
      [2027, null, 12],
      [2028, 10, 10],
      [2029, null, 10],
      [2030, null, 10],
    ])
    expect(plantCountAxis(input())).toEqual({ domain: [0, 20], ticks: [0, 5, 10, 15, 20] })
    expect(rowsPlantCount(input(published, otherEnds)).map((r) => r.assumedPlants)).toEqual([20, 17, 14, 11, 8, 8])
    expect(plantCountAxis(input(published, otherEnds)).ticks).toEqual([0, 5, 10, 15, 20])
  })

  it('states the published ends from the baseline in its caption and sub-note', () => {
    expect(captionPlantFootprint(input())).toBe(
      "Nissan's global plant count (17 now, 10 by 2028; the years between are an assumed straight path, dashed) and the vehicles a year whose import value the partnership would move into North American plants.",
    )
    expect(countNotePlantFootprint(input())).toBe('Dots: published (17 now, 10 by 2028). Dashed: assumed path.')
    expect(countNotePlantFootprint(input(published, otherEnds))).toBe('Dots: published (20 now, 8 by 2029). Dashed: assumed path.')
  })

  it('moves no vehicles at the published settings and says how to see some', () => {
    const rows = rowsVehiclesMoved(input())
    expect(rows).toEqual([
      { company: 'Nissan', vehicles: 0 },
      { company: 'Honda', vehicles: 0 },
    ])
    expect(movedNotePlantFootprint(rows)).toBe('Switch on shared drivetrains or co-developed platforms to see the volume moved.')
    expect(vehiclesMovedAxis(input()).domain).toEqual([0, 1])
  })

  it('with drivetrains and platforms moves 23.5% of the exposed value, $14,400 a vehicle', () => {
    const rows = rowsVehiclesMoved(input(WHAT_IF))
    // Nissan: $14.4B × 23.5% ÷ $14,400 = 235,000; Honda: $20.32B × 23.5% ÷ $14,400 ≈ 331,611.
    expect(rows[0]!.vehicles).toBeCloseTo(235_000, 0)
    expect(rows[1]!.vehicles).toBeCloseTo(331_611, 0)
    expect(rows.map((r) => formatAboutCount(r.vehicles))).toEqual(['about 240,000', 'about 330,000'])
    expect(movedNotePlantFootprint(rows)).toBeNull()
    expect(vehiclesMovedAxis(input(WHAT_IF))).toEqual({ domain: [0, 400_000], ticks: [0, 100_000, 200_000, 300_000, 400_000] })
    expect([0, 100_000, 400_000].map(formatVehiclesTick)).toEqual(['0', '100k', '400k'])
  })

  it('writes the plant path, the vehicles moved and the plant list as three CSV files', () => {
    expect(csvLines(csvPlantFootprint(input()))).toEqual([
      'year,Nissan global plants (plants),published or assumed',
      '2025,17,published',
      '2026,15,assumed (linear path)',
      '2027,12,assumed (linear path)',
      '2028,10,published',
      '2029,10,assumed (linear path)',
      '2030,10,assumed (linear path)',
    ])
    expect(csvLines(csvVehiclesMoved(input(WHAT_IF)))).toEqual([
      'company,"import value moved into North American plants at full ramp (vehicles a year, two significant figures)"',
      'Nissan,240000',
      'Honda,330000',
    ])
    expect(csvLines(csvVehiclesMoved(input())).slice(1)).toEqual(['Nissan,0', 'Honda,0'])
    const list = csvLines(csvPlantList(input()))
    expect(list[0]).toBe('company,plant,location,makes,opened,closing,capacity')
    expect(list).toHaveLength(1 + 15)
    expect(list[1]).toBe('Nissan,Smyrna,"Tennessee, US",vehicles,1983,no,"640,000 a year (dated)"')
    expect(list.find((l) => l.includes('CIVAC'))).toBe('Nissan,CIVAC,"Morelos, Mexico",vehicles,not stated,by March 2026,not published')
  })

  it('names the sources of the plants and capacities from the baseline', () => {
    const label = (id: string) => baseline.sources.find((s) => s.id === id)!.label
    expect(sourcePlantFootprint(label)).toBe(
      'Plants: Report on Honda–Nissan talks on a North American partnership, November 2025; Nissan, 2023 (40 years of US manufacturing); ' +
        'Honda, 2015 (8 North American auto plants, 1.92M capacity): dated; capacities: Older industry profiles (dated), Report of May 2025 (Honda Greensburg).',
    )
  })

  it('lists each company’s plants with their capacity where a source gives one', () => {
    expect(plantsOf(input(), 'Nissan')).toHaveLength(6)
    expect(plantsOf(input(), 'Honda')).toHaveLength(9)
    const greensburg = plantsOf(input(), 'Honda').find((p) => p.name === 'Greensburg')!
    expect(capacityText(greensburg)).toBe('250,000 a year')
    expect(capacityText(plantsOf(input(), 'Honda')[0]!)).toBeNull()
  })
})
