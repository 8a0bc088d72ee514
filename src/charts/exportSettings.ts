import { createUiStore } from '../store/createUiStore'

/** How PNGs and SVGs come out, shared by every chart's buttons and "Export all". Not part of a scenario. */
export interface ExportSettings {
  /**
   * slide (default): a fixed 16:9 layout, 960×540 CSS px, so the picture is the same whatever the
   * window size (issue 10: at 1440×900 the chart size gave a portrait 892×980 px). chart: the
   * chart's size on screen.
   */
  size: 'chart' | 'slide'
  /** Pixel density: 2 by default, so text stays sharp on high-density screens and in slides. */
  scale: 1 | 2 | 3
  /** light (default): the light export style whatever theme is on screen; screen: as on screen. */
  theme: 'light' | 'screen'
}

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { size: 'slide', scale: 2, theme: 'light' }

export const exportSettings = createUiStore<ExportSettings>(() => ({ ...DEFAULT_EXPORT_SETTINGS }))

export function useExportSettings(): ExportSettings {
  return exportSettings()
}
