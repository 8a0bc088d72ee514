/**
 * A chart for the editable deck, described without pptxgenjs: the charts side builds these from the
 * model (the same rows as the chart and its CSV), `export/editableDeck` turns them into native
 * PowerPoint charts. Money values are in billions of the chosen currency; colours are hex without "#".
 */
export interface NativeSeries {
  name: string
  /** One per category; null leaves a gap. */
  values: (number | null)[]
  color: string
}

export interface NativeGroup {
  type: 'bar' | 'line' | 'area'
  series: NativeSeries[]
  /** Bars: 'col' (vertical) or 'bar' (horizontal). */
  barDir?: 'col' | 'bar'
  grouping?: 'clustered' | 'stacked' | 'standard'
  /** Bars: % of a bar's width between categories; overlap of the series in a category (100: on top of each other). */
  gapWidthPct?: number
  overlapPct?: number
  /** Lines: width in points, dash, and a marker at each point. */
  lineSizePt?: number
  lineDash?: 'solid' | 'dash'
  marker?: 'none' | 'circle'
  /** Data labels with this number format (Excel format code); none when omitted. */
  labelFormat?: string
}

export interface NativeChart {
  /** Shown above the plot; says what is measured and, where it matters, the current setting. */
  title: string
  categories: string[]
  groups: NativeGroup[]
  catAxis: {
    title?: string
    /** show every nth label */ labelEvery?: number
    /** first category at the top (horizontal bars) */ reverse?: boolean
  }
  valAxis: { title?: string; format: string; min: number; max: number; step: number }
  /** A note beside the chart, for figures the chart itself does not draw. */
  aside?: string
}

export interface EditableSlide {
  title: string
  caption: string
  source: string
  summary: string
  chart: NativeChart
}
