import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { chartsReady, download, launch, openPage, scratchPage } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const costOverTime = (page: Page) => page.getByRole('figure', { name: 'Cost over time' })
const TEXT = 'Kentucky line opens <b>&</b>'

/** The texts of an SVG file, parsed as XML on a blank page. */
async function svgTexts(page: Page, svg: string): Promise<{ parseError: boolean; texts: string[] }> {
  const scratch = await scratchPage(page)
  return scratch
    .evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return {
        parseError: doc.getElementsByTagName('parsererror').length > 0,
        texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? ''),
      }
    }, svg)
    .finally(() => scratch.close())
}

describe('notes on charts (#9)', () => {
  it('a note at 2028 on Cost over time is drawn, survives a reload, is in the exported SVG and in a save', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    const fig = costOverTime(page)
    await fig.getByRole('button', { name: 'Add note' }).click()
    await fig.getByRole('combobox', { name: 'Year' }).selectOption('2028')
    await fig.getByRole('textbox', { name: 'Note' }).fill(TEXT)
    await fig.getByRole('button', { name: 'Add', exact: true }).click()

    // Drawn in the chart's SVG at 2028, and listed under it.
    const drawn = fig.locator('svg .chart-note[data-note-anchor="2028"] text')
    await expect.poll(() => drawn.textContent()).toBe(TEXT)
    expect(await fig.getByRole('list', { name: 'Notes on Cost over time' }).textContent()).toContain(`2028: ${TEXT}`)

    // In the link; a reload brings it back.
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('note=cost-over-time~2028~Kentucky')
    await page.reload()
    await chartsReady(page)
    await expect.poll(() => costOverTime(page).locator('svg .chart-note text').textContent()).toBe(TEXT)

    // In the exported SVG, as escaped text.
    const { bytes } = await download(page, () => costOverTime(page).getByRole('button', { name: /SVG/ }).click())
    const svg = bytes.toString('utf8')
    expect(svg).toContain('Kentucky line opens &lt;b&gt;&amp;&lt;/b&gt;')
    const parsed = await svgTexts(page, svg)
    expect(parsed.parseError).toBe(false)
    expect(parsed.texts).toContain(TEXT)

    // A saved scenario carries it.
    await page.getByRole('button', { name: 'Save scenario' }).click()
    await page.getByRole('textbox', { name: 'Scenario name' }).fill('With a note')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('list', { name: 'Saved scenarios' }).getByRole('listitem').filter({ hasText: 'With a note' }).first().waitFor()
    const stored = await page.evaluate(() => localStorage.getItem('hn-dashboard:scenarios'))
    const saved = JSON.parse(stored!) as { state: { scenarios: { name: string; scenario: { notes: unknown[] } }[] } }
    expect(saved.state.scenarios.find((s) => s.name === 'With a note')?.scenario.notes).toEqual([
      { chart: 'cost-over-time', anchor: 2028, text: TEXT },
    ])

    // Removed from the list: gone from the chart and the link.
    await costOverTime(page).getByRole('button', { name: 'Remove note' }).click()
    await expect.poll(() => costOverTime(page).locator('svg .chart-note').count()).toBe(0)
    await expect.poll(() => page.evaluate(() => window.location.search)).not.toContain('note=')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
