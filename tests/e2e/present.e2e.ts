import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { ARTIFACTS, baseUrl, chartsReady, launch, openPage, watchProblems } from './browser'

const FULL_HD = { width: 1920, height: 1080 }
const TITLES = ['Tariff cost by company', 'Tariff sensitivity', 'Cost over time', 'Plant footprint', 'What matters most']

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const slides = (page: Page) => page.getByRole('dialog', { name: /slides/i })
const counter = (page: Page) => page.locator('.present-counter').textContent()
const hash = (page: Page) => page.evaluate(() => window.location.hash)
/** The one chart on the slide: its title. */
const slideTitle = async (page: Page) => {
  const figures = page.getByRole('figure')
  expect(await figures.count()).toBe(1)
  return figures.locator('h2').textContent()
}
const figureValue = (page: Page, name: RegExp) => page.getByRole('group', { name }).locator('.figure-value').textContent()

describe('presentation mode in Chromium', () => {
  it('Present opens the slides; keys move between them, the counter and the URL hash follow; Escape leaves', async () => {
    const { page, problems } = await openPage(browser, '/', FULL_HD)
    await chartsReady(page)
    await page.getByRole('button', { name: 'Present' }).click()
    await slides(page).waitFor()
    expect(await counter(page)).toBe('1 / 5')
    expect(await hash(page)).toBe('#slide=1')
    expect(await slideTitle(page)).toBe(TITLES[0])

    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['PageDown', 3],
      [' ', 4],
      ['ArrowRight', 5],
      ['ArrowRight', 5], // stays on the last slide
      ['ArrowLeft', 4],
      ['PageUp', 3],
      ['Home', 1],
      ['End', 5],
    ]
    for (const [key, slide] of steps) {
      await page.keyboard.press(key)
      expect(await counter(page), key).toBe(`${slide} / 5`)
      expect(await hash(page)).toBe(`#slide=${slide}`)
      expect(await slideTitle(page)).toBe(TITLES[slide - 1])
    }
    // The key figures are on every slide.
    expect(await figureValue(page, /combined annual tariff cost/i)).toBe('$4.34B')

    await page.keyboard.press('Escape')
    await expect(slides(page).count()).resolves.toBe(0)
    expect(await hash(page)).toBe('')
    expect(await page.getByRole('figure').count()).toBe(5)
    expect(await page.getByRole('button', { name: 'Present' }).evaluate((el) => el === document.activeElement)).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('stays on the slide after a reload, and keeps the query string (the scenario) as it is', async () => {
    const { page, problems } = await openPage(browser, '/?tariff=25#slide=3', FULL_HD)
    await slides(page).waitFor()
    expect(await counter(page)).toBe('3 / 5')
    expect(await slideTitle(page)).toBe('Cost over time')
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => window.location.search + window.location.hash)).toBe('?tariff=25#slide=4')
    await page.reload()
    await slides(page).waitFor()
    expect(await counter(page)).toBe('4 / 5')
    expect(await slideTitle(page)).toBe('Plant footprint')
    // Code that rewrites the query string (the scenario link) and drops the hash does not close
    // the slides; the next step writes the slide back beside the new query string.
    await page.evaluate(() => window.history.replaceState(null, '', '/?tariff=25'))
    await page.getByRole('button', { name: '25%' }).click()
    expect(await counter(page)).toBe('4 / 5')
    await page.keyboard.press('ArrowLeft')
    expect(await page.evaluate(() => window.location.search + window.location.hash)).toBe('?tariff=25#slide=3')
    // A slide that does not exist is corrected, not obeyed.
    await page.goto(`${baseUrl()}/#slide=9`)
    await slides(page).waitFor()
    expect(await counter(page)).toBe('5 / 5')
    expect(await hash(page)).toBe('#slide=5')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('leaves arrow keys to the tariff slider in the control bar, so the presenter can move the tariff live', async () => {
    const { page, problems } = await openPage(browser, '/#slide=2', FULL_HD)
    await slides(page).waitFor()
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await slider.getAttribute('aria-valuenow')).toBe('16')
    await page.keyboard.press('PageUp')
    expect(await slider.getAttribute('aria-valuenow')).toBe('21')
    await page.keyboard.press('Home')
    expect(await slider.getAttribute('aria-valuenow')).toBe('0')
    await page.keyboard.press('End')
    expect(await slider.getAttribute('aria-valuenow')).toBe('50')
    expect(await counter(page)).toBe('2 / 5')
    await page.getByRole('button', { name: '25%' }).click()
    expect(await figureValue(page, /combined annual tariff cost/i)).toBe('$7.81B')
    // The marker on the sensitivity slide follows.
    await expect(page.locator('.tariff-marker text').textContent()).resolves.toBe('25%: $7.81B')
    // Partnership switches are in the bar too; Space on a switch toggles it, not the slide.
    await page.getByRole('switch', { name: /shared drivetrains/i }).focus()
    await page.keyboard.press(' ')
    expect(await page.getByRole('switch', { name: /shared drivetrains/i }).isChecked()).toBe(true)
    expect(await counter(page)).toBe('2 / 5')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('draws slides at projector size: axis labels of 20 px or more at 1920×1080, nothing outside the window', async () => {
    const { page, problems } = await openPage(browser, '/#slide=1', FULL_HD)
    await slides(page).waitFor()
    for (let slide = 1; slide <= TITLES.length; slide++) {
      await page.locator('.present .recharts-cartesian-axis-tick-value').first().waitFor()
      const check = await page.evaluate(() => {
        const ticks = Array.from(document.querySelectorAll('.present .recharts-cartesian-axis-tick-value'))
        const sizes = ticks.map((t) => parseFloat(getComputedStyle(t).fontSize))
        const outside = Array.from(document.querySelectorAll('.present *'))
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1)).length
        return { ticks: ticks.length, minFont: Math.min(...sizes), outside }
      })
      expect(check.ticks).toBeGreaterThan(4)
      expect(check.minFont).toBeGreaterThanOrEqual(20)
      expect(check.outside).toBe(0)
      await page.waitForTimeout(1600) // let the slide's chart finish its entrance
      await page.screenshot({ path: `${ARTIFACTS}/present-slide${slide}-1920x1080.png` })
      await page.keyboard.press('ArrowRight')
    }
    expect(problems).toEqual([])
    await page.context().close()
  })

  // A 720p projector, a tablet upright and a phone: at 1280×720 the text left the sensitivity a
  // plot 115 px tall and the plant lists ran over the caption; on a phone the key figures read
  // "$1.80" and the controls ran out of the window. A phone's slide scrolls (below the window is
  // then allowed, inside the slide).
  it.each([
    { width: 1280, height: 720, minPlot: 200, scrolls: false },
    { width: 768, height: 1024, minPlot: 200, scrolls: false },
    { width: 390, height: 844, minPlot: 150, scrolls: true },
  ])('fits every slide in a $width×$height window', async ({ width, height, minPlot, scrolls }) => {
    const { page, problems } = await openPage(
      browser,
      '/?tariff=27.5&currency=JPY&options=drivetrains,platforms,software&start=2028&passOn=20#slide=1',
      {
        width,
        height,
      },
    )
    await slides(page).waitFor()
    for (let slide = 1; slide <= TITLES.length; slide++) {
      await page.locator('.present .recharts-cartesian-axis-tick-value').first().waitFor()
      const check = await page.evaluate((scrolls) => {
        const visible = (el: Element) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden'
        const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
        const frame = document.querySelector('.present .chart-frame')!
        const caption = frame.querySelector('.chart-caption')!.getBoundingClientRect()
        // What the chart body draws: the plots, and the plant lists as the box they scroll in.
        const body = [...frame.querySelectorAll('svg.recharts-surface, .plant-lists')].filter(visible)
        const outside = [...document.querySelectorAll('.present *')].filter(visible).filter((el) => {
          const r = el.getBoundingClientRect()
          const below = r.bottom > window.innerHeight + 1 && !(scrolls && el.closest('.present-slide'))
          return r.right > window.innerWidth + 1 || below
        }).length
        return {
          outside,
          onCaption: body.filter((el) => overlaps(el.getBoundingClientRect(), caption)).map((el) => el.getAttribute('class')),
          plots: [...frame.querySelectorAll('svg.recharts-surface')]
            .filter(visible)
            .map((el) => Math.round(el.getBoundingClientRect().height)),
          clippedFigures: [...document.querySelectorAll('.present .figure-value')]
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => el.textContent),
        }
      }, scrolls)
      expect({ slide, ...check }).toEqual({
        slide,
        outside: 0,
        onCaption: [],
        plots: check.plots.map((h) => Math.max(h, minPlot)),
        clippedFigures: [],
      })
      await page.screenshot({ path: `${ARTIFACTS}/present-slide${slide}-${width}x${height}.png` })
      await page.keyboard.press('ArrowRight')
    }
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('falls back to a full-window overlay when fullscreen is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' })
    await context.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'))
    })
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto(`${baseUrl()}/`)
    await chartsReady(page)
    await page.getByRole('button', { name: 'Present' }).click()
    await slides(page).waitFor()
    const box = await slides(page).boundingBox()
    expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 })
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull()
    expect(await page.getByRole('button', { name: 'Full screen' }).isVisible()).toBe(true)
    await page.keyboard.press('ArrowRight')
    expect(await counter(page)).toBe('2 / 5')
    // Nothing of the slide or the control bar falls outside a 1280×720 projector.
    const outside = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('.present *')).filter((el) => {
          const r = el.getBoundingClientRect()
          return r.width > 0 && (r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1)
        }).length,
    )
    expect(outside).toBe(0)
    await page.waitForTimeout(1600)
    await page.screenshot({ path: `${ARTIFACTS}/present-slide2-1280x720.png` })
    await page.getByRole('button', { name: /exit slides/i }).click()
    await expect(slides(page).count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('projector theme and print', () => {
  it('switches to the projector theme, remembers it across a reload, and switches back', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    const toggle = page.getByRole('button', { name: 'Projector theme' })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    expect(await page.evaluate(() => localStorage.getItem('hn-dashboard:theme'))).toBe('projector')
    const ink = () => page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color)
    expect(await ink()).toBe('rgb(0, 0, 0)')
    // The charts' tick labels too, though Recharts writes its grey into each label's style attribute.
    const tickFill = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('main figure .recharts-cartesian-axis-tick-value')!).fill)
    expect(await tickFill()).toBe('rgb(0, 0, 0)')
    await page.reload()
    await chartsReady(page)
    expect(await ink()).toBe('rgb(0, 0, 0)')
    expect(await page.getByRole('button', { name: 'Projector theme' }).getAttribute('aria-pressed')).toBe('true')
    await page.getByRole('button', { name: 'Projector theme' }).click()
    expect(await page.evaluate(() => localStorage.getItem('hn-dashboard:theme'))).toBe('light')
    expect(await ink()).toBe('rgb(17, 24, 39)')
    expect(await tickFill()).toBe('rgb(55, 65, 81)')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('prints one chart per page with its caption, and no controls or buttons', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    await page.emulateMedia({ media: 'print' })
    const printed = await page.evaluate(() => {
      const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0
      const figures = Array.from(document.querySelectorAll('.chart-grid figure'))
      return {
        figures: figures.length,
        breakBefore: figures.map((f) => getComputedStyle(f).breakBefore),
        captions: figures.map((f) => visible(f.querySelector('figcaption .chart-scenario'))),
        plots: figures.map((f) => (f.querySelector('svg.recharts-surface') as SVGElement).getBoundingClientRect().width > 0),
        buttons: Array.from(document.querySelectorAll('button')).filter(visible).length,
        sliders: Array.from(document.querySelectorAll('input')).filter(visible).length,
      }
    })
    expect(printed.figures).toBe(TITLES.length)
    expect(printed.breakBefore).toEqual(TITLES.map(() => 'page'))
    expect(printed.captions).toEqual(TITLES.map(() => true))
    expect(printed.plots).toEqual(TITLES.map(() => true))
    expect(printed.buttons).toBe(0)
    expect(printed.sliders).toBe(0)
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    // Header and key figures, then one page per chart, then the methodology.
    expect(pages).toBeGreaterThanOrEqual(5)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
