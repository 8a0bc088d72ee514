import { exposureCut, FULL_RAMP } from './partnership'
import type { Assumptions, PartnershipChoice } from './scenario'

export interface PlantCountRow {
  year: number
  /** Published count (17 now, 10 by the target year); null in years the article does not give. */
  publishedPlants: number | null
  /** Assumed path: a straight line between the two published ends, then held. */
  assumedPlants: number
}

/**
 * Nissan's global plant count by year. The article gives only the two ends (17 now, 10 by
 * 2028); the years between are an assumption, linear and rounded to whole plants, and the
 * chart draws them dashed.
 */
export function nissanPlantPath(
  now: { year: number; plants: number },
  target: { year: number; plants: number },
  years: readonly number[],
): PlantCountRow[] {
  const span = target.year - now.year
  return years.map((year) => {
    const t = span <= 0 ? 1 : Math.min(1, Math.max(0, (year - now.year) / span))
    const published = year === now.year ? now.plants : year === target.year ? target.plants : null
    return {
      year,
      publishedPlants: published,
      assumedPlants: Math.round(now.plants + (target.plants - now.plants) * t),
    }
  })
}

/**
 * Vehicles a year whose import value the partnership moves into North American plants at full
 * ramp: value moved ÷ import value per vehicle. Does not depend on the tariff rate.
 */
export function movedVehiclesPerYear(
  exposedUsd: number,
  partnership: PartnershipChoice,
  a: Assumptions,
  startYear: number,
  year: number = FULL_RAMP,
): number {
  if (a.vehicleValueUsd <= 0) return 0
  const cut = exposureCut(partnership, a, startYear, year)
  return (exposedUsd * cut.total) / a.vehicleValueUsd
}
