import { useMemo } from 'react'
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'
import { useExposedImports } from '../data/useBaseline'
import { useMoneyFormatters } from '../store/derived'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectTariffPct } from '../store/scenarioStore'
import { markerLabelTariffSensitivity, markerTariffSensitivity } from './specs/tariff-sensitivity'
import { useCurveInputs } from './useChartInputs'
import { COLORS } from './palette'
import { useChartStyle } from './chartSize'

/**
 * The current-setting marker on the sensitivity chart. It is the only part of that chart that
 * follows the slider, so it subscribes to the tariff itself and draws with the chart's scales:
 * a slider step re-renders this small component, not the chart and its 101-point lines.
 */
export function TariffMarker() {
  const tariffPct = useScenario(selectTariffPct)
  const inputs = useCurveInputs()
  const exposed = useExposedImports()
  const { money } = useMoneyFormatters()
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  const { px } = useChartStyle()
  const marker = useMemo(() => markerTariffSensitivity({ exposed, inputs }, tariffPct), [exposed, inputs, tariffPct])
  if (!xScale || !yScale || !plot) return null
  const x = xScale(tariffPct)
  const y = yScale(marker.costUsd)
  if (x === undefined || y === undefined) return null
  const labelOnLeft = tariffPct > 30
  // Above the lines (their layer is 400), so the label's white halo keeps it readable where it
  // crosses a curve, on screen and in an exported image.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="tariff-marker" aria-hidden="true" data-tariff={tariffPct}>
        <line x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} stroke={COLORS.marker} strokeWidth={2} />
        <circle cx={x} cy={y} r={px(6)} fill={COLORS.marker} stroke="#fff" strokeWidth={2} />
        <text
          x={labelOnLeft ? x - px(10) : x + px(10)}
          y={y}
          dy="0.35em"
          textAnchor={labelOnLeft ? 'end' : 'start'}
          fill={COLORS.marker}
          fontSize={px(12)}
          fontWeight={600}
          paintOrder="stroke"
          stroke="#fff"
          strokeWidth={3}
        >
          {markerLabelTariffSensitivity(marker, money)}
        </text>
      </g>
    </ZIndexLayer>
  )
}
