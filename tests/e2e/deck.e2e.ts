import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { unzipSync, strFromU8 } from 'fflate'
import type { Browser } from 'playwright-core'
import { ARTIFACTS, chartsReady, download, launch, openPage } from './browser'

const TITLES = ['Tariff cost by company', 'Tariff sensitivity', 'Cost over time', 'Plant footprint', 'What matters most']
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart'

const unescape = (xml: string) =>
  xml
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('PPTX with editable charts (#9)', () => {
  for (const c of [
    {
      name: 'usd',
      path: '/',
      file: 'honda-nissan_all-charts_editable_15pct_no-partnership.pptx',
      money: '$#,##0.00&quot;B&quot;',
      words: 'no partnership',
    },
    {
      name: 'jpy',
      path: '/?tariff=25&options=drivetrains,platforms&currency=JPY',
      file: 'honda-nissan_all-charts_editable_25pct_drivetrains-platforms-2027_jpy.pptx',
      money: '&quot;¥&quot;#,##0&quot;B&quot;',
      words: 'shared drivetrains and co-developed platforms from 2027',
    },
  ]) {
    it(`downloads a deck whose slides hold native charts, with the chart XML fixed (${c.name})`, async () => {
      const { page, problems } = await openPage(browser, c.path)
      await chartsReady(page)
      await page.getByRole('button', { name: 'Export all' }).click()
      const deck = await download(page, () => page.getByRole('menuitem', { name: /editable/ }).click())
      expect(deck.file.suggestedFilename()).toBe(c.file)
      writeFileSync(`${ARTIFACTS}/deck-editable-${c.name}.pptx`, deck.bytes)
      const parts = unzipSync(new Uint8Array(deck.bytes))
      const slides = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      expect(slides).toHaveLength(TITLES.length)
      const charts = Object.keys(parts).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      expect(charts).toHaveLength(TITLES.length)
      const summary = (await page.getByRole('region', { name: 'Scenario summary' }).locator('p').first().textContent())!.trim()
      TITLES.forEach((title, i) => {
        const slide = strFromU8(parts[`ppt/slides/slide${i + 1}.xml`]!)
        expect(slide).toContain(`<a:t>${title}</a:t>`)
        expect(slide).toContain(c.words)
        expect(slide).toContain('<c:chart ')
        expect(slide).not.toContain('<p:pic>')
        // One chart part per slide, and the notes hold the scenario in words.
        const rels = strFromU8(parts[`ppt/slides/_rels/slide${i + 1}.xml.rels`]!)
        expect(rels.match(/relationships\/chart"/g)).toHaveLength(1)
        expect(unescape(strFromU8(parts[`ppt/notesSlides/notesSlide${i + 1}.xml`]!))).toContain(summary)
      })
      // The real file, parsed in the browser: every axis a chart group names exists; categories are plain strings.
      const xmls = charts.map((n) => strFromU8(parts[n]!))
      const found = await page.evaluate(
        ({ xmls, C }) =>
          xmls.map((xml) => {
            const doc = new DOMParser().parseFromString(xml, 'application/xml')
            const problems: string[] = []
            if (doc.getElementsByTagName('parsererror').length) problems.push('not XML')
            for (const plot of Array.from(doc.getElementsByTagNameNS(C, 'plotArea'))) {
              const kids = Array.from(plot.children)
              const axes = new Set(
                kids
                  .filter((k) => /^(cat|val|date|ser)Ax$/.test(k.localName))
                  .map((k) => k.getElementsByTagNameNS(C, 'axId')[0]?.getAttribute('val')),
              )
              for (const group of kids.filter((k) => k.localName.endsWith('Chart'))) {
                for (const id of Array.from(group.children).filter((k) => k.localName === 'axId')) {
                  if (!axes.has(id.getAttribute('val'))) problems.push(`${group.localName}: orphan axis ${id.getAttribute('val')}`)
                }
              }
            }
            if (doc.getElementsByTagNameNS(C, 'multiLvlStrRef').length) problems.push('multiLvlStrRef')
            const categories = Array.from(doc.getElementsByTagNameNS(C, 'cat')).map((cat) => cat.getElementsByTagNameNS(C, 'strRef').length)
            if (categories.some((n) => n !== 1)) problems.push('categories not as strRef')
            return problems
          }),
        { xmls, C },
      )
      expect(found).toEqual(xmls.map(() => []))
      expect(xmls[0]).toContain('<c:v>Nissan</c:v>')
      expect(xmls[0]).toContain(`formatCode="${c.money}"`)
      await expect(page.getByRole('banner').getByRole('status').textContent()).resolves.toContain('editable')
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
