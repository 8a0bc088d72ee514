import { useId, type ReactNode } from 'react'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { pickScenario } from '../store/scenarioStore'
import { chartFileName } from '../format/scenarioText'
import { PanelErrorBoundary } from '../app/PanelErrorBoundary'
import { toCsv, type CsvTable } from './csv'
import { downloadBlob } from './download'
import { useScenarioText } from './useScenarioText'
import { ChartLegend, type LegendItem } from './ChartLegend'
import type { ChartSlug } from './chartMeta'

export interface ChartFrameProps {
  title: string
  /** File-name part: "tariff-sensitivity". */
  slug: ChartSlug
  /** What the chart shows, one line, before the scenario caption. */
  description: string
  /** Built only when the user asks for it. */
  csv: () => CsvTable
  /** Extra source line (facts beyond the company estimates). */
  extraSource?: string
  /** Spans the whole row of the chart grid. */
  wide?: boolean
  /** Series keys shown above the plot; omit for charts that label their marks directly. */
  legend?: readonly LegendItem[]
  children: ReactNode
}

/** Caption and source subscribe to the scenario here, so the chart itself does not re-render for them. */
function ScenarioCaption({ description, extraSource }: { description: string; extraSource: string | undefined }) {
  const { caption, source } = useScenarioText()
  return (
    <figcaption>
      <p className="chart-caption">
        <span className="chart-description">{description}</span> <span className="chart-scenario">{caption}</span>
      </p>
      <p className="chart-source">
        {source}
        {extraSource ? ` ${extraSource}` : ''}
      </p>
    </figcaption>
  )
}

export function ChartFrame(props: ChartFrameProps) {
  const titleId = useId()
  const store = useScenarioStoreApi()
  const downloadCsv = () => {
    const scenario = pickScenario(store.getState())
    const blob = new Blob([toCsv(props.csv())], { type: 'text/csv;charset=utf-8' })
    downloadBlob(chartFileName(props.slug, scenario, 'csv'), blob)
  }
  return (
    <figure className={props.wide ? 'chart-frame wide' : 'chart-frame'} aria-labelledby={titleId} data-chart-slug={props.slug}>
      <div className="chart-head">
        <h2 id={titleId} className="chart-title">
          {props.title}
        </h2>
        <div className="chart-actions" role="group" aria-label={`${props.title}: downloads`}>
          <button type="button" className="button small" onClick={downloadCsv} aria-label={`Download CSV: ${props.title} data`}>
            CSV
          </button>
        </div>
      </div>
      {props.legend && <ChartLegend items={props.legend} />}
      <div className="chart-body">
        <PanelErrorBoundary what={`The chart “${props.title}”`}>{props.children}</PanelErrorBoundary>
      </div>
      <ScenarioCaption description={props.description} extraSource={props.extraSource} />
    </figure>
  )
}
