/**
 * Chart colours as literal hex (not CSS variables) so an exported SVG keeps them. Blue/orange
 * stay apart for the common colour-vision deficiencies and on a washed-out projector.
 */
export const COLORS = {
  nissan: '#2b5c8a',
  nissanLight: '#9bb9d6',
  honda: '#d4731c',
  hondaLight: '#f0c08f',
  combined: '#1f2937',
  partnership: '#0f8a6c',
  reference: '#6b7280',
  marker: '#b91c1c',
  grid: '#e5e7eb',
  axis: '#374151',
  /** The range band behind a cost line (issue 9): light, so the lines stay in front. */
  band: '#c7ccd6',
  bandEdge: '#8a93a3',
} as const

/**
 * Dash patterns, so no series is told apart by colour alone (#10): each line in a chart has its
 * own pattern, and the legend draws the same one. Solid is the combined figure.
 */
export const DASHES = {
  nissan: '10 3 2 3',
  honda: '2 3',
  partnership: '6 4',
} as const

export const CHART_HEIGHT = 300
/** Short enough that a chart never trails a click; Recharts' default is 1.5 s. */
export const ANIMATION_MS = 350
