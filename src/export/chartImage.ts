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
  const svg = await stageToSvg(stage.element)
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

/** The texts a slide sets natively beside the picture, read from the stage. */
export function stageTexts(stage: StageInput): { title: string; caption: string; source: string } {
  const part = (name: string) => stage.element.querySelector(`[data-export-part="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  return { title: part('title'), caption: part('caption'), source: part('source') }
}
