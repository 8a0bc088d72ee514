import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { preview, type PreviewServer } from 'vite'
import type { Browser, Page } from 'playwright-core'
import { ARTIFACTS, baseUrl, chartsReady, download, launch, watchProblems } from './browser'

// Issue 10, "Anywhere": offline after the first visit, a build under a sub-path, the single file
// from file://. run.mjs builds dist-base/ (--base=/tools/tariffs/) and dist-single/ once per run.

const SUB_PATH = '/tools/tariffs/'

let browser: Browser
let subPathServer: PreviewServer
let subPathUrl: string
beforeAll(async () => {
  browser = await launch()
  subPathServer = await preview({
    base: SUB_PATH,
    build: { outDir: 'dist-base' },
    preview: { port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  })
  const origin = new URL(subPathServer.resolvedUrls!.local[0]!).origin
  subPathUrl = `${origin}${SUB_PATH}`
})
afterAll(async () => {
  await browser?.close()
  await subPathServer?.close()
})

const keyFigure = (page: Page, name: RegExp) => page.getByRole('group', { name }).locator('.figure-value')

function pngSize(bytes: Buffer) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** A context that lets the app's service worker run (the shared helper blocks it). */
async function openWithWorker(url: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'allow', acceptDownloads: true })
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  const problems = watchProblems(page)
  await page.goto(url)
  return { context, page, problems }
}

/** Whether the "ready to work offline" notice covers any part of the tariff slider or its presets. */
async function readyNoticeCoversSlider(page: Page): Promise<boolean> {
  const notice = page.getByRole('status').filter({ hasText: /ready to work offline/i })
  await notice.waitFor()
  const a = (await notice.boundingBox())!
  const boxes = [
    await page.getByRole('slider', { name: /tariff on japanese imports/i }).boundingBox(),
    await page.getByRole('group', { name: /tariff presets/i }).boundingBox(),
  ]
  return boxes.some((b) => b !== null && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
}

describe('offline', () => {
  it('says it is ready to work offline without covering the tariff slider, on a phone and on a laptop', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const { context, page, problems } = await openWithWorker(`${baseUrl()}/`, viewport)
      await chartsReady(page)
      expect(await readyNoticeCoversSlider(page), `${viewport.width}×${viewport.height}`).toBe(false)
      expect(problems).toEqual([])
      await context.close()
    }
  })

  it('after the first visit, a scenario link opens with no network', async () => {
    const { context, page, problems } = await openWithWorker(`${baseUrl()}/`)
    await chartsReady(page)
    await page
      .getByRole('status')
      .filter({ hasText: /ready to work offline/i })
      .waitFor()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

    await context.setOffline(true)
    await page.goto(`${baseUrl()}/?tariff=25`)
    await chartsReady(page)
    await expect(keyFigure(page, /nissan annual tariff cost/i).textContent()).resolves.toBe('$3.24B')
    expect(await page.getByRole('slider', { name: /tariff on japanese imports/i }).getAttribute('aria-valuenow')).toBe('25')
    // Said once: the page that came from the worker does not say it again.
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /ready to work offline/i })
        .count(),
    ).toBe(0)
    // Exports work offline too (the export code and fonts are precached).
    const { bytes } = await download(page, () =>
      page
        .getByRole('figure', { name: /tariff sensitivity/i })
        .getByRole('button', { name: /PNG/ })
        .click(),
    )
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 })
    expect(problems).toEqual([])
    await context.close()
  })

  it('offers "Reload" when a new version is deployed, and reloads into it', async () => {
    // dist/ from a tiny server of our own, whose sw.js a "deployment" can change.
    let swVersion = ''
    const TYPES: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.json': 'application/json',
      '.svg': 'image/svg+xml',
      '.woff2': 'font/woff2',
    }
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
      const file = join('dist', path === '/' ? 'index.html' : path)
      if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end()
      let body: string | Buffer = readFileSync(file)
      if (path === '/sw.js') body = body.toString('utf8').replace(/hn-dashboard-[0-9a-f]+/, `hn-dashboard-${swVersion || 'first'}`)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body)
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const { context, page, problems } = await openWithWorker(`${origin}/?tariff=25`)
      await chartsReady(page)
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
      swVersion = 'next'
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
      const offer = page.getByRole('status').filter({ hasText: /new version/i })
      await offer.waitFor()
      await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Reload' }).click()])
      await chartsReady(page)
      expect(await page.evaluate(() => caches.keys())).toEqual(['hn-dashboard-next'])
      expect(new URL(page.url()).search).toBe('?tariff=25')
      expect(problems).toEqual([])
      await context.close()
    } finally {
      server.close()
    }
  })
})

describe('sub-path hosting', () => {
  it(`works served under ${SUB_PATH}: data, lazy chunks, fonts, links and the service worker stay under it`, async () => {
    const { context, page, problems } = await openWithWorker(`${subPathUrl}?tariff=25`)
    const outside: string[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (url.protocol.startsWith('http') && !url.pathname.startsWith(SUB_PATH)) outside.push(url.pathname)
    })
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`)
    })
    await chartsReady(page)
    await expect(keyFigure(page, /nissan annual tariff cost/i).textContent()).resolves.toBe('$3.24B')
    // Inter came from the sub-path (the page's text is not drawn in a fallback font).
    expect(await page.evaluate(() => document.fonts.check('600 16px Inter'))).toBe(true)
    await page.getByRole('switch', { name: /shared drivetrains/i }).check()
    await page.waitForFunction(() => window.location.search.includes('options=drivetrains'))
    expect(new URL(page.url()).pathname).toBe(SUB_PATH)
    // The lazy export code loads from under the sub-path too.
    const { bytes } = await download(page, () =>
      page
        .getByRole('figure', { name: /cost over time/i })
        .getByRole('button', { name: /PNG/ })
        .click(),
    )
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 })
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(new URL(scope).pathname).toBe(SUB_PATH)
    expect(outside).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('single file', () => {
  it('dist-single/index.html opens from file://: figures, slider and a PNG export work, nothing is fetched from a server', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    const problems = watchProblems(page)
    const fetched: string[] = []
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) fetched.push(r.url())
    })
    await page.goto(pathToFileURL(resolve('dist-single/index.html')).href)
    await chartsReady(page)
    await expect(keyFigure(page, /nissan annual tariff cost/i).textContent()).resolves.toBe('$1.80B')
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    await page.keyboard.press('End')
    await expect.poll(() => keyFigure(page, /nissan annual tariff cost/i).textContent()).not.toBe('$1.80B')
    expect(await slider.getAttribute('aria-valuenow')).toBe('50')
    const { file, bytes } = await download(page, () =>
      page
        .getByRole('figure', { name: /tariff sensitivity/i })
        .getByRole('button', { name: /PNG/ })
        .click(),
    )
    expect(file.suggestedFilename()).toMatch(/^honda-nissan_tariff-sensitivity_50pct/)
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 })
    await page.screenshot({ path: `${ARTIFACTS}/anywhere-single-file.png` })
    expect(fetched).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})
