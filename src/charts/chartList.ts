import type { ComponentType } from 'react'
import { TariffCostByCompanyChart } from './TariffCostByCompanyChart'
import { TariffSensitivityChart } from './TariffSensitivityChart'
import { CostOverTimeChart } from './CostOverTimeChart'
import { PlantFootprintChart } from './PlantFootprintChart'
import { WhatMattersMostChart } from './WhatMattersMostChart'
import { CHART_META, type ChartMeta } from './chartMeta'

const COMPONENTS: Record<ChartMeta['slug'], ComponentType> = {
  'tariff-cost-by-company': TariffCostByCompanyChart,
  'tariff-sensitivity': TariffSensitivityChart,
  'cost-over-time': CostOverTimeChart,
  'plant-footprint': PlantFootprintChart,
  'what-matters-most': WhatMattersMostChart,
}

/** The charts in page order with their components: the grid, the slides and the export stage draw from this. */
export const CHARTS: readonly (ChartMeta & { Component: ComponentType })[] = CHART_META.map((m) => ({
  ...m,
  Component: COMPONENTS[m.slug],
}))
