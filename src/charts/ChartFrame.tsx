import './ChartFrame.css'
import { useCallback, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react'
import { ChartDataTable } from './ChartDataTable'
import { chartSummary } from './chartSummary'
import { PanelErrorBoundary } from '../ui/PanelErrorBoundary'
import type { CsvTable, ExtraCsv } from './csv'
import { useScenarioText } from './useScenarioText'
import { ChartLegend, type LegendItem } from './ChartLegend'
import { ChartActions } from './ChartActions'
import { useChartSize } from './chartSize'
import type { ExportSlug } from './chartMeta'
import { ExportSummary } from './ExportSummary'
import { AddNoteButton, NoteForm, NoteList, useNoteEditor, type NoteAnchors } from './NoteEditor'
import { isChartSlug } from './chartMeta'
import { selectGesturesEnded, useUiStore } from '../store/uiStore'
import { useLiveText } from '../store/liveText'
import { useScenario } from '../store/ScenarioStoreContext'
import { scenarioCaption, sourceLine } from '../format/scenarioText'
import type { ScenarioState } from '../store/scenarioStore'
import { useHeightHeldWhileAdjusting } from '../ui/useHeightHeldWhileAdjusting'

export interface ChartFrameProps {
  title: string
  /** File-name part: "tariff-sensitivity". The four dashboard charts also export as images. */
  slug: ExportSlug
  /** What the chart shows, one line, before the scenario caption. */
  description: string
  /** Built only when the user asks for it. */
  csv: () => CsvTable
  /** More tables, each downloaded as a file of its own (the plant list). */
  moreCsv?: readonly ExtraCsv[]
  /** Extra source line (facts beyond the company estimates). */
  extraSource?: string
  /** Spans the whole row of the chart grid. */
  wide?: boolean
  /** Series keys shown above the plot; omit for charts that label their marks directly. */
  legend?: readonly LegendItem[]
  /** Caption and source of a chart that is not about the scenario on screen (a comparison). */
  text?: { caption: string; source: string }
  /** Where a note can sit on this chart (#9); without it the chart offers no "Add note". */
  notes?: NoteAnchors
  children: ReactNode
}

const captionOf = (s: ScenarioState) => scenarioCaption(s)
const sourceOf = (s: ScenarioState) => sourceLine(s)

/**
 * Caption and source follow the scenario here, so the chart itself does not re-render for them.
 * The caption follows a slider step without a render at all (store/liveText, #7); the source line
 * names the assumptions, not the tariff, so a tariff step leaves it alone.
 */
function ScenarioCaption({ description, extraSource }: { description: string; extraSource: string | undefined }) {
  const caption = useLiveText<HTMLSpanElement>(captionOf)
  const source = useScenario(sourceOf)
  // "Tariff 8.5% · …" takes a line more than "Tariff 9% · …" at some widths (1280 px, phones): held
  // while a slider moves, the caption does not hand those pixels to the plot above it and take them
  // back at every other step (the chart was redrawn at a new height each time).
  const holdHeight = useHeightHeldWhileAdjusting<HTMLElement>()
  return captionMarkup({ description, caption: caption.value, source, extraSource, captionRef: caption.ref, holdRef: holdHeight })
}

function CaptionText(props: { description: string; extraSource: string | undefined; caption: string; source: string }) {
  return captionMarkup(props)
}

function captionMarkup(props: {
  description: string
  caption: string
  source: string
  extraSource: string | undefined
  captionRef?: RefObject<HTMLSpanElement | null>
  holdRef?: (el: HTMLElement) => () => void
}) {
  return (
    <figcaption ref={props.holdRef}>
      <p className="chart-caption">
        <span className="chart-description">{props.description}</span>{' '}
        <span ref={props.captionRef} className="chart-scenario">
          {props.caption}
        </span>
      </p>
      <p className="chart-source">
        {props.source}
        {props.extraSource ? ` ${props.extraSource}` : ''}
      </p>
    </figcaption>
  )
}

/**
 * The chart as the export stage draws it: title and the scenario caption on top, legend, plot,
 * source line at the foot. Every part is plain text or SVG, so `src/export` can turn the stage into
 * one standalone SVG. `data-export-part` names the texts a slide deck reuses.
 */
function ExportFrame(props: ChartFrameProps) {
  const current = useScenarioText()
  // A comparison chart carries its own caption; every other chart states the scenario on screen.
  const { caption, source } = props.text ?? current
  return (
    <figure className={props.wide ? 'chart-frame export-frame wide' : 'chart-frame export-frame'}>
      <h2 className="chart-title" data-export-part="title">
        {props.title}
      </h2>
      <p className="chart-caption" data-export-part="caption">
        <span className="chart-description">{props.description}</span> <span className="chart-scenario">{caption}</span>
      </p>
      {props.legend && <ChartLegend items={props.legend} />}
      <div className="chart-body">{props.children}</div>
      <p className="chart-source" data-export-part="source">
        {source}
        {props.extraSource ? ` ${props.extraSource}` : ''}
      </p>
      {!props.text && <ExportSummary />}
    </figure>
  )
}

/** The text summary for screen readers, from the CSV table (#10): the figure is described by it. */
function ChartSummary({ id, title, csv }: { id: string; title: string; csv: () => CsvTable }) {
  // A hidden text need not follow a slider step by step: while a slider moves it holds what the
  // gesture found, and is built once when the gesture ends (#7; before, a deferred render rebuilt
  // every summary after each step's paint, a task in the way of the next key).
  // It renders again when a gesture ends, not when one starts (store/liveText's useLive).
  useUiStore(selectGesturesEnded)
  const shown = useRef(csv)
  if (!useUiStore.getState().isAdjusting) shown.current = csv
  // Deferred: it catches up when idle. Empty at first (the initial value), so the first view's
  // render does not build five summaries before any chart is drawn: they follow after it.
  const latestCsv = useDeferredValue<(() => CsvTable) | null>(shown.current, null)
  const text = useMemo(() => (latestCsv ? chartSummary(title, latestCsv()) : ''), [title, latestCsv])
  return (
    <p id={id} className="visually-hidden">
      {text}
    </p>
  )
}

export function ChartFrame(props: ChartFrameProps) {
  const titleId = useId()
  const summaryId = useId()
  const [showTable, setShowTable] = useState(false)
  const { mode } = useChartSize()
  // The toolbar builds the table only on a click: it gets one function for the frame's life, which
  // calls the latest, so a chart whose data follows a slider does not re-render its toolbar (#7).
  const latestCsv = useRef(props.csv)
  useLayoutEffect(() => {
    latestCsv.current = props.csv
  })
  const csvOnClick = useCallback(() => latestCsv.current(), [])
  const noteEditor = useNoteEditor(
    isChartSlug(props.slug) ? props.slug : 'cost-over-time',
    isChartSlug(props.slug) ? props.notes : undefined,
  )
  if (mode === 'export') return <ExportFrame {...props} />
  const isPresenting = mode === 'present'
  const asTable = showTable && !isPresenting
  const isEmbedded = mode === 'embed'
  const className = ['chart-frame', props.wide && 'wide', isPresenting && 'is-fill is-present', isEmbedded && 'is-fill is-embed']
    .filter(Boolean)
    .join(' ')
  return (
    <figure className={className} aria-labelledby={titleId} aria-describedby={summaryId} data-chart-slug={props.slug}>
      <div className="chart-head">
        <h2 id={titleId} className="chart-title">
          {props.title}
        </h2>
        {!isPresenting && !isEmbedded && (
          <div className="chart-head-tools">
            <AddNoteButton editor={noteEditor} title={props.title} />
            {/* Table view in place of the chart, from the CSV export's table (#10). */}
            <button
              type="button"
              className="button small"
              aria-pressed={showTable}
              onClick={() => setShowTable((v) => !v)}
              aria-label={`Table: ${props.title}`}
            >
              Table
            </button>
            <ChartActions slug={props.slug} title={props.title} csv={csvOnClick} moreCsv={props.moreCsv} />
          </div>
        )}
      </div>
      {!isPresenting && !isEmbedded && <NoteForm editor={noteEditor} />}
      <ChartSummary id={summaryId} title={props.title} csv={props.csv} />
      {props.legend && !asTable && <ChartLegend items={props.legend} />}
      <div className={asTable ? 'chart-body as-table' : 'chart-body'}>
        <PanelErrorBoundary what={`The chart “${props.title}”`}>
          {asTable ? <ChartDataTable title={props.title} table={props.csv()} /> : props.children}
        </PanelErrorBoundary>
      </div>
      {!isPresenting && !isEmbedded && <NoteList editor={noteEditor} title={props.title} />}
      {props.text ? (
        <CaptionText description={props.description} extraSource={props.extraSource} {...props.text} />
      ) : (
        <ScenarioCaption description={props.description} extraSource={props.extraSource} />
      )}
    </figure>
  )
}
