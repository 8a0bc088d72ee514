import type { Scenario } from '../model/scenario'
import { chartFileName } from '../format/scenarioText'
import { stageToSvg } from './svgFromStage'
import { svgToPng } from './rasterize'

/** What the charts side hands over: a drawn stage and the scenario it shows. */
export interface StageInput {
  slug: string
  element: HTMLElement
  scenario: Scenario
}

export interface ImageFile {
  blob: Blob
  fileName: string
  /** Pixels of the file (PNG) or of the viewBox (SVG). */
  width: number
  height: number
}

export async function chartImage(stage: StageInput, format: 'png' | 'svg', scale: number): Promise<ImageFile> {
  let start = performance.now()
  const svg = withSummary(await stageToSvg(stage.element), stageTexts(stage).summary)
  performance.measure('export: compose SVG', { start })
  const fileName = chartFileName(stage.slug, stage.scenario, format)
  if (format === 'svg') {
    return { blob: new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }), fileName, width: svg.width, height: svg.height }
  }
  start = performance.now()
  const blob = await svgToPng(svg, scale)
  performance.measure('export: rasterise PNG', { start })
  return { blob, fileName, width: Math.round(svg.width * scale), height: Math.round(svg.height * scale) }
}

/** The texts a slide sets natively beside the picture, read from the stage; `summary` is the scenario in words. */
export function stageTexts(stage: StageInput): { title: string; caption: string; source: string; summary: string } {
  const part = (name: string) => stage.element.querySelector(`[data-export-part="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  return { title: part('title'), caption: part('caption'), source: part('source'), summary: part('summary') }
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A PNG cannot carry alt text; the SVG's <desc> can: the caption, then the scenario in words. */
function withSummary<T extends { text: string }>(svg: T, summary: string): T {
  const end = svg.text.indexOf('</desc>')
  if (!summary || end < 0) return svg
  return { ...svg, text: `${svg.text.slice(0, end)} ${xmlText(summary)}${svg.text.slice(end)}` }
}
