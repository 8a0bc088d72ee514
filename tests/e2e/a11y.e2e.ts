import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { chartsReady, launch, openPage, seedStorage } from './browser'

/**
 * Accessibility in a real browser (#10): axe-core's own script (not @axe-core/playwright) is
 * injected into the page and run on every view, in every theme; then a keyboard-only walk.
 * One page load per theme: the views are opened one after the other on the same page.
 */
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']
const KEY = 'hn-dashboard:scenarios'
const THEME_KEY = 'hn-dashboard:theme'
const SCENARIO = { tariffPct: 25, partnership: { software: false, drivetrains: false, platforms: false }, startYear: 2027, currency: 'USD', assumptions: { fxJpyPerUsd: 151.57, passThroughPct: 0, drivetrainsPct: 10, drivetrainsRampYears: 3, platformsPct: 15, platformsRampYears: 4, softwareSavingUsd: 100000000, softwareRampYears: 2, vehicleValueUsd: 14400 } }
const entry = (i: number, name: string) => ({ id: `id-${i}`, name, createdAt: i + 1, updatedAt: i + 1, scenario: { ...SCENARIO, tariffPct: 15 + i * 10 } })
// Two saved scenarios and a deletion record that cannot be read: the list and a storage problem.
const SEED = JSON.stringify({ state: { scenarios: [entry(0, 'Kept A'), entry(1, 'Kept B')], deleted: { x: 'yesterday' } }, version: 1 })

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** axe's violations on the page as it is now, one line per rule and element. */
async function axe(page: Page, view: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE })
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}`))
  }, TAGS)
  return violations.map((v) => `[${view}] ${v}`)
}

/** Opens each view in turn on one page and collects axe's findings. */
async function walkViews(page: Page): Promise<string[]> {
  const found: string[] = []
  const check = async (view: string) => {
    const v = await axe(page, view)
    if (process.env.A11Y_LOG) console.log(v.join('\n'))
    found.push(...v)
  }
  // The page with a bad link alert and a storage problem shown.
  await page.getByRole('alert').filter({ hasText: /link/i }).waitFor()
  await page.getByRole('alert').filter({ hasText: /saved data/i }).waitFor()
  await check('page with messages')

  const list = page.getByRole('list', { name: 'Saved scenarios' })
  await list.getByRole('listitem').first().getByRole('button', { name: 'Rename' }).click()
  await page.getByRole('textbox', { name: 'New name' }).waitFor()
  await check('rename form')
  await page.keyboard.press('Escape')

  await list.getByRole('listitem').last().getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('status').filter({ hasText: /deleted/i }).waitFor()
  await check('deletion status')

  await page.getByRole('button', { name: 'Compare' }).click()
  await page.getByRole('region', { name: 'Comparison' }).getByRole('figure').first().locator('.recharts-surface').first().waitFor()
  await check('comparison open')

  await page.getByRole('button', { name: 'Export all' }).click()
  await page.getByRole('menu').waitFor()
  await check('Export all menu')
  await page.keyboard.press('Escape')

  const options = page.locator('.export-options summary').first()
  await options.click()
  await page.getByRole('combobox', { name: 'Image size' }).first().waitFor()
  await check('Image options')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Table' }).first().click()
  await page.getByRole('table').first().waitFor()
  await check('table view')
  await page.getByRole('button', { name: 'Table' }).first().click()

  await page.getByRole('button', { name: 'Present' }).click()
  await page.getByRole('dialog', { name: /slides/i }).locator('.recharts-surface').first().waitFor()
  await check('presentation')
  await page.keyboard.press('Escape')
  return found
}

async function openTheme(theme: 'light' | 'projector' | 'dark'): Promise<Page> {
  const { page } = await openPage(browser, '/?tariff=abc', undefined, async (context) => {
    await seedStorage(context, { [KEY]: SEED, ...(theme === 'projector' ? { [THEME_KEY]: 'projector' } : {}) })
  })
  if (theme === 'dark') await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  await chartsReady(page)
  return page
}

describe('axe finds no violation on any view', () => {
  it.each(['light', 'projector', 'dark'] as const)('in the %s theme', async (theme) => {
    const page = await openTheme(theme)
    const found = await walkViews(page)
    expect(found).toEqual([])
    await page.context().close()
  }, 90_000)
})
