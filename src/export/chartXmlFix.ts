import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate'

/**
 * pptxgenjs 4.0.1 writes chart XML with two known defects; this rewrites each ppt/charts/chartN.xml
 * of a finished .pptx so that neither reaches a user.
 *
 * - gitbrent/PptxGenJS#1534: every bar, line and area group lists a third <c:axId> (the 3D series
 *   axis id) that no axis in the plot area has; PowerPoint offers to repair the file and its repair
 *   drops that id. We drop it first: each group keeps only the ids of axes that exist.
 * - gitbrent/PptxGenJS#1466: flat category labels are written in the multi-level form
 *   (<c:multiLvlStrRef> with one <c:lvl>), which Google Slides and other importers show as 1, 2, 3.
 *   We write them as PowerPoint does, <c:strRef> with a <c:strCache>.
 *
 * Also: a blank value (null) is written as <c:v></c:v>, which is not a number; a cache may simply
 * leave the point out, which is how PowerPoint writes a gap. And each chart's data sheet (the
 * embedded workbook "Edit Data" opens) has every 0 written as an empty cell (pptxgenjs writes
 * `value || ''`): after an edit, PowerPoint would redraw the zeros as gaps. The chart's own cache
 * has the numbers, so the sheet takes them from there.
 */

const GROUP = /<c:(area|area3D|bar|bar3D|line|line3D|scatter|radar|bubble|stock|surface|surface3D)Chart>([\s\S]*?)<\/c:\1Chart>/g
/** An axis element's own id is its first child. */
const AXIS_OWN_ID = /<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\s*\/>/g
const AXIS_ID_REF = /\s*<c:axId val="(\d+)"\s*\/>/g

/** #1534: keep, in each chart group, only the <c:axId>s that name an axis in the same plot area. */
export function dropOrphanAxisIds(xml: string): string {
  return xml.replace(/<c:plotArea>([\s\S]*?)<\/c:plotArea>/g, (plotArea: string) => {
    const axes = new Set(Array.from(plotArea.matchAll(AXIS_OWN_ID), (m) => m[1]))
    return plotArea.replace(GROUP, (group: string) => group.replace(AXIS_ID_REF, (ref: string, id: string) => (axes.has(id) ? ref : '')))
  })
}

const MULTI_LEVEL =
  /<c:multiLvlStrRef>\s*(<c:f>[^<]*<\/c:f>)\s*<c:multiLvlStrCache>\s*(<c:ptCount val="\d+"\s*\/>)\s*<c:lvl>((?:(?!<\/?c:lvl>)[\s\S])*)<\/c:lvl>\s*<\/c:multiLvlStrCache>\s*<\/c:multiLvlStrRef>/g

/** #1466: single-level categories as <c:strRef>/<c:strCache>. Genuinely multi-level ones (two or more <c:lvl>) do not match and stay. */
export function flattenSingleLevelCategories(xml: string): string {
  return xml.replace(
    MULTI_LEVEL,
    (_all, f: string, count: string, points: string) => `<c:strRef>${f}<c:strCache>${count}${points}</c:strCache></c:strRef>`,
  )
}

/** A blank point (<c:v></c:v>) left out of its cache, as PowerPoint writes gaps. */
export function dropBlankPoints(xml: string): string {
  return xml.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '')
}

export function fixChartXml(xml: string): string {
  return dropBlankPoints(flattenSingleLevelCategories(dropOrphanAxisIds(xml)))
}

export const CHART_PART = /^ppt\/charts\/chart\d+\.xml$/

/** The value of every point a chart caches, by the data sheet's cell: "B2" → "0". */
export function cachedCells(chartXml: string): Map<string, string> {
  const cells = new Map<string, string>()
  const series = /<c:val>\s*<c:numRef>\s*<c:f>[^<!]*!\$([A-Z]+)\$(\d+):[^<]*<\/c:f>([\s\S]*?)<\/c:numRef>/g
  for (const [, column, firstRow, cache] of chartXml.matchAll(series)) {
    for (const [, idx, value] of cache!.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]+)<\/c:v><\/c:pt>/g))
      cells.set(`${column}${Number(firstRow) + Number(idx)}`, value!)
  }
  return cells
}

/** Empty cells of a data sheet get the chart's cached value (a 0), or go (a gap). */
export function fillEmptyCells(sheetXml: string, cells: Map<string, string>): string {
  return sheetXml.replace(/<c r="([A-Z]+\d+)"><v><\/v><\/c>/g, (_all, ref: string) => {
    const value = cells.get(ref)
    return value === undefined ? '' : `<c r="${ref}"><v>${value}</v></c>`
  })
}

const SHEET = 'xl/worksheets/sheet1.xml'

function fixWorkbook(xlsx: Uint8Array, cells: Map<string, string>): Uint8Array {
  const parts = unzipSync(xlsx)
  const sheet = parts[SHEET]
  if (!sheet) return xlsx
  parts[SHEET] = strToU8(fillEmptyCells(strFromU8(sheet), cells))
  return zipSync(parts)
}

/** Rewrite every chart part of a .pptx (a ZIP) and its data sheet; every other part is copied as it is. */
export function fixDeckCharts(pptx: Uint8Array): Uint8Array {
  const parts = unzipSync(pptx)
  const workbooks = new Map<string, Map<string, string>>()
  for (const [name, bytes] of Object.entries(parts)) {
    if (!CHART_PART.test(name)) continue
    const xml = fixChartXml(strFromU8(bytes))
    parts[name] = strToU8(xml)
    const rels = parts[name.replace(/chart(\d+)\.xml$/, '_rels/chart$1.xml.rels')]
    const target = rels && /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(strFromU8(rels))?.[1]
    if (target) workbooks.set(`ppt/embeddings/${target}`, cachedCells(xml))
  }
  const out: Zippable = {}
  for (const [name, bytes] of Object.entries(parts)) {
    const cells = workbooks.get(name)
    // Pictures and workbooks are compressed already.
    out[name] = cells ? [fixWorkbook(bytes, cells), { level: 0 }] : /\.(png|jpe?g|xlsx)$/.test(name) ? [bytes, { level: 0 }] : bytes
  }
  return zipSync(out)
}
