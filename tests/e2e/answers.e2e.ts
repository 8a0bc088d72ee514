import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Browser, Download, Page } from 'playwright-core'
import { ARTIFACTS, chartsReady, launch, openPage, scratchPage } from './browser'

/** The example, at 25% with shared drivetrains and co-developed platforms from 2027. */
const SUMMARY_25 =
  "At a 25% tariff, Nissan's yearly tariff cost rises to $3.24B and Honda's to $4.57B, $3.47B more than at today's 15%. " +
  'Shared drivetrains and co-developed platforms from 2027 would save $1.84B a year once fully ramped in 2030. ' +
  "Then the combined tariff cost stays at or below today's $4.34B up to a tariff of 18.8%."
const SCENARIO_25 = '/?tariff=25&options=drivetrains,platforms'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const tornado = (page: Page) => page.getByRole('figure', { name: /what matters most/i })
const region = (page: Page, name: RegExp) => page.getByRole('region', { name })

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = await file.path()
  if (!path) throw new Error(`download ${file.suggestedFilename()} failed: ${await file.failure()}`)
  return { file, bytes: readFileSync(path) }
}

describe('What matters most while the tariff slider moves (#7)', () => {
  it('shows every step: the tariff bar names the slider value and the "Now" line moves, in the next frame', async () => {
    const { page, problems } = await openPage(browser, SCENARIO_25, { width: 1920, height: 1080 })
    await chartsReady(page)
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    const nowText = () => tornado(page).locator('.tornado-now text').textContent()
    let before = await nowText()
    // Up past the tornado's held axis (27.5% and beyond), then down again.
    for (const key of [...Array(8).fill('ArrowRight'), 'PageUp', 'PageUp', ...Array(4).fill('ArrowLeft')]) {
      await page.keyboard.press(key)
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())))
      const value = await slider.getAttribute('aria-valuenow')
      const text = await tornado(page).textContent()
      expect(text, `at ${value}%`).toContain(`US tariff: ${value}% (range 2.5–27.5%)`)
      const now = await nowText()
      expect(now, `at ${value}%`).not.toBe(before)
      before = now
    }
    expect(problems).toEqual([])
    await page.context().close()
  })
})

/** Value labels of the tornado's bars that overlap a bar (either segment), as "label: text". */
async function valuesOverBars(page: Page): Promise<string[]> {
  return tornado(page).evaluate((fig) => {
    const over: string[] = []
    for (const g of fig.querySelectorAll('svg g')) {
      const rects = [...g.children].filter((c) => c.tagName === 'rect')
      const texts = [...g.children].filter((c) => c.tagName === 'text')
      if (rects.length !== 2 || texts.length !== 3) continue
      for (const t of texts.slice(1)) {
        const a = t.getBoundingClientRect()
        for (const r of rects) {
          const b = r.getBoundingClientRect()
          if (b.width > 1.5 && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom && b.top < a.bottom)
            over.push(`${texts[0]!.textContent}: ${t.textContent}`)
        }
      }
    }
    return over
  })
}

describe('What matters most: the values beside their bars', () => {
  it('never draws a value over a bar, also where an end is at the value now (the tariff at 2.5%)', async () => {
    const { page, problems } = await openPage(browser, '/?tariff=2.5', { width: 1440, height: 900 })
    await chartsReady(page)
    await tornado(page).scrollIntoViewIfNeeded()
    expect(await tornado(page).textContent()).toContain('US tariff: 2.5% (range 2.5–27.5%)')
    expect(await valuesOverBars(page), 'at rest at 2.5%').toEqual([])
    // The same through a gesture: 3% and back to 2.5%, each step written without a render.
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    for (const key of ['ArrowRight', 'ArrowLeft']) {
      await page.keyboard.press(key)
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())))
      expect(await valuesOverBars(page), `at ${await slider.getAttribute('aria-valuenow')}% during a gesture`).toEqual([])
    }
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('the analyst views in Chromium', () => {
  it('shows the tornado, the break-even and the summary; Apply sets the options and the sentences follow', async () => {
    const { page, problems } = await openPage(browser, SCENARIO_25)
    await chartsReady(page)
    await tornado(page).locator('.recharts-bar').first().waitFor()
    for (const name of [/PNG/, /SVG/, /copy image/i, /CSV/])
      await expect(tornado(page).getByRole('button', { name }).isVisible()).resolves.toBe(true)
    const tornadoText = await tornado(page).textContent()
    expect(tornadoText).toContain('Share passed on to buyers: 0% (range 0–100%)')
    expect(tornadoText).toContain('Now $5.98B')

    await expect(
      region(page, /scenario summary/i)
        .locator('.answer-text')
        .textContent(),
    ).resolves.toBe(SUMMARY_25)
    const breakEven = region(page, /break-even/i)
    await expect(breakEven.textContent()).resolves.toContain('up to a tariff of 18.8%')
    await expect(breakEven.textContent()).resolves.toContain('44.4% of the tariff-exposed import value must move')

    await breakEven.getByRole('button', { name: 'Apply' }).click()
    const status = breakEven.getByRole('status')
    await expect(status.textContent()).resolves.toContain(
      'Set shared drivetrains to 22% and co-developed platforms to 29% of exposed value',
    )
    await expect(page.getByRole('slider', { name: /shared drivetrains: share/i }).getAttribute('aria-valuenow')).resolves.toBe('22')
    await expect(page.getByRole('slider', { name: /co-developed platforms: share/i }).getAttribute('aria-valuenow')).resolves.toBe('29')
    await expect(breakEven.textContent()).resolves.toContain('up to a tariff of 25.1%')
    await expect(breakEven.getByRole('button', { name: 'Apply' }).isDisabled()).resolves.toBe(true)
    // The link carries the new effects; one Undo takes both back.
    await page.waitForFunction(() => window.location.search.includes('drivetrainsPct=22'))
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(breakEven.textContent()).resolves.toContain('up to a tariff of 18.8%')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('copies the summary to the clipboard', async () => {
    const { page, problems } = await openPage(browser, SCENARIO_25)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    const summary = region(page, /scenario summary/i)
    await summary.getByRole('button', { name: 'Copy summary' }).click()
    await expect(summary.getByRole('status').textContent()).resolves.toContain('Copied the summary')
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(SUMMARY_25)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('downloads the tornado as PNG, as SVG with the summary in its description, and as CSV with units', async () => {
    const { page, problems } = await openPage(browser, SCENARIO_25)
    await chartsReady(page)
    const fig = tornado(page)
    const png = await download(page, () => fig.getByRole('button', { name: /PNG/ }).click())
    expect(png.file.suggestedFilename()).toBe('honda-nissan_what-matters-most_25pct_drivetrains-platforms-2027.png')
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(1000)
    writeFileSync(`${ARTIFACTS}/export-what-matters-most.png`, png.bytes)

    const svg = await download(page, () => fig.getByRole('button', { name: /SVG/ }).click())
    const text = svg.bytes.toString('utf8')
    // Parsed in a blank page: a document parsed under the app's CSP would have its <style> refused.
    const parsed = await (
      await scratchPage(page)
    ).evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml')
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        title: doc.querySelector('title')?.textContent,
        desc: doc.querySelector('desc')?.textContent ?? '',
        texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      }
    }, text)
    expect(parsed.error).toBe(false)
    expect(parsed.title).toBe('What matters most')
    expect(parsed.desc).toContain('Tariff 25% · shared drivetrains and co-developed platforms from 2027 · USD')
    expect(parsed.desc).toContain(SUMMARY_25)
    expect(parsed.texts).toContain('Platforms: share moved: 15% (range 0–50%)')
    // The summary is described, not drawn.
    expect(parsed.texts.join(' ')).not.toContain('would save $1.84B')

    const csv = await download(page, () => fig.getByRole('button', { name: /CSV/ }).click())
    expect(csv.file.suggestedFilename()).toBe('honda-nissan_what-matters-most_25pct_drivetrains-platforms-2027.csv')
    const lines = csv.bytes.toString('utf8').trim().split('\r\n')
    expect(lines[0]).toContain('unit of the input')
    expect(lines[0]).toContain('combined annual tariff cost with the partnership at full ramp, input at range low (USD billions)')
    expect(lines[1]).toMatch(/^US tariff,%,25,2.5,27.5,0,6.6402,5.9762,/)
    expect(lines.some((l) => l.startsWith('Share passed on to buyers,%,0,0,100,5.9762,0,'))).toBe(true)
    expect(
      lines.some(
        (l) =>
          l.startsWith('Import value per vehicle,USD per vehicle,14400,8000,60000,') &&
          l.endsWith('no effect: only turns value moved into vehicles'),
      ),
    ).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('puts the summary in every slide’s speaker notes and picture alt text', async () => {
    const { page, problems } = await openPage(browser, SCENARIO_25)
    await chartsReady(page)
    await page.getByRole('button', { name: 'Export all' }).click()
    const deck = await download(page, () => page.getByRole('menuitem', { name: /PPTX: slide deck/ }).click())
    const parts = unzipSync(new Uint8Array(deck.bytes))
    const notes = Object.keys(parts).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
    expect(notes).toHaveLength(5)
    const escaped = SUMMARY_25.replace(/'/g, '&apos;')
    for (const n of notes) {
      const xml = strFromU8(parts[n]!)
      expect(xml.includes(SUMMARY_25) || xml.includes(escaped)).toBe(true)
    }
    const slide5 = strFromU8(parts['ppt/slides/slide5.xml']!)
    expect(slide5).toContain('<a:t>What matters most</a:t>')
    expect(slide5).toMatch(/descr="What matters most\. At a 25% tariff/)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
