import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

/** How PNGs come out, shared by every chart's buttons and "Export all". Not part of a scenario. */
export interface ExportSettings {
  size: 'chart' | 'slide'
  /** Pixel density: 2 by default, so text stays sharp on high-density screens and in slides. */
  scale: 1 | 2 | 3
}

export const exportSettings = createStore<ExportSettings>(() => ({ size: 'chart', scale: 2 }))

export function useExportSettings(): ExportSettings {
  return useStore(exportSettings)
}
