import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { ARTIFACTS, baseUrl, chartsReady, launch, openPage } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const figure = (page: Page, name: RegExp) => page.getByRole('group', { name })
const figureText = async (page: Page, name: RegExp) => (await figure(page, name).locator('.figure-value').textContent())?.trim()

describe('the dashboard in Chromium', () => {
  it('opens at the published settings with the published figures and no console errors', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    expect(await page.title()).toMatch(/Honda/)
    expect(await page.title()).toMatch(/Nissan/)
    expect(await page.getByRole('main').count()).toBe(1)
    expect(await page.locator('h1').count()).toBe(1)
    expect(await figureText(page, /nissan annual tariff cost/i)).toBe('$1.80B')
    expect(await figureText(page, /honda annual tariff cost/i)).toBe('$2.54B')
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$4.34B')
    expect(await figureText(page, /partnership savings/i)).toBe('$0.00B')
    for (const name of [/tariff cost by company/i, /tariff sensitivity/i, /cost over time/i, /plant footprint/i]) {
      const fig = page.getByRole('figure', { name })
      await expect(fig.locator('svg.recharts-surface').first().isVisible()).resolves.toBe(true)
      await expect(fig.getByRole('button', { name: /csv/i }).isVisible()).resolves.toBe(true)
    }
    await page.getByRole('radio', { name: 'JPY' }).check()
    expect(await figureText(page, /honda annual tariff cost/i)).toBe('¥385B')
    expect(await figureText(page, /nissan annual tariff cost/i)).toBe('¥273B')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('moves the tariff by keyboard exactly as the contract says and updates the figures', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    await page.keyboard.press('ArrowRight')
    expect(await slider.getAttribute('aria-valuenow')).toBe('15.5')
    await page.keyboard.press('PageUp')
    expect(await slider.getAttribute('aria-valuenow')).toBe('20.5')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('PageDown')
    expect(await slider.getAttribute('aria-valuenow')).toBe('15')
    await page.keyboard.press('End')
    expect(await slider.getAttribute('aria-valuenow')).toBe('50')
    expect(await slider.getAttribute('aria-valuetext')).toBe('50%')
    // Combined at 50%: $4.34B ÷ 12.5 × 47.5, in the chart as soon as the step is made.
    await page
      .getByRole('figure', { name: /tariff cost by company/i })
      .getByText('$16.49B')
      .first()
      .waitFor({ timeout: 3000 })
    await page.keyboard.press('Home')
    expect(await slider.getAttribute('aria-valuenow')).toBe('0')
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$0.00B')

    await page.getByRole('button', { name: /25%/ }).click()
    expect(await figureText(page, /nissan annual tariff cost/i)).toBe('$3.24B')
    expect(await figureText(page, /honda annual tariff cost/i)).toBe('$4.57B')
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$7.81B')
    await page.getByRole('button', { name: /27\.5%/ }).click()
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$8.68B')
    await page.getByRole('button', { name: /2\.5%/ }).first().click()
    expect(await slider.getAttribute('aria-valuenow')).toBe('2.5')
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$0.00B')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('applies partnership options, start year and assumptions, and Reset returns to the published settings', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    await page.getByRole('switch', { name: /shared drivetrains/i }).check()
    // 10% of $4.34B at full ramp.
    expect(await figureText(page, /partnership savings/i)).toBe('$0.43B')
    await page.getByRole('combobox', { name: /partnership start year/i }).selectOption('2029')
    await expect(page.getByRole('figure', { name: /cost over time/i }).textContent()).resolves.toContain('from 2029')
    await page.getByRole('switch', { name: /shared software/i }).check()
    expect(await figureText(page, /partnership savings/i)).toBe('$0.63B')
    // An assumption the user can see and change: pass half the tariff on to buyers.
    const passThrough = page.getByRole('slider', { name: /passed on to buyers/i })
    await passThrough.focus()
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight')
    expect(await passThrough.getAttribute('aria-valuenow')).toBe('50')
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$2.17B')

    await page.getByRole('button', { name: 'Reset' }).click()
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$4.34B')
    expect(await figureText(page, /partnership savings/i)).toBe('$0.00B')
    expect(await page.getByRole('switch', { name: /shared drivetrains/i }).isChecked()).toBe(false)
    expect(await passThrough.getAttribute('aria-valuenow')).toBe('0')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('downloads a chart’s data as CSV with units in the header', async () => {
    const { page } = await openPage(browser)
    await chartsReady(page)
    const fig = page.getByRole('figure', { name: /tariff sensitivity/i })
    const [download] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: /csv/i }).click()])
    expect(download.suggestedFilename()).toBe('honda-nissan_tariff-sensitivity_15pct_no-partnership.csv')
    const csv = readFileSync(await download.path(), 'utf8')
    const [header, ...rows] = csv.trim().split(/\r\n/)
    expect(header).toContain('tariff (%)')
    expect(header).toContain('USD billions')
    expect(rows).toHaveLength(101)
    // Then the range of the combined cost with the partnership (#9): all passed on costs nothing; nothing passed on, as now.
    expect(header).toContain('combined with partnership at full ramp, low end of the stated ranges (USD billions)')
    expect(rows.find((r) => r.startsWith('15,'))).toBe('15,1.8,2.54,4.34,4.34,0,4.34')
    await page.context().close()
  })

  it('shows a skeleton while loading and a clear message with Retry when the data is broken', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' }) // page.route must see the data request
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    let mode: 'slow' | 'broken' | 'ok' = 'broken'
    await page.route('**/data/baseline.json', async (route) => {
      if (mode === 'broken')
        return route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "sources": []' })
      if (mode === 'slow') await new Promise((r) => setTimeout(r, 1500))
      return route.continue()
    })
    await page.goto(baseUrl() + '/')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/could not be loaded.*not valid JSON/s)
    mode = 'slow'
    await page.getByRole('button', { name: /retry/i }).click()
    await page.locator('[aria-busy="true"], .data-error button:disabled').first().waitFor()
    await chartsReady(page)
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$4.34B')
    expect(problems).toEqual([])
    await context.close()
  })

  it('says when the charts cannot be loaded, keeps the figures, and reloads on request', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' }) // page.route must see the chunk's request
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    let drop = true
    // The charts' chunk (app/AppShell) never arrives: a connection dropped mid-load.
    await page.route('**/assets/AppShell-*.js', (route) => (drop ? route.abort('connectionreset') : route.continue()))
    await page.goto(baseUrl() + '/')
    const alert = page.getByRole('alert').filter({ hasText: 'The charts could not be loaded.' })
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/Reload the page to try again/)
    // The rest of the dashboard works: the figures are there and follow the slider.
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$4.34B')
    await page.getByRole('slider', { name: /tariff on japanese imports/i }).press('ArrowRight')
    await expect.poll(() => figureText(page, /combined annual tariff cost/i)).not.toBe('$4.34B')
    expect(problems).toEqual([])
    drop = false
    await alert.getByRole('button', { name: 'Reload' }).click()
    await chartsReady(page)
    await expect(page.getByRole('alert').filter({ hasText: 'The charts could not be loaded.' }).count()).resolves.toBe(0)
    // A chart embedded in another page says so too, in place of its loading placeholder.
    drop = true
    await page.goto(baseUrl() + '/?embed=tariff-sensitivity')
    await page.getByRole('alert').filter({ hasText: 'The chart could not be loaded' }).waitFor()
    expect(problems).toEqual([])
    await context.close()
  })

  it('says what is wrong when the data file has the wrong shape or is missing', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' }) // page.route must see the data request
    const page = await context.newPage()
    await page.route('**/data/baseline.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 1, sources: [] }) }),
    )
    await page.goto(baseUrl() + '/')
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toMatch(/does not have the expected shape/)
    await page.unroute('**/data/baseline.json')
    await page.route('**/data/baseline.json', (route) => route.fulfill({ status: 404, body: 'not found' }))
    await page.reload()
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toMatch(/missing: the server answered 404/)
    await context.close()
  })
})

/** Waits for the next frame: whatever a step drew in its own task is on screen by then. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())))

const TARIFF_CHARTS = ['tariff-cost-by-company', 'tariff-sensitivity', 'cost-over-time'] as const

/**
 * What each tariff-driven chart shows, read from the screen: the tariff it says it drew
 * (data-tariff) and, in client pixels, where its combined cost is drawn against where its own
 * y-axis puts the combined figure shown beside the charts. Bars and lines may be scaled by CSS
 * while the slider moves, so positions are measured with getBoundingClientRect.
 */
async function drawnScenario(page: Page) {
  return page.evaluate(
    (slugs) => {
      const parseMoney = (t: string) => Number(t.replace(/[^0-9.]/g, '')) * 1e9
      const combinedText = [...document.querySelectorAll('[role=group]')]
        .find((g) => /combined annual tariff cost/i.test(g.textContent ?? ''))!
        .querySelector('.figure-value')!
        .textContent.trim()
      const combinedUsd = parseMoney(combinedText)
      const out: Record<string, { tariff: number; drawnY: number; expectedY: number; label?: string; dotsRound?: boolean }> = {}
      for (const slug of slugs) {
        const fig = document.querySelector(`main figure[data-chart-slug="${slug}"]`)!
        // Tick lines and tick labels are drawn in two groups, in the same order: Recharts' own, or
        // while a gesture has widened the axis, the widened one drawn in their place.
        const widened = fig.querySelector('.live-y-tick-labels text') !== null
        const lines = fig.querySelectorAll(widened ? '.live-y-tick-lines line' : '.recharts-yAxis-tick-lines line')
        const ticks = [...fig.querySelectorAll(widened ? '.live-y-tick-labels text' : '.recharts-yAxis-tick-labels text')].map((t, i) => ({
          usd: parseMoney(t.textContent),
          y: lines[i]!.getBoundingClientRect().y,
        }))
        const zero = ticks.find((t) => t.usd === 0)!
        const top = ticks[ticks.length - 1]!
        const expectedY = zero.y + ((top.y - zero.y) * combinedUsd) / top.usd
        const centre = (el: Element) => {
          const r = el.getBoundingClientRect()
          return r.y + r.height / 2
        }
        let drawnY: number
        let label: string | undefined
        let dotsRound: boolean | undefined
        if (slug === 'tariff-cost-by-company') {
          // The third bar of the first series: Combined, without partnership.
          drawnY = fig
            .querySelectorAll('.recharts-bar-rectangles')[0]!
            .querySelectorAll('path.recharts-rectangle')[2]!
            .getBoundingClientRect().y
          label = fig.querySelectorAll('.recharts-label-list')[0]!.querySelectorAll('text')[2]!.textContent!
        } else if (slug === 'tariff-sensitivity') {
          drawnY = centre(fig.querySelector('.tariff-marker circle')!)
          label = fig.querySelector('.tariff-marker text')!.textContent!
        } else {
          const dots = fig.querySelectorAll('.recharts-line-dot')
          drawnY = centre(dots[dots.length - 1]!)
          // The dots move with their scaled line but must not be squashed with it.
          dotsRound = [...dots].every((d) => {
            const r = d.getBoundingClientRect()
            return Math.abs(r.width - r.height) < 0.5
          })
        }
        out[slug] = { tariff: Number(fig.querySelector('[data-tariff]')!.getAttribute('data-tariff')), drawnY, expectedY, label, dotsRound }
      }
      return { combinedText, charts: out }
    },
    TARIFF_CHARTS as unknown as string[],
  )
}

/** Console warnings as problems too. */
function countWarnings(page: Page, problems: string[]) {
  page.on('console', (m) => {
    // Playwright's own note for the blocked service worker (openPage blocks workers) is not the app's.
    if (m.type() === 'warning' && !m.text().startsWith('Service Worker registration blocked by Playwright'))
      problems.push(`console.warning: ${m.text()}`)
  })
}

/** The tariff charts and "What matters most", markup for markup, as SVG: ids left out. */
function chartMarkup(p: Page) {
  return p.evaluate(
    (slugs) =>
      slugs.map((slug) =>
        document
          .querySelector(`main figure[data-chart-slug="${slug}"] svg.recharts-surface`)!
          .outerHTML.replace(/(id|clip-path|mask)="[^"]*"/g, '')
          .replace(/url\(#[^)]*\)/g, 'url()'),
      ),
    [...TARIFF_CHARTS, 'what-matters-most'],
  )
}

/**
 * At rest (the gesture over, the axes re-fitted): the same pictures as a fresh page at this
 * scenario, and every text on the page (figures, answers, captions) as a fresh page has it.
 */
async function expectAsFreshPage(page: Page) {
  const atRest = await chartMarkup(page)
  const pageText = (p: Page) => p.locator('main').innerText()
  const textAtRest = await pageText(page)
  await page.waitForFunction((q) => location.search === q, new URL(page.url()).search)
  const fresh = await openPage(browser, new URL(page.url()).pathname + new URL(page.url()).search, { width: 1920, height: 1080 })
  await chartsReady(fresh.page)
  await fresh.page.waitForTimeout(500)
  expect(await chartMarkup(fresh.page)).toEqual(atRest)
  expect(await pageText(fresh.page)).toEqual(textAtRest)
  expect(fresh.problems).toEqual([])
  await fresh.page.context().close()
}

describe('every slider step is drawn', () => {
  it('shows each step in all three tariff-driven charts by the next frame, and at rest a fresh render', async () => {
    const { page, problems } = await openPage(browser, '/', { width: 1920, height: 1080 })
    countWarnings(page, problems)
    await chartsReady(page)
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    // Up past the held axis (a re-fit mid-gesture), a Page Up, then down below 2.5% and up again.
    const keys = [
      ...Array(12).fill('ArrowRight'),
      'PageUp',
      ...Array(6).fill('ArrowRight'),
      'PageDown',
      'PageDown',
      'PageDown',
      'PageDown',
      ...Array(4).fill('ArrowLeft'),
      ...Array(6).fill('ArrowRight'),
    ]
    for (const key of keys) {
      await page.keyboard.press(key)
      await nextFrame(page)
      const value = Number(await slider.getAttribute('aria-valuenow'))
      const drawn = await drawnScenario(page)
      for (const slug of TARIFF_CHARTS) {
        const chart = drawn.charts[slug]!
        expect({ slug, value, tariff: chart.tariff }).toEqual({ slug, value, tariff: value })
        // Within a pixel and a half of where the chart's own axis puts the combined figure.
        expect(Math.abs(chart.drawnY - chart.expectedY), `${slug} at ${value}%`).toBeLessThan(1.5)
      }
      expect(drawn.charts['cost-over-time']!.dotsRound, `dots round at ${value}%`).toBe(true)
      // The texts beside the charts follow the step too (written outside React mid-gesture).
      const texts = await page.evaluate(() => ({
        captions: [...document.querySelectorAll('main figure[data-chart-slug] .chart-scenario')].map((e) => e.textContent),
        notes: [...document.querySelectorAll('.key-figures .figure-note')].slice(0, 2).map((e) => e.textContent),
        breakEven: document.querySelectorAll('.break-even .answer-text')[1]?.textContent ?? '',
      }))
      expect(texts.captions.length).toBe(5)
      for (const caption of texts.captions) expect(caption).toMatch(new RegExp(`^Tariff ${value}% ·`))
      for (const note of texts.notes) expect(note).toMatch(new RegExp(`^a year at ${value}%`))
      expect(texts.breakEven).toMatch(new RegExp(`^(To hold today’s cost at|At) ${value}%`))
      expect(drawn.charts['tariff-cost-by-company']!.label).toBe(drawn.combinedText)
      expect(drawn.charts['tariff-sensitivity']!.label).toContain(drawn.combinedText)
    }

    // At rest (the gesture over, the axes re-fitted): the same pictures as a fresh page at this
    // scenario. "What matters most" held still during the gesture and has caught up too.
    await page.waitForTimeout(1000)
    await expectAsFreshPage(page)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('leaves every chart a fresh render when a key comes while the charts are drawn at rest, one by one', async () => {
    const { page, problems } = await openPage(browser, '/', { width: 1920, height: 1080 })
    countWarnings(page, problems)
    await chartsReady(page)
    await page.getByRole('slider', { name: /tariff on japanese imports/i }).focus()
    // Each press is a gesture of its own; the next lands 402–430 ms later, in the turns in which
    // the held charts are drawn at rest (store/heldForGesture), and starts a gesture again.
    for (const gap of [402, 410, 420, 430]) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(gap)
    }
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(1000)
    expect(await page.locator('.chart-plot[data-live]').count()).toBe(0)
    await expectAsFreshPage(page)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it("lays a key's step out in the key's own task, so that the next frame only paints it", async () => {
    const { page, problems } = await openPage(browser, '/', { width: 1920, height: 1080 })
    await chartsReady(page)
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    await page.keyboard.press('ArrowRight') // the gesture's start re-renders the held charts once
    await page.waitForTimeout(300)
    await browser.startTracing(page, { categories: ['devtools.timeline'] })
    await page.keyboard.press('ArrowRight')
    await nextFrame(page)
    await nextFrame(page)
    type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { type?: string } } }
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
    const keydown = traceEvents.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')!
    expect(keydown).toBeDefined()
    const within = (e: TraceEvent) =>
      e.pid === keydown.pid && e.tid === keydown.tid && e.ts >= keydown.ts && e.ts <= keydown.ts + (keydown.dur ?? 0)
    // The step's style and layout happen inside the key's dispatch (after React's commit)...
    expect(traceEvents.some((e) => e.name === 'Layout' && within(e))).toBe(true)
    expect(await slider.getAttribute('aria-valuenow')).toBe('16')
    // ...and the step is on screen: the figures and charts say 16%.
    expect((await drawnScenario(page)).charts['tariff-cost-by-company']!.tariff).toBe(16)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe("a gesture that passes the charts' axes (#7)", () => {
  it('widens the axes without redrawing the charts, then re-fits them at rest', async () => {
    const { page, problems } = await openPage(browser, '/', { width: 1920, height: 1080 })
    await chartsReady(page)
    const bars = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('main figure[data-chart-slug="tariff-cost-by-company"] .recharts-bar-rectangles path')].map((p) =>
          p.getAttribute('d'),
        ),
      )
    const shownTicks = () =>
      page.evaluate(() => {
        const fig = document.querySelector('main figure[data-chart-slug="cost-over-time"]')!
        const live = [...fig.querySelectorAll('.live-y-tick-labels text')]
        const own = [...fig.querySelectorAll('.recharts-yAxis-tick-labels text')]
        return (live.length ? live : own).map((t) => t.textContent)
      })
    // "What matters most": Recharts' own value ticks (hidden while widened), the widened ones, and
    // where the "Now" line stands against the ticks shown.
    const tornado = () =>
      page.evaluate(() => {
        const fig = document.querySelector('main figure[data-chart-slug="what-matters-most"]')!
        const texts = (sel: string) => [...fig.querySelectorAll(sel)].map((t) => t.textContent)
        const shown = fig.querySelector('.wide-value-tick-labels') ? '.wide-value-tick' : '.recharts-xAxis-tick'
        const ticks = [...fig.querySelectorAll(`${shown}-labels text`)].map((t) => Number(t.textContent.replace(/[^0-9.]/g, '')))
        const xs = [...fig.querySelectorAll(`${shown}-lines line`)].map((l) => l.getBoundingClientRect().x)
        const now = Number(fig.querySelector('.tornado-now text')!.textContent.replace(/[^0-9.]/g, ''))
        const nowX = fig.querySelector('.tornado-now line')!.getBoundingClientRect().x
        const expectedX = xs[0]! + ((xs[xs.length - 1]! - xs[0]!) * now) / ticks[ticks.length - 1]!
        return { own: texts('.recharts-xAxis-tick-labels text'), wide: texts('.wide-value-tick-labels text'), nowX, expectedX }
      })
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    await page.keyboard.press('ArrowRight')
    await nextFrame(page)
    const drawnAtStart = await bars()
    const ticksAtStart = await shownTicks()
    const tornadoAtStart = await tornado()
    expect(tornadoAtStart.wide).toEqual([])
    // 15% → 21%: past the top tick fitted at 15%.
    for (let i = 0; i < 11; i++) {
      await page.keyboard.press('ArrowRight')
      await nextFrame(page)
    }
    expect(await slider.getAttribute('aria-valuenow')).toBe('21')
    // Recharts still draws the start's bars (scaled by CSS); the axis shown reaches the slider's top.
    expect(await bars()).toEqual(drawnAtStart)
    const wide = await shownTicks()
    expect(wide).not.toEqual(ticksAtStart)
    expect(wide.at(-1)).toBe('$20B')
    // On to 37.5%: past the tornado's value axis too.
    for (let i = 0; i < 33; i++) {
      await page.keyboard.press('ArrowRight')
      await nextFrame(page)
    }
    expect(await slider.getAttribute('aria-valuenow')).toBe('37.5')
    const widened = await tornado()
    expect(widened.own).toEqual(tornadoAtStart.own) // Recharts' axis is not redrawn
    expect(widened.wide.at(-1)).toBe('$20B')
    expect(Math.abs(widened.nowX - widened.expectedX)).toBeLessThan(1.5)
    expect(await bars()).toEqual(drawnAtStart)
    // At rest: Recharts draws the bars at 37.5% with its own axes, fitted again.
    await page.waitForFunction(() => document.querySelector('.live-y-tick-labels text') === null)
    // Each held chart comes to rest in a turn of its own (store/heldForGesture): wait for each.
    await expect.poll(() => bars()).not.toEqual(drawnAtStart)
    expect((await shownTicks()).at(-1)).toBe('$15B')
    await expect.poll(async () => (await tornado()).wide).toEqual([])
    const atRest = await tornado()
    expect(atRest.own.at(-1)).toBe('$15B')
    expect(Math.abs(atRest.nowX - atRest.expectedX)).toBeLessThan(1.5)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('the first view (#7)', () => {
  it("marks the first view's scripts, and only those, for eager compilation (V8 compile hints)", () => {
    const html = readFileSync('dist/index.html', 'utf8')
    const firstView = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
    expect(firstView.length).toBeGreaterThanOrEqual(3) // the entry, the charts chunk, Recharts
    const firstLine = (file: string) => readFileSync(`dist/${file}`, 'utf8').split('\n', 1)[0]
    for (const file of firstView) expect(firstLine(file), file).toBe('//# allFunctionsCalledOnLoad')
    const lazy = readdirSync('dist/assets').filter((f) => f.endsWith('.js') && !firstView.includes(`assets/${f}`))
    expect(lazy.length).toBeGreaterThan(0)
    for (const file of lazy) expect(firstLine(`assets/${file}`), file).not.toContain('allFunctionsCalledOnLoad')
  })

  it('makes no Intl object before the first chart, and measures each axis label a few times at most', async () => {
    const { page, problems } = await openPage(browser, '/', { width: 1920, height: 1080 }, (context) =>
      context.addInitScript(() => {
        // The page's first Intl object initialises ICU (about 10 ms): when each is made, against
        // the frame in which the first chart is drawn. And each text Recharts measures in the DOM.
        const log = { intl: [] as number[], firstChart: 0, measured: [] as string[] }
        ;(window as unknown as { __log: typeof log }).__log = log
        for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Collator', 'Segmenter', 'ListFormat'] as const) {
          const Original = Intl[name] as unknown as new (...a: unknown[]) => object
          ;(Intl as unknown as Record<string, unknown>)[name] = function (...a: unknown[]) {
            log.intl.push(performance.now())
            return new Original(...a)
          }
        }
        const rect = Element.prototype.getBoundingClientRect
        Element.prototype.getBoundingClientRect = function (this: Element) {
          if (this.id === 'recharts_measurement_span') log.measured.push(this.textContent ?? '')
          return rect.call(this)
        }
        const tick = () => {
          if (document.querySelector('.chart-grid figure svg.recharts-surface path')) log.firstChart = performance.now()
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    )
    await chartsReady(page)
    const log = await page.evaluate(
      () => (window as unknown as { __log: { intl: number[]; firstChart: number; measured: string[] } }).__log,
    )
    expect(log.firstChart).toBeGreaterThan(0)
    expect(log.intl.filter((t) => t < log.firstChart)).toEqual([])
    // Recharts measures a tick label in the DOM to drop those that would collide. Its grid did so
    // for every data row of the sensitivity chart on its first pass (the values 0–100): none now.
    const counts = new Map<string, number>()
    for (const text of log.measured) counts.set(text, (counts.get(text) ?? 0) + 1)
    expect(counts.has('97')).toBe(false)
    expect(log.measured.length).toBeLessThan(100)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('draws the charts and the header with its tools before the panels below the fold, then adds the panels', async () => {
    const { page, problems } = await openPage(browser, '/', { width: 1920, height: 1080 }, (context) =>
      // Before the app's scripts: every frame, how many charts of the grid are drawn and whether the
      // methodology panel (below the fold) is in the page yet.
      context.addInitScript(() => {
        const frames: Array<{ charts: number; below: boolean; fetched: boolean; tools: boolean }> = []
        ;(window as unknown as { __frames: typeof frames }).__frames = frames
        const tick = () => {
          const charts = [...document.querySelectorAll('.chart-grid figure')].filter((f) => f.querySelector('svg.recharts-surface')).length
          // Whether the page has asked for the baseline file yet (it starts with the embedded copy).
          const fetched = performance.getEntriesByType('resource').some((r) => r.name.includes('/data/baseline.json'))
          // The header's Present button (app shell chunk): it once came a Suspense throttle later.
          const tools = [...document.querySelectorAll('header button')].some((b) => b.textContent?.trim() === 'Present')
          frames.push({ charts, below: document.getElementById('method-title') !== null, fetched, tools })
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    )
    await chartsReady(page)
    await expect(page.getByRole('heading', { name: 'Methodology and sources' }).isVisible()).resolves.toBe(true)
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/data/baseline.json')))
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: Array<{ charts: number; below: boolean; fetched: boolean; tools: boolean }> }).__frames,
    )
    const firstChart = frames.find((f) => f.charts > 0)
    const firstBelow = frames.find((f) => f.below)
    // The first chart's frame has no panel below the fold: its task rendered only the first view.
    expect(firstChart?.below).toBe(false)
    // The header's tools (Present, Projector theme, Export all) are there with the first chart.
    expect(firstChart?.tools).toBe(true)
    // The panels come once every chart of the grid (the four and "What matters most") is drawn.
    expect(firstBelow?.charts).toBe(5)
    // The baseline file is checked only after that: its request and parse stay out of the charts' turns.
    expect(frames.find((f) => f.fetched)?.charts).toBe(5)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('moves nothing on the page while the first view is drawn (no layout shift), on a laptop and a phone', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { page, problems } = await openPage(browser, '/', viewport, (context) =>
        context.addInitScript(() => {
          const shifts: string[] = []
          ;(window as unknown as { __shifts: string[] }).__shifts = shifts
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node?: Node }> }>)
              shifts.push(`${e.value.toFixed(4)} ${e.sources.map((s) => s.node?.nodeName ?? '?').join(',')}`)
          }).observe({ type: 'layout-shift', buffered: true })
        }),
      )
      await chartsReady(page)
      await expect(page.getByRole('heading', { name: 'Methodology and sources' }).isVisible()).resolves.toBe(true)
      // The header's tools and every panel are in: a late one would have pushed the page down.
      await page.getByRole('button', { name: 'Present' }).waitFor()
      await page.waitForTimeout(500)
      expect(
        await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts),
        `${viewport.width}×${viewport.height}`,
      ).toEqual([])
      expect(problems).toEqual([])
      await page.context().close()
    }
  })
})

describe('nothing jumps while a slider moves', () => {
  it.each([
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ])('keeps the slider where it is and never moves the charts back and forth, at $width×$height', async (viewport) => {
    const { page, problems } = await openPage(browser, '/', viewport)
    await chartsReady(page)
    // Every frame: the slider's top, the tariff control's height, the top of each chart.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: Array<{ value: string; slider: number; control: number; charts: number[] }> }
      w.__frames = []
      const slider = document.querySelector<HTMLInputElement>('input.tariff-slider')!
      const control = document.querySelector('.tariff-control')!
      const tick = () => {
        w.__frames.push({
          value: slider.value,
          slider: Math.round(slider.getBoundingClientRect().top + scrollY),
          control: Math.round(control.getBoundingClientRect().height),
          charts: [...document.querySelectorAll('main figure[data-chart-slug]')].map((f) =>
            Math.round(f.getBoundingClientRect().top + scrollY),
          ),
        })
        requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    const box = (await slider.boundingBox())!
    const y = box.y + box.height / 2
    const xAt = (pct: number) => box.x + 8 + ((box.width - 16) * pct) / 50
    // Over today's 15% (where the break-even gains two sentences) and back, through values that
    // are one character wider ("16.5%") and narrower ("16%"), down to 2.5% (no cost) and back.
    await page.mouse.move(xAt(15), y)
    await page.mouse.down()
    for (const pct of [15.5, 16, 16.5, 17, 16.5, 16, 15.5, 15, 14.5, 14, 10, 5, 2.5, 2, 2.5, 5, 15, 15.5, 16, 16.5])
      await page.mouse.move(xAt(pct), y, { steps: 2 })
    await page.mouse.up()
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: Array<{ value: string; slider: number; control: number; charts: number[] }> }).__frames,
    )
    expect(new Set(frames.map((f) => f.value)).size).toBeGreaterThan(10)
    // The slider never moves under the hand, and its control keeps its height.
    expect(new Set(frames.map((f) => f.slider)), 'slider top').toEqual(new Set([frames[0]!.slider]))
    expect(new Set(frames.map((f) => f.control)), 'tariff control height').toEqual(new Set([frames[0]!.control]))
    // The charts may move down once, when a text above first needs another line; never back up.
    const moves = frames.flatMap((f, i) =>
      i > 0 && f.charts.some((top, c) => top < frames[i - 1]!.charts[c]!) ? [`${frames[i - 1]!.value} → ${f.value}`] : [],
    )
    expect(moves, 'charts moved up during the gesture').toEqual([])
    // At rest the page is laid out as it would be freshly (the held heights are let go).
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('.answer-panels')?.style.minHeight, null, { timeout: 3000 })
    expect(await page.locator('.answer-panels').evaluate((el) => (el as HTMLElement).style.minHeight)).toBe('')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('the address bar while a slider moves (#7)', () => {
  it('builds no new document while a key is held: the address bar follows without re-reading the icon', async () => {
    // Chrome fetches the page's icon again at every address-bar write (a replaceState, every
    // 250 ms in a gesture). An SVG icon is decoded as a document of its own on the page's main
    // thread: 3 ms every quarter second in the middle of a drag.
    const { page, problems } = await openPage(browser, '/', { width: 1920, height: 1080 })
    await chartsReady(page)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    const documents = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m: { name: string }) => m.name === 'Documents')!.value
    const before = await documents()
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    for (let i = 0; i < 30; i++) {
      await page.keyboard.down('ArrowRight')
      await page.waitForTimeout(33)
    }
    await page.keyboard.up('ArrowRight')
    await page.waitForURL(/tariff=30(&|$)/)
    await page.waitForTimeout(300)
    // At most as many: a document made before the gesture may have been collected since.
    expect(await documents(), 'documents after a 1-second held key').toBeLessThanOrEqual(before)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('layout', () => {
  const VIEWPORTS = [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]
  it.each(VIEWPORTS)('has no horizontal scroll and nothing clipped at $width×$height', async (viewport) => {
    const { page, problems } = await openPage(browser, '/', viewport)
    await chartsReady(page)
    await page.getByRole('switch', { name: /shared drivetrains/i }).check()
    const overflow = await page.evaluate(() => {
      const doc = document.documentElement
      const wide: string[] = []
      // Anything that reaches past the right edge of the window is clipped for the user.
      for (const el of Array.from(document.querySelectorAll('main *'))) {
        const r = el.getBoundingClientRect()
        if (r.width > 0 && r.right > window.innerWidth + 1) wide.push(`${el.tagName.toLowerCase()}.${el.className}`)
      }
      return { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, wide: wide.slice(0, 5) }
    })
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth)
    expect(overflow.wide).toEqual([])
    // The value labels over the company bars do not run into each other (on a phone they did).
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('main figure[data-chart-slug="tariff-cost-by-company"] .recharts-label-list text')]
        .map((t) => t.getBoundingClientRect())
        .map((r) => ({ left: r.left, right: r.right })),
    )
    expect(labels.length).toBe(6)
    const overlaps = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right))
    expect(overlaps).toEqual([])
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-${viewport.width}x${viewport.height}.png`, fullPage: viewport.width === 390 })
    expect(problems).toEqual([])
    await page.context().close()
  })

  // At 1280×720 the sidebar is taller than the window; sticky, its end (Currency, Reset) stayed
  // below the window's edge however far the page scrolled.
  it('keeps every sidebar control within reach when the sidebar is taller than the window', async () => {
    const { page, problems } = await openPage(browser, '/?tariff=25', { width: 1280, height: 720 })
    await chartsReady(page)
    await page.mouse.wheel(0, 1500)
    const reset = page.getByRole('button', { name: 'Reset' })
    await reset.focus()
    const box = await reset.evaluate((el) => {
      const r = el.getBoundingClientRect()
      return { top: r.top, bottom: r.bottom, inner: window.innerHeight }
    })
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.bottom).toBeLessThanOrEqual(box.inner)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('slider', { name: /tariff on japanese imports/i }).getAttribute('aria-valuenow')).toBe('15')
    // Where it fits, the sidebar does not scroll on its own.
    await page.setViewportSize({ width: 1920, height: 1080 })
    const scrolls = await page.locator('.sidebar-inner').evaluate((el) => el.scrollHeight > el.clientHeight)
    expect(scrolls).toBe(false)
    expect(problems).toEqual([])
    await page.context().close()
  })

  // Yen at 50% and ¥200/$ gives the widest ticks any money axis shows ("¥4,000B"); the company
  // chart's rotated title ran into them.
  it.each([VIEWPORTS[1], VIEWPORTS[3]])('keeps the cost axis title clear of its widest yen ticks at $width×$height', async (viewport) => {
    const { page, problems } = await openPage(browser, '/?tariff=50&currency=JPY&fx=200', viewport)
    await chartsReady(page)
    const boxes = await page.evaluate(() => {
      const fig = document.querySelector('main figure[data-chart-slug="tariff-cost-by-company"]')
      const box = (el: Element) => {
        const r = el.getBoundingClientRect()
        return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom }
      }
      return {
        title: [...(fig?.querySelectorAll('.recharts-label') ?? [])].map(box).filter((b) => b.text.includes('a year')),
        // The money ticks (Recharts 3 draws the axes' ticks in a layer of their own, not under the axis).
        ticks: [...(fig?.querySelectorAll('.recharts-cartesian-axis-tick-value') ?? [])].map(box).filter((b) => b.text.startsWith('¥')),
      }
    })
    expect(boxes.ticks.map((t) => t.text)).toContain('¥4,000B')
    expect(boxes.title.length).toBe(1)
    const title = boxes.title[0]!
    const hit = boxes.ticks.filter((t) => t.left < title.right && title.left < t.right && t.top < title.bottom && title.top < t.bottom)
    expect(hit.map((t) => t.text)).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })
})
