import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { unzipSync, strFromU8 } from 'fflate'
import type { Browser, Locator, Page } from 'playwright-core'
import { ARTIFACTS, chartsReady, download, launch, openPage, scratchPage } from './browser'

const CHARTS = [
  { slug: 'tariff-cost-by-company', title: 'Tariff cost by company', legend: 'With partnership (full ramp)' },
  { slug: 'tariff-sensitivity', title: 'Tariff sensitivity', legend: 'Current setting' },
  { slug: 'cost-over-time', title: 'Cost over time', legend: 'Combined, without partnership' },
  { slug: 'plant-footprint', title: 'Plant footprint', legend: null },
  { slug: 'what-matters-most', title: 'What matters most', legend: 'Now' },
] as const
const SCENARIO = '15pct_no-partnership'
const SOURCE_START = 'Source: company estimates as reported, November 2025; model assumptions:'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const figure = (page: Page, title: string) => page.getByRole('figure', { name: new RegExp(title, 'i') })

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Decode the PNG in the browser: corner colour and the share of pixels that are not white. */
async function pngPixels(page: Page, bytes: Buffer): Promise<{ corner: number[]; inked: number }> {
  return page.evaluate(async (b64) => {
    // Decoded without fetch(): the page's CSP (connect-src 'self') refuses a data: URL, as it should.
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' })
    const bitmap = await createImageBitmap(blob)
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const g = canvas.getContext('2d')!
    g.drawImage(bitmap, 0, 0)
    const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data
    let inked = 0
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++
    return { corner: Array.from(data.slice(0, 4)), inked: inked / (data.length / 4) }
  }, bytes.toString('base64'))
}

/** Parse an SVG file as XML in the browser, and check that it draws as an image on its own. */
async function inspectSvg(page: Page, text: string) {
  const scratch = await scratchPage(page)
  return scratch
    .evaluate(async (svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
      const root = doc.documentElement
      const img = new Image()
      img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
      const drawn = await img.decode().then(
        () => img.naturalWidth,
        () => 0,
      )
      return {
        parseError: doc.getElementsByTagName('parsererror').length > 0,
        rootName: root.localName,
        namespace: root.namespaceURI,
        viewBox: root.getAttribute('viewBox'),
        width: root.getAttribute('width'),
        title: doc.querySelector('title')?.textContent ?? null,
        texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
        drawnWidth: drawn,
      }
    }, text)
    .finally(() => scratch.close())
}

async function chooseImageOptions(fig: Locator, size: 'chart' | 'slide', scale: '1' | '2' | '3') {
  await fig.getByText('Image options').click()
  await fig.getByRole('combobox', { name: /image size/i }).selectOption(size)
  await fig.getByRole('combobox', { name: /resolution/i }).selectOption(scale)
  await fig.getByText('Image options').click()
}

describe('chart export in Chromium', () => {
  it('gives every chart PNG, SVG, Copy image and CSV buttons, and loads no export code until asked', async () => {
    const { page, problems } = await openPage(browser)
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    await chartsReady(page)
    for (const c of CHARTS) {
      const fig = figure(page, c.title)
      for (const name of [/PNG/, /SVG/, /copy image/i, /CSV/]) {
        await expect(fig.getByRole('button', { name }).isVisible()).resolves.toBe(true)
      }
    }
    // Nothing of src/export, fflate or pptxgenjs before the first export.
    expect(requested.filter((u) => /chartImage|bundle|pptxgen/.test(u))).toEqual([])
    const { file } = await download(page, () => figure(page, 'Tariff sensitivity').getByRole('button', { name: /PNG/ }).click())
    expect(file.suggestedFilename()).toBe(`honda-nissan_tariff-sensitivity_${SCENARIO}.png`)
    expect(requested.some((u) => /chartImage/.test(u))).toBe(true)
    expect(requested.filter((u) => /pptxgen/.test(u))).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('downloads each chart as a PNG at 2× its size on screen (an Image options choice), drawn on white', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    await chooseImageOptions(figure(page, CHARTS[0].title), 'chart', '2')
    for (const c of CHARTS) {
      const fig = figure(page, c.title)
      const cssWidth = await fig.evaluate((el) => Math.round(el.getBoundingClientRect().width))
      const { file, bytes } = await download(page, () => fig.getByRole('button', { name: /PNG/ }).click())
      expect(file.suggestedFilename()).toBe(`honda-nissan_${c.slug}_${SCENARIO}.png`)
      const size = pngSize(bytes)
      expect(size.width).toBe(2 * cssWidth)
      expect(size.height).toBeGreaterThan(2 * 300) // title, legend, a 300 px plot and the source
      const pixels = await pngPixels(page, bytes)
      expect(pixels.corner).toEqual([255, 255, 255, 255])
      // A blank or nearly blank picture (the width-0 trap) has almost no ink.
      expect(pixels.inked).toBeGreaterThan(0.02)
      writeFileSync(`${ARTIFACTS}/export-${c.slug}.png`, bytes)
      await expect(fig.getByRole('status').textContent()).resolves.toContain(file.suggestedFilename())
    }
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('downloads standalone SVGs: valid XML, viewBox, title, legend, caption, source, fonts inside, no stylesheet', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    await page.getByRole('switch', { name: /shared drivetrains/i }).check()
    for (const c of CHARTS) {
      const { file, bytes } = await download(page, () => figure(page, c.title).getByRole('button', { name: /SVG/ }).click())
      expect(file.suggestedFilename()).toBe(`honda-nissan_${c.slug}_15pct_drivetrains-2027.svg`)
      const text = bytes.toString('utf8')
      const svg = await inspectSvg(page, text)
      expect(svg.parseError).toBe(false)
      expect(svg.rootName).toBe('svg')
      expect(svg.namespace).toBe('http://www.w3.org/2000/svg')
      expect(svg.viewBox).toMatch(/^0 0 \d+ \d+$/)
      expect(svg.title).toBe(c.title)
      const all = svg.texts.join(' ')
      expect(all).toContain(c.title)
      expect(all).toContain('Tariff 15% · shared drivetrains from 2027 · USD')
      expect(all).toContain(SOURCE_START)
      if (c.legend) expect(svg.texts).toContain(c.legend)
      // Self-contained: no stylesheet, class, CSS variable or remote reference; Inter embedded.
      expect(text).not.toMatch(/<link|@import|var\(--|class="|href="http/)
      expect(text).toContain('@font-face')
      expect(text).toContain('data:font/woff2;base64,')
      expect(svg.drawnWidth).toBe(Number(svg.width))
      if (c.slug === 'tariff-sensitivity') writeFileSync(`${ARTIFACTS}/export-${c.slug}.svg`, text)
    }
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('exports 16:9 slides at 1920×1080 and chart size at 3×, as chosen under Image options', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    const fig = figure(page, 'Plant footprint')
    await chooseImageOptions(fig, 'slide', '2')
    await expect(fig.locator('.export-options-result').textContent()).resolves.toBe('PNG: 1920 × 1080 px')
    const slide = await download(page, () => fig.getByRole('button', { name: /PNG/ }).click())
    expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 })
    expect((await pngPixels(page, slide.bytes)).inked).toBeGreaterThan(0.02)
    writeFileSync(`${ARTIFACTS}/export-plant-footprint-slide.png`, slide.bytes)
    // One setting for every chart.
    const other = figure(page, 'Tariff cost by company')
    await chooseImageOptions(other, 'chart', '3')
    const cssWidth = await other.evaluate((el) => Math.round(el.getBoundingClientRect().width))
    const big = await download(page, () => other.getByRole('button', { name: /PNG/ }).click())
    expect(pngSize(big.bytes).width).toBe(3 * cssWidth)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('exports a chart that is hidden on the page (width 0) at a default size, not as an empty picture', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    const fig = figure(page, 'Tariff sensitivity')
    await chooseImageOptions(fig, 'chart', '2')
    const button = fig.getByRole('button', { name: /PNG/ })
    const handle = await button.elementHandle()
    await fig.evaluate((el) => ((el as HTMLElement).style.display = 'none'))
    const { bytes } = await download(page, () => handle.evaluate((b) => (b as HTMLButtonElement).click()))
    expect(pngSize(bytes).width).toBe(2 * 640)
    expect((await pngPixels(page, bytes)).inked).toBeGreaterThan(0.02)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('copies a chart to the clipboard as image/png when the browser allows it', async () => {
    const { page, problems } = await openPage(browser)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await chartsReady(page)
    const fig = figure(page, 'Cost over time')
    await fig.getByRole('button', { name: /copy image/i }).click()
    await expect(
      fig
        .getByRole('status')
        .filter({ hasText: /copied/i })
        .waitFor(),
    ).resolves.toBeUndefined()
    const copied = await page.evaluate(async () => {
      const items = await navigator.clipboard.read()
      const blob = await items[0]!.getType('image/png')
      const bytes = new Uint8Array(await blob.arrayBuffer())
      return { types: items[0]!.types, signature: Array.from(bytes.slice(0, 4)) }
    })
    expect(copied.types).toContain('image/png')
    expect(copied.signature).toEqual([0x89, 0x50, 0x4e, 0x47])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('says clearly when the browser cannot copy images, and offers the file instead', async () => {
    const { page, problems } = await openPage(browser)
    await page.evaluate(() => {
      // A browser without image clipboard support.
      ;(window as unknown as { ClipboardItem?: unknown }).ClipboardItem = undefined
    })
    await chartsReady(page)
    const fig = figure(page, 'Tariff sensitivity')
    await fig.getByRole('button', { name: /copy image/i }).click()
    const status = fig.getByRole('status')
    await expect(status.textContent()).resolves.toMatch(/does not let the page put an image on the clipboard/)
    const { file } = await download(page, () => status.getByRole('button', { name: /save as a file instead/i }).click())
    expect(file.suggestedFilename()).toBe(`honda-nissan_tariff-sensitivity_${SCENARIO}.png`)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('Export all gives a ZIP with every chart as PNG and a PPTX with one slide per chart', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    await page.getByRole('combobox', { name: /partnership start year/i }).selectOption('2028')
    await page.getByRole('switch', { name: /co-developed platforms/i }).check()
    const exportAll = page.getByRole('button', { name: 'Export all' })
    // Keyboard: ↓ opens the menu on its first item, Escape closes it and returns focus.
    await exportAll.focus()
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('menuitem', { name: /ZIP/ }).evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('menu').count()).resolves.toBe(0)
    await expect(exportAll.evaluate((el) => el === document.activeElement)).resolves.toBe(true)

    await exportAll.click()
    const zip = await download(page, () => page.getByRole('menuitem', { name: /ZIP/ }).click())
    expect(zip.file.suggestedFilename()).toBe('honda-nissan_all-charts_15pct_platforms-2028.zip')
    const entries = unzipSync(new Uint8Array(zip.bytes))
    expect(Object.keys(entries).sort()).toEqual(CHARTS.map((c) => `honda-nissan_${c.slug}_15pct_platforms-2028.png`).sort())
    for (const bytes of Object.values(entries)) expect(pngSize(Buffer.from(bytes)).width).toBeGreaterThan(600)

    await exportAll.click()
    const deck = await download(page, () => page.getByRole('menuitem', { name: /PPTX: slide deck/ }).click())
    expect(deck.file.suggestedFilename()).toBe('honda-nissan_all-charts_15pct_platforms-2028.pptx')
    const parts = unzipSync(new Uint8Array(deck.bytes))
    expect(parts['[Content_Types].xml']).toBeDefined()
    expect(parts['ppt/presentation.xml']).toBeDefined()
    const slides = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    expect(slides.sort()).toEqual(CHARTS.map((_, i) => `ppt/slides/slide${i + 1}.xml`))
    CHARTS.forEach((c, i) => {
      const xml = strFromU8(parts[`ppt/slides/slide${i + 1}.xml`]!)
      expect(xml).toContain(`<a:t>${c.title}</a:t>`)
      expect(xml).toContain('co-developed platforms from 2028')
      expect(xml).toContain(SOURCE_START)
      expect(xml).toContain('<p:pic>')
    })
    const media = Object.keys(parts).filter((n) => n.startsWith('ppt/media/') && n.endsWith('.png'))
    expect(media).toHaveLength(CHARTS.length)
    await expect(page.getByRole('banner').getByRole('status').textContent()).resolves.toContain('.pptx')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
