import { useCallback, useRef } from 'react'
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'
import { useExposedImports } from '../data/useBaseline'
import { useMoneyFormatters } from '../store/derived'
import type { ScenarioState } from '../store/scenarioStore'
import { useLive, writeAttr, writeText } from '../store/liveText'
import { markerLabelTariffSensitivity, markerTariffSensitivity } from './specs/tariff-sensitivity'
import { useCurveInputs } from './useChartInputs'
import { COLORS } from './palette'
import { useChartStyle } from './chartSize'

interface MarkerPlace {
  tariffPct: number
  x: number
  y: number
  labelX: number
  anchor: 'start' | 'end'
  text: string
}

/**
 * The current-setting marker on the sensitivity chart. It is the only part of that chart that
 * follows the slider, drawn with the chart's scales: at rest a step re-renders this small
 * component, not the chart and its 101-point lines; during a gesture not even that (useLive
 * writes its place and label as React would, store/liveText).
 */
export function TariffMarker() {
  const inputs = useCurveInputs()
  const exposed = useExposedImports()
  const { money } = useMoneyFormatters()
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  const { px } = useChartStyle()
  const g = useRef<SVGGElement>(null)
  const line = useRef<SVGLineElement>(null)
  const dot = useRef<SVGCircleElement>(null)
  const label = useRef<SVGTextElement>(null)
  const place = useCallback(
    (s: ScenarioState): MarkerPlace | null => {
      if (!xScale || !yScale) return null
      const tariffPct = s.tariffPct
      const marker = markerTariffSensitivity({ exposed, inputs }, tariffPct)
      const x = xScale(tariffPct)
      const y = yScale(marker.costUsd)
      if (x === undefined || y === undefined) return null
      const labelOnLeft = tariffPct > 30
      return {
        tariffPct,
        x,
        y,
        labelX: labelOnLeft ? x - px(10) : x + px(10),
        anchor: labelOnLeft ? 'end' : 'start',
        text: markerLabelTariffSensitivity(marker, money),
      }
    },
    [xScale, yScale, exposed, inputs, money, px],
  )
  const shown = useLive(place, (next) => {
    if (!next) return
    writeAttr(g.current, 'data-tariff', next.tariffPct)
    writeAttr(line.current, 'x1', next.x)
    writeAttr(line.current, 'x2', next.x)
    writeAttr(dot.current, 'cx', next.x)
    writeAttr(dot.current, 'cy', next.y)
    writeAttr(label.current, 'x', next.labelX)
    writeAttr(label.current, 'y', next.y)
    writeAttr(label.current, 'text-anchor', next.anchor)
    if (label.current) writeText(label.current, next.text)
  })
  if (!shown || !plot) return null
  // Above the lines (their layer is 400), so the label's white halo keeps it readable where it
  // crosses a curve, on screen and in an exported image.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g ref={g} className="tariff-marker" aria-hidden="true" data-tariff={shown.tariffPct}>
        <line ref={line} x1={shown.x} x2={shown.x} y1={plot.y} y2={plot.y + plot.height} stroke={COLORS.marker} strokeWidth={2} />
        <circle ref={dot} cx={shown.x} cy={shown.y} r={px(6)} fill={COLORS.marker} stroke="#fff" strokeWidth={2} />
        <text
          ref={label}
          x={shown.labelX}
          y={shown.y}
          dy="0.35em"
          textAnchor={shown.anchor}
          fill={COLORS.marker}
          fontSize={px(12)}
          fontWeight={600}
          paintOrder="stroke"
          stroke="#fff"
          strokeWidth={3}
        >
          {shown.text}
        </text>
      </g>
    </ZIndexLayer>
  )
}
