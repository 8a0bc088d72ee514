import { useId } from 'react'
import { createUiStore } from '../store/createUiStore'
import { useChartSize } from './chartSize'

/*
 * The band behind "Cost over time" and "Tariff sensitivity" (issue 9): the combined cost with the
 * partnership at the lowest and highest corners of the assumptions' stated ranges (model/bands).
 * One band per chart, for the figure both charts are about; a band per series would stack four
 * light areas on top of each other and hide the lines. What it shows (rows, legend item, caption,
 * CSV columns) is in the charts' specs (specs/range.ts); here is whether it is shown.
 */

export type RangeSlug = 'cost-over-time' | 'tariff-sensitivity'

/**
 * Whether each chart draws its band: a view setting, like the table view, so it is not part of
 * the scenario (the link, saves and undo carry what is modelled, not how it is looked at).
 * The export stage reads the same store, so an exported picture shows what the chart on screen does.
 */
interface RangeState {
  hidden: Partial<Record<RangeSlug, boolean>>
  setShown: (slug: RangeSlug, shown: boolean) => void
}

export const useRangeStore = createUiStore<RangeState>((set) => ({
  hidden: {},
  setShown: (slug, shown) => set((s) => ({ hidden: { ...s.hidden, [slug]: !shown } })),
}))

export function useShowRange(slug: RangeSlug): boolean {
  return useRangeStore((s) => !s.hidden[slug])
}

/** The checkbox that shows or hides a chart's band; on the page only, never in a picture. */
export function RangeToggle({ slug }: { slug: RangeSlug }) {
  const id = useId()
  const shown = useShowRange(slug)
  const setShown = useRangeStore((s) => s.setShown)
  const { mode } = useChartSize()
  if (mode !== 'page') return null
  return (
    <div className="range-toggle">
      <input id={id} type="checkbox" checked={shown} onChange={(e) => setShown(slug, e.target.checked)} />
      <label htmlFor={id}>Show ranges</label>
    </div>
  )
}

/** Tooltip text of a value or of a band ([low, high]). */
export function tooltipMoney(money: (usd: number) => string) {
  return (v: unknown) => (Array.isArray(v) ? `${money(Number(v[0]))} – ${money(Number(v[1]))}` : money(Number(v)))
}
