import { TariffCostByCompanyChart } from './TariffCostByCompanyChart'
import { TariffSensitivityChart } from './TariffSensitivityChart'
import { CostOverTimeChart } from './CostOverTimeChart'
import { PlantFootprintChart } from './PlantFootprintChart'

/** All four charts; one module so Recharts arrives as one chunk, loaded beside the data. */
export default function ChartGrid() {
  return (
    <div className="chart-grid">
      <TariffCostByCompanyChart />
      <TariffSensitivityChart />
      <CostOverTimeChart />
      <PlantFootprintChart />
    </div>
  )
}
