import { TARIFF_LIMITS } from '../../data/publishedScenario'
import type { ValueAxis } from './axis'

type TariffAxis = ValueAxis & { title: string }

/**
 * The tariff axis of every sensitivity chart (the dashboard's and the comparison's): the slider's
 * whole range, 0–50%, with ticks at the rates people quote. One object for the app's life, so
 * Recharts sees the same domain and ticks on every render.
 */
const TARIFF_AXIS: TariffAxis = {
  domain: [TARIFF_LIMITS.min, TARIFF_LIMITS.max],
  ticks: [0, 10, 15, 20, 25, 30, 40, 50],
  title: 'US tariff on Japanese imports',
}

export function tariffAxis(): Readonly<TariffAxis> {
  return TARIFF_AXIS
}
