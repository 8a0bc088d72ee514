import type { ComponentType } from 'react'
import type { ComparisonSlug } from './chartMeta'

/**
 * Charts outside the dashboard grid that the export stage can draw. The comparison's module
 * registers its charts when it loads (it is a lazy chunk), so the stage needs no static import
 * of it; a chart only offers PNG/SVG once it is registered.
 */
const registry = new Map<ComparisonSlug, ComponentType>()

export function registerExportChart(slug: ComparisonSlug, component: ComponentType): void {
  registry.set(slug, component)
}

export function exportChartComponent(slug: ComparisonSlug): ComponentType | undefined {
  return registry.get(slug)
}
