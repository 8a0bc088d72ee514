import './ChartActions.css'
import { memo, useId, useRef, useState } from 'react'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { pickScenario } from '../store/scenarioStore'
import { chartFileName } from '../format/scenarioText'
import { toCsv, type CsvTable, type ExtraCsv } from './csv'
import { downloadBlob } from './download'
import { canCopyImages, chartImageFile, downloadChartImage, type ImageFormat } from './chartExport'
import { exportSettings, useExportSettings, type ExportSettings } from './exportSettings'
import { SLIDE_STAGE } from './stageQueue'
import type { ExportSlug } from './chartMeta'
import { isChartSlug } from './chartMeta'
import { exportChartComponent } from './exportRegistry'
import { useDetailsPopover } from '../ui/useDetailsPopover'
import { useBaseline } from '../data/useBaseline'
import { publishedScenario } from '../data/publishedScenario'
import { embedCode, embedUrl } from '../share/embedLink'
import { copyText } from '../ui/errorDetails'

interface Status {
  text: string
  /** Copying failed: offer the file instead. */
  offerDownload?: boolean
  isError?: boolean
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** Where the PNG size choice is made; one setting for every chart and "Export all". */
function ImageOptions() {
  const id = useId()
  const { size, scale, theme } = useExportSettings()
  const set = (patch: Partial<ExportSettings>) => exportSettings.setState(patch)
  const popover = useDetailsPopover()
  const pixels =
    size === 'slide' ? `${SLIDE_STAGE.width * scale} × ${SLIDE_STAGE.height * scale} px` : `${scale}× the chart’s size on screen`
  return (
    <details className="export-options" ref={popover.ref} onToggle={popover.onToggle}>
      <summary>Image options</summary>
      <div className="export-options-panel">
        <label htmlFor={`${id}-size`}>Image size</label>
        <select id={`${id}-size`} value={size} onChange={(e) => set({ size: e.currentTarget.value === 'slide' ? 'slide' : 'chart' })}>
          <option value="slide">Slide 16:9 (default)</option>
          <option value="chart">Chart’s size on screen</option>
        </select>
        <label htmlFor={`${id}-scale`}>Resolution</label>
        <select id={`${id}-scale`} value={scale} onChange={(e) => set({ scale: Number(e.currentTarget.value) as ExportSettings['scale'] })}>
          <option value={1}>1×</option>
          <option value={2}>2× (sharp on any screen)</option>
          <option value={3}>3× (print)</option>
        </select>
        <label htmlFor={`${id}-theme`}>Theme</label>
        <select id={`${id}-theme`} value={theme} onChange={(e) => set({ theme: e.currentTarget.value === 'screen' ? 'screen' : 'light' })}>
          <option value="light">Light (default)</option>
          <option value="screen">As on screen</option>
        </select>
        <p className="export-options-result">PNG: {pixels}</p>
      </div>
    </details>
  )
}

/**
 * The buttons above each chart: PNG, SVG, copy image, CSV. Accessible names carry the format and
 * the chart (“Download PNG: Tariff sensitivity”), as the UI contract asks.
 */
interface ActionsProps {
  slug: ExportSlug
  title: string
  csv: () => CsvTable
  moreCsv?: readonly ExtraCsv[] | undefined
}

/** Memoised: ChartFrame passes a `csv` that stays the same while the chart's data changes (#7). */
export const ChartActions = memo(function ChartActions(props: ActionsProps) {
  // The export stage draws the dashboard charts and the charts registered with it (the comparison).
  const drawable = isChartSlug(props.slug) || exportChartComponent(props.slug) !== undefined
  if (!drawable) return <CsvOnlyActions slug={props.slug} title={props.title} csv={props.csv} />
  return <ImageActions {...props} />
})

function CsvOnlyActions(props: { slug: string; title: string; csv: () => CsvTable }) {
  const store = useScenarioStoreApi()
  const downloadCsv = () => {
    const fileName = chartFileName(props.slug, pickScenario(store.getState()), 'csv')
    downloadBlob(fileName, new Blob([toCsv(props.csv())], { type: 'text/csv;charset=utf-8' }))
  }
  return (
    <div className="chart-tools">
      <div className="chart-actions" role="group" aria-label={`${props.title}: downloads`}>
        <button type="button" className="button small" onClick={downloadCsv} aria-label={`Download CSV: ${props.title} data`}>
          CSV
        </button>
      </div>
    </div>
  )
}

function ImageActions(props: ActionsProps) {
  const store = useScenarioStoreApi()
  const [status, setStatus] = useState<Status | null>(null)
  const busy = useRef(false)

  const run = async (what: string, work: () => Promise<string>) => {
    if (busy.current) return
    busy.current = true
    setStatus({ text: `Preparing the ${what}…` })
    try {
      setStatus({ text: `Downloaded ${await work()}` })
    } catch (e) {
      setStatus({ text: `The ${what} could not be made: ${reason(e)}.`, isError: true })
    } finally {
      busy.current = false
    }
  }

  const baseline = useBaseline()
  const copyEmbed = () => {
    // The scenario on screen now (the address bar may be up to 150 ms behind a slider).
    const url = embedUrl(window.location, pickScenario(store.getState()), publishedScenario(baseline), props.slug)
    const code = embedCode(url, `${props.title}: Honda–Nissan US tariff what-if`)
    void copyText(code).then((ok) =>
      setStatus(
        ok
          ? { text: 'Copied the embed code: paste it into a web page to show this chart with this scenario.' }
          : { text: `This browser did not let the page copy. The embed code: ${code}`, isError: true },
      ),
    )
  }

  const download = (format: ImageFormat) => void run(`${format.toUpperCase()} image`, () => downloadChartImage(props.slug, format))

  const downloadCsv = (fileSlug: string = props.slug, table: () => CsvTable = props.csv) => {
    const scenario = pickScenario(store.getState())
    const fileName = chartFileName(fileSlug, scenario, 'csv')
    downloadBlob(fileName, new Blob([toCsv(table())], { type: 'text/csv;charset=utf-8' }))
    setStatus({ text: `Downloaded ${fileName}` })
  }

  const copy = () => {
    const cannot = 'This browser does not let the page put an image on the clipboard.'
    if (!canCopyImages()) {
      setStatus({ text: `${cannot} Save it as a file instead.`, offerDownload: true, isError: true })
      return
    }
    // Safari requires the ClipboardItem to be built inside the click, holding a promise of the blob.
    const blob = chartImageFile(props.slug, 'png').then((f) => f.blob)
    setStatus({ text: 'Copying the image…' })
    let item: ClipboardItem
    try {
      item = new ClipboardItem({ 'image/png': blob })
    } catch (e) {
      blob.catch(() => {})
      setStatus({ text: `${cannot} (${reason(e)}) Save it as a file instead.`, offerDownload: true, isError: true })
      return
    }
    navigator.clipboard.write([item]).then(
      () => setStatus({ text: 'Copied the image to the clipboard: paste it into a slide or a document.' }),
      (e: unknown) =>
        setStatus({ text: `The image could not be copied (${reason(e)}). Save it as a file instead.`, offerDownload: true, isError: true }),
    )
  }

  return (
    <div className="chart-tools">
      <div className="chart-actions" role="group" aria-label={`${props.title}: downloads`}>
        <button type="button" className="button small" onClick={() => download('png')} aria-label={`Download PNG: ${props.title}`}>
          PNG
        </button>
        <button type="button" className="button small" onClick={() => download('svg')} aria-label={`Download SVG: ${props.title}`}>
          SVG
        </button>
        <button type="button" className="button small" onClick={copy} aria-label={`Copy image: ${props.title}`}>
          Copy
        </button>
        <button type="button" className="button small" onClick={() => downloadCsv()} aria-label={`Download CSV: ${props.title} data`}>
          CSV
        </button>
        {props.moreCsv?.map((t) => (
          <button
            key={t.fileSlug}
            type="button"
            className="button small"
            onClick={() => downloadCsv(`${props.slug}-${t.fileSlug}`, t.csv)}
            aria-label={`Download table: ${t.label}`}
            title={`${t.label}: a table of its own (CSV file)`}
          >
            {t.label}
          </button>
        ))}
        {isChartSlug(props.slug) && (
          <button type="button" className="button small" onClick={copyEmbed} aria-label={`Copy embed code: ${props.title}`}>
            Embed
          </button>
        )}
        <ImageOptions />
      </div>
      {/* Rendered only with a message, so the page has no empty status regions to confuse a query. */}
      {status && (
        <p className={status?.isError ? 'chart-status is-error' : 'chart-status'} role="status">
          {status?.text}
          {status?.offerDownload && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => download('png')}>
                Save as a file instead
              </button>
            </>
          )}
        </p>
      )}
    </div>
  )
}
