import { downloadBlob } from './download'
import { exportSettings } from './exportSettings'
import { openStage, stageSpecFor } from './stageQueue'
import type { ExportSlug } from './chartMeta'

export type ImageFormat = 'png' | 'svg'

export interface ChartFile {
  blob: Blob
  fileName: string
}

/**
 * One chart as a PNG or SVG file. The export code (SVG composition, fonts, rasterising) arrives
 * by import() on first use, in parallel with drawing the stage.
 */
export async function chartImageFile(slug: ExportSlug, format: ImageFormat): Promise<ChartFile> {
  const { size, scale } = exportSettings.getState()
  const start = performance.now()
  const [mod, stage] = await Promise.all([import('../export/chartImage'), openStage(slug, stageSpecFor(slug, size))])
  // Phases show in the browser's performance timeline (and `npm run bench` prints them).
  performance.measure('export: draw stage', { start })
  try {
    return await mod.chartImage(stage, format, scale)
  } finally {
    stage.release()
  }
}

export async function downloadChartImage(slug: ExportSlug, format: ImageFormat): Promise<string> {
  const file = await chartImageFile(slug, format)
  downloadBlob(file.fileName, file.blob)
  return file.fileName
}

/** Image copy needs the async Clipboard API with ClipboardItem, in a secure context. */
export function canCopyImages(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function' &&
    (typeof ClipboardItem.supports !== 'function' || ClipboardItem.supports('image/png'))
  )
}
