import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import type { Browser, Locator, Page } from 'playwright-core'
import { ARTIFACTS, chartsReady, download, launch, openPage, scratchPage } from './browser'

/** At 25% with both tariff options, from 2027: the band's high end is the cost without the partnership. */
const SCENARIO = '/?tariff=25&options=drivetrains,platforms'
const RANGE = 'Range with the stated assumption ranges'
const BAND_FILL = '#c7ccd6'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const figure = (page: Page, name: string) => page.getByRole('figure', { name })
const bandPath = (fig: Locator) => fig.locator('.range-band path.recharts-area-area')

/**
 * Cost over time in client pixels (CSS transforms included): the top and bottom of the band's
 * area, the dashed combined line, and the zero tick; whether the plot is being scaled (a gesture).
 */
async function costOverTimeGeometry(page: Page) {
  return page.evaluate(() => {
    const fig = document.querySelector('main figure[data-chart-slug="cost-over-time"]')!
    const band = fig.querySelector('.range-band path.recharts-area-area')!.getBoundingClientRect()
    const line = fig.querySelector('.recharts-line path.recharts-curve')!.getBoundingClientRect()
    const labels = [...fig.querySelectorAll('.recharts-yAxis-tick-labels text')]
    const lines = fig.querySelectorAll('.recharts-yAxis-tick-lines line')
    const zeroIndex = labels.findIndex((t) => /^\D*0(\.0+)?\D*$/.test(t.textContent ?? ''))
    return {
      bandTop: band.top,
      bandBottom: band.bottom,
      lineTop: line.top,
      zeroY: lines[zeroIndex]!.getBoundingClientRect().y,
      live: fig.querySelector('.chart-plot')!.hasAttribute('data-live'),
      tariff: Number(fig.querySelector('[data-tariff]')!.getAttribute('data-tariff')),
    }
  })
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())))

describe('the range bands in Chromium', () => {
  it('draws a band in both charts, listed in the legend, and “Show ranges” hides each', async () => {
    const { page, problems } = await openPage(browser, SCENARIO)
    await chartsReady(page)
    for (const name of ['Cost over time', 'Tariff sensitivity']) {
      const fig = figure(page, name)
      await bandPath(fig).waitFor()
      expect(await bandPath(fig).getAttribute('d')).toMatch(/^M[\d.]+/)
      expect(await fig.getByRole('list', { name: 'Legend' }).textContent()).toContain(RANGE)
      expect(await fig.locator('figcaption').textContent()).toContain('low end: all of the tariff passed on to buyers')
      await fig.getByRole('checkbox', { name: /show ranges/i }).uncheck()
      await expect(bandPath(fig).count()).resolves.toBe(0)
      expect(await fig.getByRole('list', { name: 'Legend' }).textContent()).not.toContain(RANGE)
      await fig.getByRole('checkbox', { name: /show ranges/i }).check()
      await bandPath(fig).waitFor()
    }
    for (const [w, h] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width: w, height: h })
      for (const slug of ['cost-over-time', 'tariff-sensitivity']) {
        const fig = page.locator(`main figure[data-chart-slug="${slug}"]`)
        await fig.scrollIntoViewIfNeeded()
        await nextFrame(page)
        await fig.screenshot({ path: `${ARTIFACTS}/bands-${slug}-${w}x${h}.png` })
      }
    }
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('puts the band into the exported SVG and PNG, and not when hidden', async () => {
    const { page, problems } = await openPage(browser, SCENARIO)
    await chartsReady(page)
    const scratch = await scratchPage(page)
    for (const name of ['Cost over time', 'Tariff sensitivity']) {
      const fig = figure(page, name)
      await bandPath(fig).waitFor()
      const svg = await download(page, () => fig.getByRole('button', { name: /SVG/ }).click())
      const read = (s: string) =>
        scratch.evaluate(
          ([source, fill]) => {
            const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
            return {
              error: doc.getElementsByTagName('parsererror').length > 0,
              texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
              bandAreas: Array.from(doc.querySelectorAll('path')).filter(
                (p) => p.getAttribute('fill') === fill && /^M/.test(p.getAttribute('d') ?? ''),
              ).length,
            }
          },
          [s, BAND_FILL] as const,
        )
      const shown = await read(svg.bytes.toString('utf8'))
      expect(shown.error).toBe(false)
      expect(shown.texts).toContain(RANGE)
      // The legend's key is a rect; the band itself is a path with the band's fill.
      expect(shown.bandAreas).toBeGreaterThanOrEqual(1)
      expect(shown.texts.join(' ')).toContain('shaded band')

      if (name === 'Cost over time') {
        const png = await download(page, () => fig.getByRole('button', { name: /PNG/ }).click())
        expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
        writeFileSync(`${ARTIFACTS}/export-bands-cost-over-time.png`, png.bytes)
      }

      await fig.getByRole('checkbox', { name: /show ranges/i }).uncheck()
      const hidden = await read((await download(page, () => fig.getByRole('button', { name: /SVG/ }).click())).bytes.toString('utf8'))
      expect(hidden.texts).not.toContain(RANGE)
      expect(hidden.bandAreas).toBe(0)
      await fig.getByRole('checkbox', { name: /show ranges/i }).check()
    }
    expect(problems).toEqual([])
    await page.context().close()
  }, 90_000)

  it('scales the cost-over-time band with its line during a held-key gesture, and is exact at rest after release', async () => {
    const { page, problems } = await openPage(browser, SCENARIO)
    await chartsReady(page)
    await bandPath(figure(page, 'Cost over time')).waitFor()
    await figure(page, 'Cost over time').scrollIntoViewIfNeeded()
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    let sawLive = false
    // A held key: keydown repeats without a keyup, so the gesture lasts until the release.
    for (const key of [...Array(6).fill('ArrowRight'), ...Array(10).fill('ArrowLeft')]) {
      await page.keyboard.down(key)
      await nextFrame(page)
      const g = await costOverTimeGeometry(page)
      sawLive ||= g.live
      const value = Number(await slider.getAttribute('aria-valuenow'))
      expect(g.tariff).toBe(value)
      // Here the band's high end is the combined cost without the partnership (the options' effects
      // start at 0%) and its low end is no cost (all passed on): the band runs from the zero line to the line.
      expect(Math.abs(g.bandTop - g.lineTop), `top at ${value}%`).toBeLessThan(1.5)
      expect(Math.abs(g.bandBottom - g.zeroY), `bottom at ${value}%`).toBeLessThan(1.5)
    }
    await page.keyboard.up('ArrowLeft')
    expect(sawLive).toBe(true)
    await page.locator('main figure[data-chart-slug="cost-over-time"] .chart-plot:not([data-live])').waitFor()
    await nextFrame(page)
    const rest = await costOverTimeGeometry(page)
    expect(rest.live).toBe(false)
    expect(Math.abs(rest.bandTop - rest.lineTop)).toBeLessThan(1.5)
    expect(Math.abs(rest.bandBottom - rest.zeroY)).toBeLessThan(1.5)
    // Exact at rest: the band's outline is the one a fresh page at this scenario draws.
    const d = await bandPath(figure(page, 'Cost over time')).getAttribute('d')
    await page.waitForFunction((t) => new URLSearchParams(location.search).get('tariff') === String(t), rest.tariff)
    const fresh = await openPage(browser, new URL(page.url()).pathname + new URL(page.url()).search)
    await chartsReady(fresh.page)
    await bandPath(figure(fresh.page, 'Cost over time')).waitFor()
    expect(await bandPath(figure(fresh.page, 'Cost over time')).getAttribute('d')).toBe(d)
    expect(problems).toEqual([])
    expect(fresh.problems).toEqual([])
    await fresh.page.context().close()
    await page.context().close()
  })
})
