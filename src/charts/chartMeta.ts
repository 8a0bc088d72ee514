import { CHART_TITLES } from '../format/chartTitles'

/**
 * The four charts by slug, in page order. Slugs name the exported files
 * (`honda-nissan_<slug>_<scenario>.png`) and the slides; titles are the figures' accessible names.
 * Kept apart from the chart components so the header and the export code can list the charts
 * without loading Recharts.
 */
export type ChartSlug = 'tariff-cost-by-company' | 'tariff-sensitivity' | 'cost-over-time' | 'plant-footprint' | 'what-matters-most'

export interface ChartMeta {
  slug: ChartSlug
  title: string
  /** Spans the whole row of the grid on the page (and exports wider at chart size). */
  wide: boolean
}

export const CHART_META: readonly ChartMeta[] = [
  { slug: 'tariff-cost-by-company', title: CHART_TITLES['tariff-cost-by-company'], wide: false },
  { slug: 'tariff-sensitivity', title: CHART_TITLES['tariff-sensitivity'], wide: false },
  { slug: 'cost-over-time', title: CHART_TITLES['cost-over-time'], wide: true },
  { slug: 'plant-footprint', title: CHART_TITLES['plant-footprint'], wide: true },
  { slug: 'what-matters-most', title: CHART_TITLES['what-matters-most'], wide: true },
]

export function chartMeta(slug: ChartSlug): ChartMeta {
  const meta = CHART_META.find((m) => m.slug === slug)
  if (!meta) throw new Error(`Unknown chart ${slug}`)
  return meta
}

export function isChartSlug(slug: string): slug is ChartSlug {
  return CHART_META.some((m) => m.slug === slug)
}

/** Charts drawn elsewhere (the comparison) that register themselves for image export. */
export type ComparisonSlug = `comparison-${string}`
/** Everything the export stage can draw. */
export type ExportSlug = ChartSlug | ComparisonSlug
