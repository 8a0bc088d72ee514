import './ExportHost.css'
import { Component, useEffect, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { pickScenario } from '../store/scenarioStore'
import { useBaseline } from '../data/useBaseline'
import { CHARTS } from './chartList'
import { isChartSlug } from './chartMeta'
import { exportChartComponent } from './exportRegistry'
import { ChartSizeContext, type ChartSize } from './chartSize'
import { stageJobs, type StageJob, type StageKind } from './stageQueue'
import { CHART_HEIGHT } from './palette'
import { exportSettings } from './exportSettings'

const STAGE_SIZES: Record<StageKind, ChartSize> = {
  // As on the page: the exported card matches what the user saw.
  chart: { mode: 'export', height: CHART_HEIGHT, subHeight: 240, scale: 1 },
  // Fixed boxes: the plot fills what the title, legend and source leave.
  slide: { mode: 'export', height: '100%', subHeight: '100%', scale: 1 },
  bare: { mode: 'export', height: '100%', subHeight: '100%', scale: 1 },
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Every Recharts surface has its container's width: ResponsiveContainer has measured the stage. */
function plotsMeasured(stage: HTMLElement): boolean {
  const containers = Array.from(stage.querySelectorAll<HTMLElement>('.recharts-responsive-container'))
  return (
    containers.length > 0 &&
    containers.every((c) => {
      const svg = c.querySelector('svg.recharts-surface')
      const width = Number(svg?.getAttribute('width') ?? 0)
      return width > 0 && Math.abs(width - c.clientWidth) <= 1
    })
  )
}

/**
 * Resolve once the stage's charts have measured their box and stopped changing for a frame
 * (Recharts 3 draws in a few commits: size, then axes, then the layers it portals into z-index groups).
 */
async function whenDrawn(stage: HTMLElement, isCancelled: () => boolean, timeoutMs = 4000): Promise<boolean> {
  await document.fonts.ready
  let changed = true
  const observer = new MutationObserver(() => {
    changed = true
  })
  observer.observe(stage, { subtree: true, childList: true, attributes: true, characterData: true })
  const start = performance.now()
  try {
    while (performance.now() - start < timeoutMs) {
      await nextFrame()
      if (isCancelled()) return false
      if (!changed && plotsMeasured(stage)) return true
      changed = false
    }
    throw new Error('the chart did not finish drawing')
  } finally {
    observer.disconnect()
  }
}

class StageBoundary extends Component<{ job: StageJob; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: Error) {
    this.props.job.settle(error)
  }
  override render() {
    return this.state.failed ? null : this.props.children
  }
}

function ExportStage({ job }: { job: StageJob }) {
  const ref = useRef<HTMLDivElement>(null)
  const store = useScenarioStoreApi()
  const baseline = useBaseline()
  // Read once per picture: the light export style unless the user chose "as on screen".
  const [light] = useState(() => exportSettings.getState().theme === 'light')
  const Chart = isChartSlug(job.slug) ? CHARTS.find((c) => c.slug === job.slug)?.Component : exportChartComponent(job.slug)
  useEffect(() => {
    const element = ref.current
    if (!element || !Chart) {
      job.settle(new Error(`there is no chart “${job.slug}”`))
      return
    }
    let cancelled = false
    whenDrawn(element, () => cancelled).then(
      (drawn) => {
        if (drawn) job.settle({ element, scenario: pickScenario(store.getState()), baseline })
      },
      (e: unknown) => job.settle(e instanceof Error ? e : new Error(String(e))),
    )
    return () => {
      cancelled = true
    }
  }, [job, store, Chart, baseline])
  return (
    // Off screen, out of the accessibility tree and the tab order: a copy of a chart already on the page.
    <div
      ref={ref}
      className={`export-stage stage-${job.spec.kind}${light ? ' export-light' : ''}`}
      style={{ width: job.spec.width, height: job.spec.height }}
      aria-hidden="true"
      inert
    >
      {/* eslint-disable-next-line react-hooks/static-components -- Chart is looked up in the static chart registries, not created here */}
      <ChartSizeContext.Provider value={STAGE_SIZES[job.spec.kind]}>{Chart && <Chart />}</ChartSizeContext.Provider>
    </div>
  )
}

/** Draws the stages that `openStage` asks for; must sit inside the store and query providers. */
export function ExportHost() {
  const jobs = stageJobs((s) => s.jobs)
  return (
    <>
      {jobs.map((job) =>
        createPortal(
          <StageBoundary job={job}>
            <ExportStage job={job} />
          </StageBoundary>,
          document.body,
          String(job.id),
        ),
      )}
    </>
  )
}
