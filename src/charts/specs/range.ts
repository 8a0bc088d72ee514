import { COLORS } from '../palette'
import type { LegendItem } from '../ChartLegend'

/*
 * The band behind "Cost over time" and "Tariff sensitivity" (issue 9), the parts both specs share:
 * the combined cost with the partnership at the lowest and highest corners of the assumptions'
 * stated ranges (model/bands). Whether a chart shows it is a view setting (charts/rangeBand.tsx).
 */

export const RANGE_LABEL = 'Range with the stated assumption ranges'

export const RANGE_LEGEND_ITEM: LegendItem = {
  label: RANGE_LABEL,
  color: COLORS.band,
  mark: 'box',
  outline: { color: COLORS.bandEdge, dash: '3 2' },
}

/** What the caption adds while the band is shown; the high end names the options only when one is on. */
export function rangeCaption(hasTariffOption: boolean): string {
  const high = hasTariffOption
    ? 'nothing passed on and each chosen option at the low end of its effect and the long end of its ramp'
    : 'nothing passed on'
  return `The shaded band is the combined cost with the partnership at the ends of the assumptions’ stated ranges (low end: all of the tariff passed on to buyers, so no cost; high end: ${high}).`
}

export const lowColumn = (what: string, unit: string) => `${what}, low end of the stated ranges (${unit})`
export const highColumn = (what: string, unit: string) => `${what}, high end of the stated ranges (${unit})`
