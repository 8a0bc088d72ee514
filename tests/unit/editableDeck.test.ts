import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { shippedBaseline } from './fixtures'
import { publishedScenario } from '../../src/data/publishedScenario'
import { CHART_META } from '../../src/charts/chartMeta'
import { editableChart, moneyFormat } from '../../src/charts/editableCharts'
import { buildEditableDeck } from '../../src/export/editableDeck'
import { cachedCells, CHART_PART, fillEmptyCells, fixChartXml } from '../../src/export/chartXmlFix'
import { FULL_RAMP } from '../../src/model/partnership'
import type { Scenario } from '../../src/model/scenario'
import type { EditableSlide } from '../../src/export/nativeChart'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart'

function slidesFor(scenario: Scenario): EditableSlide[] {
  return CHART_META.map((m) => ({
    title: m.title,
    caption: `Caption of ${m.title}`,
    source: 'Source: company estimates as reported, November 2025.',
    summary: `Summary for ${m.title}`,
    chart: editableChart(m.slug, { scenario, baseline, tornadoYear: FULL_RAMP }),
  }))
}

async function deckParts(scenario: Scenario): Promise<Record<string, Uint8Array>> {
  const blob = await buildEditableDeck(slidesFor(scenario), 'Test deck')
  return unzipSync(new Uint8Array(await blob.arrayBuffer()))
}

const charts = (parts: Record<string, Uint8Array>) =>
  Object.keys(parts)
    .filter((n) => CHART_PART.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((n) => strFromU8(parts[n]!))

/** Problems #1534 and #1466 leave in a chart part, found by parsing it as XML. */
function chartProblems(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length) return ['not well-formed XML']
  const problems: string[] = []
  for (const plotArea of Array.from(doc.getElementsByTagNameNS(C, 'plotArea'))) {
    const axes = new Set<string>()
    for (const el of Array.from(plotArea.children)) {
      if (['catAx', 'valAx', 'dateAx', 'serAx'].includes(el.localName)) {
        const own = Array.from(el.children).find((c) => c.localName === 'axId')
        if (own) axes.add(own.getAttribute('val')!)
      }
    }
    for (const group of Array.from(plotArea.children).filter((el) => el.localName.endsWith('Chart'))) {
      const ids = Array.from(group.children)
        .filter((c) => c.localName === 'axId')
        .map((c) => c.getAttribute('val')!)
      for (const id of ids) if (!axes.has(id)) problems.push(`${group.localName} names axis ${id}, which is not in the plot area`)
      if (ids.length !== 2) problems.push(`${group.localName} lists ${ids.length} axes`)
    }
  }
  if (doc.getElementsByTagNameNS(C, 'multiLvlStrRef').length) problems.push('multi-level categories')
  for (const v of Array.from(doc.getElementsByTagNameNS(C, 'v')))
    if (v.parentElement?.parentElement?.localName === 'numCache' && v.textContent === '') problems.push('blank number')
  return problems
}

/** A bar chart as pptxgenjs 4.0.1 writes it (trimmed): three axis ids, categories in the multi-level form. */
const RAW_BAR = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="${C}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat>  <c:multiLvlStrRef>    <c:f>Sheet1!$A$2:$A$3</c:f>    <c:multiLvlStrCache>      <c:ptCount val="2"/><c:lvl><c:pt idx="0"><c:v>Nissan</c:v></c:pt><c:pt idx="1"><c:v>Honda</c:v></c:pt></c:lvl>    </c:multiLvlStrCache>  </c:multiLvlStrRef></c:cat><c:val>  <c:numRef><c:f>Sheet1!$B$2:$B$3</c:f>    <c:numCache>      <c:formatCode>General</c:formatCode>      <c:ptCount val="2"/><c:pt idx="0"><c:v>1.8</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt>    </c:numCache>  </c:numRef></c:val></c:ser><c:gapWidth val="150"/><c:overlap val="0"/><c:axId val="2094734554"/><c:axId val="2094734552"/><c:axId val="2094734556"/></c:barChart><c:catAx><c:axId val="2094734554"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:crossAx val="2094734552"/></c:catAx><c:valAx><c:axId val="2094734552"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:crossAx val="2094734554"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`

describe('chart XML fix for pptxgenjs #1534 and #1466', () => {
  it('finds both defects in the XML pptxgenjs writes, and none after the fix', () => {
    expect(chartProblems(RAW_BAR)).toEqual([
      'barChart names axis 2094734556, which is not in the plot area',
      'barChart lists 3 axes',
      'multi-level categories',
      'blank number',
    ])
    const fixed = fixChartXml(RAW_BAR)
    expect(chartProblems(fixed)).toEqual([])
    expect(fixed).toContain('<c:axId val="2094734554"/><c:axId val="2094734552"/></c:barChart>')
    expect(fixed).toContain(
      '<c:strRef><c:f>Sheet1!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>Nissan</c:v></c:pt><c:pt idx="1"><c:v>Honda</c:v></c:pt></c:strCache></c:strRef>',
    )
  })

  it('fills the data sheet’s empty cells from the chart’s cache: zeros back, gaps left out', () => {
    const cells = cachedCells(fixChartXml(RAW_BAR.replace('<c:v>1.8</c:v>', '<c:v>0</c:v>')))
    expect([...cells]).toEqual([['B2', '0']])
    const sheet =
      '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v></v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><v></v></c></row>'
    expect(fillEmptyCells(sheet, cells)).toBe(
      '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>0</v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c></row>',
    )
  })

  it('leaves genuinely multi-level categories alone', () => {
    const twoLevels = RAW_BAR.replace('</c:lvl>', '</c:lvl><c:lvl><c:pt idx="0"><c:v>2025</c:v></c:pt></c:lvl>')
    expect(fixChartXml(twoLevels)).toContain('<c:multiLvlStrRef>')
  })

  it('builds one native chart per slide, with every axis id backed and categories as words', async () => {
    for (const scenario of [
      published,
      { ...published, tariffPct: 25, currency: 'JPY' as const, partnership: { software: true, drivetrains: true, platforms: true } },
    ]) {
      const parts = await deckParts(scenario)
      const xmls = charts(parts)
      expect(xmls).toHaveLength(CHART_META.length)
      for (const xml of xmls) expect(chartProblems(xml)).toEqual([])
      // Every slide holds exactly one chart, and its notes hold the summary.
      CHART_META.forEach((m, i) => {
        const rels = strFromU8(parts[`ppt/slides/_rels/slide${i + 1}.xml.rels`]!)
        expect(rels.match(/relationships\/chart"/g)).toHaveLength(1)
        expect(strFromU8(parts[`ppt/notesSlides/notesSlide${i + 1}.xml`]!)).toContain(`Summary for ${m.title}`)
      })
      // The data sheets (Edit Data) hold the numbers, zeros included, and no empty cells.
      for (const name of Object.keys(parts).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))) {
        const sheet = strFromU8(unzipSync(parts[name]!)['xl/worksheets/sheet1.xml']!)
        expect(sheet).not.toContain('<v></v>')
      }
      expect(xmls[0]).toContain('<c:v>Nissan</c:v>')
      expect(xmls[2]).toContain('<c:v>2030</c:v>')
    }
  })

  it('writes money in the chosen currency and the page’s colours', async () => {
    expect(moneyFormat('USD', 2)).toBe('$#,##0.00"B"')
    expect(moneyFormat('JPY', 0)).toBe('"¥"#,##0"B"')
    const xml = charts(await deckParts({ ...published, tariffPct: 25 }))[0]!
    expect(xml).toContain('formatCode="$#,##0.00&quot;B&quot;"')
    expect(xml).toContain('<a:srgbClr val="0F8A6C"/>')
  })
})
