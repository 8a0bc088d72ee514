import { addTextSlide, BODY_BOX, newDeck, PPTX_TYPE } from './bundle'
import { fixDeckCharts } from './chartXmlFix'
import { xmlSafe } from './xmlText'
import type { EditableSlide, NativeChart, NativeGroup } from './nativeChart'

type Pptx = Awaited<ReturnType<typeof newDeck>>
type Slide = ReturnType<Pptx['addSlide']>
type ChartOpts = NonNullable<Parameters<Slide['addChart']>[2]>
type ChartData = Parameters<Slide['addChart']>[1]

const FONT = 'Arial'
const AXIS = '374151'
const GRID = 'e5e7eb'
/** Width of the chart when a note sits beside it (plant footprint). */
const ASIDE_W = 3.6

/** Options of one chart group: its type's look, colours and data labels. */
function groupOptions(g: NativeGroup, offset = 0): ChartOpts {
  const own = g.series.map((s) => s.color)
  // pptxgenjs colours a line's markers by the series' index in the whole chart, not in its group;
  // past the end of the list it picks one at random. Repeat the group's colours at that index.
  const chartColors =
    offset === 0 ? own : Array.from({ length: offset + own.length }, (_, i) => (i < own.length ? own[i]! : (own[i - offset] ?? own[0]!)))
  const opts: ChartOpts = { chartColors }
  if (g.type === 'bar') {
    Object.assign(opts, {
      barDir: g.barDir ?? 'col',
      barGrouping: g.grouping ?? 'clustered',
      barGapWidthPct: g.gapWidthPct ?? 80,
      barOverlapPct: g.overlapPct ?? 0,
    })
  } else if (g.type === 'area') {
    Object.assign(opts, { barGrouping: g.grouping ?? 'standard' })
  } else {
    Object.assign(opts, {
      lineSize: g.lineSizePt ?? 2,
      lineDash: g.lineDash ?? 'solid',
      lineDataSymbol: g.marker ?? 'none',
      lineDataSymbolSize: 7,
    })
  }
  if (g.labelFormat) {
    Object.assign(opts, {
      showValue: true,
      dataLabelFormatCode: g.labelFormat,
      dataLabelFontSize: 11,
      dataLabelFontFace: FONT,
      dataLabelColor: AXIS,
      dataLabelPosition: g.type === 'bar' ? (g.grouping === 'stacked' ? 'ctr' : 'outEnd') : 't',
    })
  }
  return opts
}

function groupData(chart: NativeChart, g: NativeGroup): ChartData {
  // pptxgenjs types values as numbers; a null is written as a blank point (and chartXmlFix drops it).
  return g.series.map((s) => ({ name: xmlSafe(s.name), labels: chart.categories.map(xmlSafe), values: s.values as number[] }))
}

/** Axes, title, legend and grid: the whole chart's options. */
function chartOptions(chart: NativeChart, box: { x: number; y: number; w: number; h: number }, altText: string): ChartOpts {
  return {
    ...box,
    altText,
    showTitle: true,
    title: xmlSafe(chart.title),
    titleFontFace: FONT,
    titleFontSize: 14,
    titleColor: '111827',
    showLegend: true,
    legendPos: 't',
    legendFontFace: FONT,
    legendFontSize: 12,
    legendColor: AXIS,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelColor: AXIS,
    catAxisLineShow: true,
    catAxisLineColor: AXIS,
    ...(chart.catAxis.labelEvery ? { catAxisLabelFrequency: String(chart.catAxis.labelEvery) } : {}),
    // Horizontal bars list the first category at the top, as the page does.
    ...(chart.catAxis.reverse ? { catAxisOrientation: 'maxMin' as 'minMax', catAxisLabelPos: 'low' as const } : {}),
    ...(chart.catAxis.title
      ? {
          showCatAxisTitle: true,
          catAxisTitle: xmlSafe(chart.catAxis.title),
          catAxisTitleFontSize: 12,
          catAxisTitleColor: AXIS,
          catAxisTitleFontFace: FONT,
        }
      : {}),
    valAxisMinVal: chart.valAxis.min,
    valAxisMaxVal: chart.valAxis.max,
    valAxisMajorUnit: chart.valAxis.step,
    valAxisLabelFormatCode: chart.valAxis.format,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: AXIS,
    valAxisLineShow: false,
    ...(chart.valAxis.title
      ? {
          showValAxisTitle: true,
          valAxisTitle: xmlSafe(chart.valAxis.title),
          valAxisTitleFontSize: 12,
          valAxisTitleColor: AXIS,
          valAxisTitleFontFace: FONT,
        }
      : {}),
    valGridLine: { color: GRID, size: 1 },
    catGridLine: { style: 'none' },
    displayBlanksAs: 'gap',
  }
}

/**
 * The deck with native charts instead of pictures: the same slides as `buildDeck` (title, caption,
 * source, the scenario in words as speaker notes), each chart an editable PowerPoint chart whose
 * data sheet holds the figures. The generated file goes through `fixDeckCharts` (pptxgenjs #1534, #1466).
 */
export async function buildEditableDeck(slides: EditableSlide[], deckTitle: string): Promise<Blob> {
  const pptx = await newDeck(deckTitle)
  for (const raw of slides) {
    const { slide, text } = addTextSlide(pptx, raw)
    const chart = raw.chart
    const altText = text.summary ? `${text.title}. ${text.summary}` : `${text.title}. ${text.caption}`
    const box = chart.aside ? { ...BODY_BOX, w: BODY_BOX.w - ASIDE_W - 0.3 } : BODY_BOX
    const options = chartOptions(chart, box, altText)
    const [only, ...more] = chart.groups
    if (!only) throw new Error(`the chart “${text.title}” has no data`)
    if (more.length === 0) {
      slide.addChart(only.type, groupData(chart, only), { ...options, ...groupOptions(only) })
    } else {
      // A combo: each group keeps its own look on the shared axes.
      let offset = 0
      const types = chart.groups.map((g) => {
        const type = { type: g.type, data: groupData(chart, g), options: groupOptions(g, offset) }
        offset += g.series.length
        return type
      })
      // For several types pptxgenjs takes the chart's options in place of the data.
      slide.addChart(types, options as unknown as unknown[])
    }
    if (chart.aside) {
      slide.addText(xmlSafe(chart.aside), {
        x: BODY_BOX.x + BODY_BOX.w - ASIDE_W,
        y: BODY_BOX.y + 0.6,
        w: ASIDE_W,
        h: BODY_BOX.h - 1.2,
        fontFace: FONT,
        fontSize: 14,
        color: '1f2937',
        valign: 'top',
        margin: 0,
      })
    }
  }
  const raw = await pptx.write({ outputType: 'uint8array' })
  const fixed = fixDeckCharts(raw as Uint8Array)
  return new Blob([fixed as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE })
}
