import { describe, expect, it } from 'vitest'
import { movedVehiclesPerYear, nissanPlantPath } from '../../src/model/plants'
import { PATH_YEARS } from '../../src/model/projection'
import { exposedImports, publishedScenario } from '../../src/data/publishedScenario'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)

describe('nissanPlantPath', () => {
  const rows = nissanPlantPath({ year: 2025, plants: 17 }, { year: 2028, plants: 10 }, PATH_YEARS)
  it('keeps the two published ends: 17 in 2025 and 10 by 2028', () => {
    expect(rows[0]).toMatchObject({ year: 2025, publishedPlants: 17, assumedPlants: 17 })
    expect(rows[3]).toMatchObject({ year: 2028, publishedPlants: 10, assumedPlants: 10 })
  })
  it('marks the years between as assumed (no published count) and holds 10 after 2028', () => {
    expect(rows.map((r) => r.publishedPlants)).toEqual([17, null, null, 10, null, null])
    expect(rows.map((r) => r.assumedPlants)).toEqual([17, 15, 12, 10, 10, 10])
  })
})

describe('movedVehiclesPerYear', () => {
  it('turns moved import value into vehicles at the assumed value per vehicle', () => {
    const exposed = exposedImports(baseline)
    const partnership = { software: false, drivetrains: false, platforms: true }
    // Nissan: $14.4B × 15% ÷ $14,400 = 150,000 vehicles a year.
    expect(movedVehiclesPerYear(exposed.nissan, partnership, published.assumptions, 2027)).toBeCloseTo(150000)
  })
  it('moves nothing without a tariff option', () => {
    expect(movedVehiclesPerYear(14.4e9, { software: true, drivetrains: false, platforms: false }, published.assumptions, 2027)).toBe(0)
  })
})

describe('baseline schema', () => {
  it('rejects a figure that cites an unlisted source', async () => {
    const { parseBaseline } = await import('../../src/data/baselineSchema')
    const broken = structuredClone(baseline)
    broken.plants[0]!.source = 'nowhere'
    const r = parseBaseline(broken)
    expect(r.ok).toBe(false)
  })
  it('rejects a default outside its range', async () => {
    const { parseBaseline } = await import('../../src/data/baselineSchema')
    const broken = structuredClone(baseline)
    broken.assumptions.passThroughPct.default = 120
    expect(parseBaseline(broken)).toMatchObject({ ok: false })
  })
})
