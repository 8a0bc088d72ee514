import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
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
    // Charts redraw at a lower rate while the slider moves; once it stops they show the last step.
    // Combined at 50%: $4.34B ÷ 12.5 × 47.5.
    await page.getByRole('figure', { name: /tariff cost by company/i }).getByText('$16.49B').first().waitFor({ timeout: 3000 })
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
    const csv = readFileSync((await download.path())!, 'utf8')
    const [header, ...rows] = csv.trim().split(/\r\n/)
    expect(header).toContain('tariff (%)')
    expect(header).toContain('USD billions')
    expect(rows).toHaveLength(101)
    expect(rows.find((r) => r.startsWith('15,'))).toBe('15,1.8,2.54,4.34,4.34')
    await page.context().close()
  })

  it('shows a skeleton while loading and a clear message with Retry when the data is broken', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' }) // page.route must see the data request
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    let mode: 'slow' | 'broken' | 'ok' = 'broken'
    await page.route('**/data/baseline.json', async (route) => {
      if (mode === 'broken') return route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "sources": []' })
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
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-${viewport.width}x${viewport.height}.png`, fullPage: viewport.width === 390 })
    expect(problems).toEqual([])
    await page.context().close()
  })
})
