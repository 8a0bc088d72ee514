import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { mkdirSync, readFileSync } from 'node:fs'
// @ts-expect-error: plain ESM helper shared with the runner and the bench
import { CHROMIUM_ARGS } from './findChromium.mjs'
import storedScenario from './storedScenario.json'

export const baseUrl = () => inject('baseUrl')

/** Screenshots and downloaded files the tests keep for a person to look at (git-ignored). */
export const ARTIFACTS = 'tests/e2e/artifacts'
mkdirSync(ARTIFACTS, { recursive: true })

export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the browser tests with `npm run test:e2e`')
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS as string[] })
}

export interface WatchedPage {
  page: Page
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[]
}

/** Records every console error, uncaught exception, for "no console errors" checks. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  return problems
}

/**
 * A fresh context and page at `path`, watched for problems. `beforeLoad` runs on the context
 * before the app's scripts (seeding localStorage, say).
 */
export async function openPage(
  browser: Browser,
  path = '/',
  viewport = { width: 1440, height: 900 },
  beforeLoad?: (context: BrowserContext) => Promise<unknown>,
): Promise<WatchedPage> {
  // No service worker here: a worker's cache would answer before page.route() and change what
  // later tests see. The offline tests (reach.e2e.ts) open contexts that allow it.
  const context = await browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: 'block' })
  await beforeLoad?.(context)
  const page = await context.newPage()
  const problems = watchProblems(page)
  await page.goto(baseUrl() + path)
  return { page, problems }
}

/** Wait until the charts have drawn (the chart chunk and the data are in). */
export async function chartsReady(page: Page): Promise<void> {
  await page
    .getByRole('figure', { name: /tariff sensitivity/i })
    .locator('.recharts-line')
    .first()
    .waitFor()
  // "What matters most" is drawn just after the first view (#7): wait for every chart in the grid.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.chart-grid figure')).every((f) => f.querySelector('svg.recharts-surface')),
  )
  // The panels below the fold (saved scenarios, assumptions, methodology) render a frame after the
  // last chart (ui/firstView): on the dashboard, wait for them too, or a test that reads the saved
  // list at once finds it not yet there (a CI failure on a loaded machine).
  await page.waitForFunction(() => !document.querySelector('.layout') || document.getElementById('method-title') !== null)
}

/**
 * A blank page in the same browser context, for looking at a downloaded file (DOMParser): a
 * document parsed in the app's page inherits its CSP, which reports the file's style attributes.
 */
export async function scratchPage(page: Page): Promise<Page> {
  const scratch = await page.context().newPage()
  await scratch.goto('about:blank')
  return scratch
}

/** Click something that downloads a file; the file and its bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = await file.path()
  if (!path) throw new Error(`download ${file.suggestedFilename()} failed: ${await file.failure()}`)
  return { file, bytes: readFileSync(path) }
}

/** Put items in localStorage before the app's scripts run, once per context (a reload keeps what the app wrote). */
export async function seedStorage(context: BrowserContext, items: Record<string, string>): Promise<void> {
  await context.addInitScript((seed) => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v)
  }, items)
}

/** A scenario as the app stores it (25%, no partnership, default assumptions): seed data for saved lists and files. */
export const STORED_SCENARIO = storedScenario
