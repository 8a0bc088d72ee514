import { createUiStore } from '../store/createUiStore'
import type { Scenario } from '../model/scenario'
import type { Baseline } from '../data/baselineSchema'
import { isChartSlug, chartMeta, type ExportSlug } from './chartMeta'

/**
 * Export draws a chart afresh in an off-screen "stage" at a fixed size with animation off (as OWID's
 * grapher re-renders in a static mode before it rasterises), instead of copying what is on screen:
 * the on-screen chart may be mid-animation, hovered, hidden (width 0) or laid out for a phone.
 *
 * Whoever wants a picture asks here; `ExportHost` (rendered inside the store provider) draws the
 * stage and answers. This module is tiny on purpose: the header's "Export all" imports it without
 * pulling in Recharts.
 */
export type StageKind = 'chart' | 'slide' | 'bare'

export interface StageSpec {
  /** chart: the card as on the page; slide: 16:9 with title, caption and source; bare: legend and plot only (for slide decks, which set their own text). */
  kind: StageKind
  /** CSS px. */
  width: number
  /** CSS px; omitted for `chart`, whose height follows its content. */
  height?: number
}

export interface StageResult {
  element: HTMLElement
  scenario: Scenario
  /** The data the stage drew from: the editable deck builds its charts from it and the scenario. */
  baseline: Baseline
}

export interface Stage extends StageResult {
  slug: ExportSlug
  /** Unmount the stage; call when the picture has been taken. */
  release: () => void
}

export interface StageJob {
  id: number
  slug: ExportSlug
  spec: StageSpec
  settle: (result: StageResult | Error) => void
}

export const stageJobs = createUiStore<{ jobs: StageJob[] }>(() => ({ jobs: [] }))

/** 960×540 CSS px: 1920×1080 at the default 2×. */
export const SLIDE_STAGE = { width: 960, height: 540 } as const
/** The picture area of a 13.33×7.5 in slide between the title and the caption. */
export const DECK_STAGE = { width: 1100, height: 430 } as const

let nextId = 1

export function openStage(slug: ExportSlug, spec: StageSpec, timeoutMs = 10_000): Promise<Stage> {
  return new Promise((resolve, reject) => {
    const id = nextId++
    const release = () => stageJobs.setState((s) => ({ jobs: s.jobs.filter((j) => j.id !== id) }))
    // The host lives in the charts chunk; if it never answers (charts failed to load), say so.
    const timer = setTimeout(() => {
      release()
      reject(new Error('the charts are not ready to export yet; try again in a moment'))
    }, timeoutMs)
    const settle = (result: StageResult | Error) => {
      clearTimeout(timer)
      if (result instanceof Error) {
        release()
        reject(result)
      } else {
        resolve({ ...result, slug, release })
      }
    }
    stageJobs.setState((s) => ({ jobs: [...s.jobs, { id, slug, spec, settle }] }))
  })
}

/** Below this a chart is hidden or unmeasured (width 0 or -1): export at a default size instead. */
const MIN_WIDTH = 320

/** The stage for a chart at its size on the page, or for a 16:9 slide. */
export function stageSpecFor(slug: ExportSlug, size: 'chart' | 'slide'): StageSpec {
  if (size === 'slide') return { kind: 'slide', ...SLIDE_STAGE }
  const figure = document.querySelector(`figure[data-chart-slug="${slug}"]`)
  const measured = figure ? Math.round(figure.getBoundingClientRect().width) : 0
  const width = measured >= MIN_WIDTH ? measured : isChartSlug(slug) && chartMeta(slug).wide ? 1200 : 640
  return { kind: 'chart', width }
}
