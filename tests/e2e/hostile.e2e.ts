// Issue #11: what a hostile but realistic user tried. Each test here failed before its fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { ARTIFACTS, chartsReady, download, launch, openPage, scratchPage, seedStorage, STORED_SCENARIO } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const KEY = 'hn-dashboard:scenarios'
const tariffSlider = (page: Page) => page.getByRole('slider', { name: /tariff on japanese imports/i })
const tariff = (page: Page) => tariffSlider(page).getAttribute('aria-valuenow')
const address = (page: Page) =>
  page.evaluate(() => ({ pathname: window.location.pathname, search: window.location.search, hash: window.location.hash }))
/** What the address bar says 500 ms from now (the contract's "within half a second"). */
const searchSoon = (page: Page) =>
  page.evaluate(() => new Promise<string>((resolve) => setTimeout(() => resolve(window.location.search), 500)))

describe('undo after a quick sequence (#11, point 6)', () => {
  it('→, Ctrl+Z, 10× → then 4× →, Undo, 6× →: Undo always goes back, Redo never to a stale value', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    const undo = page.getByRole('button', { name: 'Undo' })
    const redo = page.getByRole('button', { name: 'Redo' })
    await tariffSlider(page).focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Control+z')
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight')
    expect(await tariff(page)).toBe('20')
    expect(await undo.isEnabled()).toBe(true)
    expect(await redo.isDisabled()).toBe(true)
    await undo.click()
    expect(await tariff(page)).toBe('15')
    await redo.click()
    expect(await tariff(page)).toBe('20')

    await page.waitForTimeout(800)
    await tariffSlider(page).focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    await undo.click()
    expect(await tariff(page)).toBe('20')
    await tariffSlider(page).focus()
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight')
    expect(await tariff(page)).toBe('23')
    expect(await redo.isDisabled()).toBe(true)
    await undo.click()
    expect(await tariff(page)).toBe('20')
    await undo.click()
    expect(await tariff(page)).toBe('15')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('links with a doubled slash (#11, point 9)', () => {
  it.each([
    ['//?tariff=25', '25', '/'],
    ['//evil.example/?x=1', '15', '/evil.example/'],
    ['//', '15', '/'],
  ])('%s opens the dashboard; the address follows the scenario and Present works', async (path, opened, pathname) => {
    const { page, problems } = await openPage(browser, path)
    await chartsReady(page)
    expect(await tariff(page)).toBe(opened)
    expect((await address(page)).pathname).toBe(pathname)
    await tariffSlider(page).focus()
    await page.keyboard.press('ArrowRight')
    const moved = String(Number(opened) + 0.5)
    expect(await searchSoon(page)).toBe(`?tariff=${moved}`)
    await page.getByRole('button', { name: 'Present' }).click()
    await page.getByRole('dialog', { name: /slides/i }).waitFor()
    expect(await address(page)).toEqual({ pathname, search: `?tariff=${moved}`, hash: '#slide=1' })
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: /slides/i }).waitFor({ state: 'detached' })
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: /address bar/ })
        .count(),
    ).toBe(0)
    // Opened again from the address bar: the same scenario.
    await page.reload()
    await chartsReady(page)
    expect(await tariff(page)).toBe(moved)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('huge messages (#11, point 10)', () => {
  it('a link with 12,000 unknown parameters gives a short alert that offers the full report', async () => {
    const query = ['tariff=25', ...Array.from({ length: 12_000 }, (_, i) => `p${i}=1`)].join('&')
    const { page, problems } = await openPage(browser, '/', undefined, (context) =>
      // The preview server refuses a request line this long (Node's 16 KB header limit), as many
      // servers would; the page itself is the same file, so serve it from the build.
      context.route(
        (url) => url.search.length > 10_000,
        (route) => route.fulfill({ path: 'dist/index.html' }),
      ),
    )
    await page.goto(`${page.url().replace(/\/$/, '')}/?${query}`)
    await chartsReady(page)
    expect(await tariff(page)).toBe('25')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    const text = (await alert.textContent()) ?? ''
    expect(text.length).toBeLessThan(2000)
    expect(text).toMatch(/12,000 unknown parameters: “p0”, “p1”/)
    await page.screenshot({ path: `${ARTIFACTS}/hostile-12000-parameters.png` })
    const { file, bytes } = await download(page, () => alert.getByRole('button', { name: 'Download the full report' }).click())
    expect(file.suggestedFilename()).toMatch(/\.txt$/)
    const report = bytes.toString('utf8')
    expect(report).toContain('“p0”')
    expect(report).toContain('“p11999”')
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await searchSoon(page)).toBe('?tariff=25')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('unsafe names in exported comparison charts (#11, point 13)', () => {
  it('a name with U+202E and U+FFFF: the comparison SVG parses, its caption is isolated, the PNG downloads', async () => {
    const name = 'Evil \u202Ereversed\uFFFF name'
    const scenario = { ...STORED_SCENARIO, partnership: { ...STORED_SCENARIO.partnership, drivetrains: true } }
    const saved = JSON.stringify({
      state: { scenarios: [{ id: 'evil', name, createdAt: 1, updatedAt: 1, scenario }], deleted: {} },
      version: 1,
    })
    const { page, problems } = await openPage(browser, '/', undefined, (context) => seedStorage(context, { [KEY]: saved }))
    await chartsReady(page)
    await page.getByRole('button', { name: 'Compare' }).click()
    const comparison = page.getByRole('region', { name: 'Comparison' })
    const chart = comparison.getByRole('figure', { name: /tariff sensitivity, compared/i })
    await chart.locator('.recharts-line').first().waitFor()

    const svg = await download(page, () => chart.getByRole('button', { name: /svg/i }).click())
    const text = svg.bytes.toString('utf8')
    expect(text).not.toContain('\uFFFF')
    const scratch = await scratchPage(page)
    const parsed = await scratch.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        texts: Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? ''),
      }
    }, text)
    expect(parsed.error).toBe(false)
    const all = parsed.texts.join(' ')
    expect(all).toContain('Comparing On screen and')
    expect(all).toContain('reversed')
    // Whatever the name holds, it is isolated: an override inside it ends with the name.
    for (const t of parsed.texts.filter((t) => t.includes('reversed'))) {
      const open = t.indexOf('\u2068')
      expect(open).toBeGreaterThanOrEqual(0)
      expect(t.indexOf('\u2069', open)).toBeGreaterThan(t.indexOf('reversed'))
    }
    const png = await download(page, () => chart.getByRole('button', { name: /png/i }).click())
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    writeFileSync(`${ARTIFACTS}/hostile-unsafe-name-comparison-export.png`, png.bytes)
    await comparison.screenshot({ path: `${ARTIFACTS}/hostile-unsafe-name-comparison.png` })
    expect(problems).toEqual([])
    await page.context().close()
  })
})
