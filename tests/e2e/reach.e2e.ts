import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { unzipSync } from 'fflate'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { ARTIFACTS, baseUrl, chartsReady, download, launch, openPage } from './browser'

// Issue 10: the CSP, the export fixes and embeds, in the production build (dist/).

const SLUGS = ['tariff-cost-by-company', 'tariff-sensitivity', 'cost-over-time', 'plant-footprint', 'what-matters-most'] as const
const TITLES = ['Tariff cost by company', 'Tariff sensitivity', 'Cost over time', 'Plant footprint'] as const

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const chart = (page: Page, title: string) => page.getByRole('figure', { name: new RegExp(title, 'i') })

/** Collect every CSP violation the page reports, from before its first script. */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    )
  })
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

async function imageOptions(fig: Locator, choose: { size?: 'chart' | 'slide'; theme?: 'light' | 'screen' }) {
  await fig.getByText('Image options').click()
  if (choose.size) await fig.getByRole('combobox', { name: /image size/i }).selectOption(choose.size)
  if (choose.theme) await fig.getByRole('combobox', { name: /theme/i }).selectOption(choose.theme)
  await fig.getByText('Image options').click()
}

/** Split CSV text into rows of unquoted cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}

describe('Content-Security-Policy', () => {
  it('the built page carries a strict policy, and every export and presentation mode run under it without a violation', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text()
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(policy).toContain("object-src 'none'")
    // Nothing in the page runs inline: every <script> has a src, or is a data block (not executed).
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=|type="application\/json"/)

    const { page, problems } = await openPage(browser, '/', undefined, async (context) => {
      await watchCsp(context)
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    })
    await chartsReady(page)
    const fig = chart(page, 'Tariff sensitivity')
    for (const name of [/PNG/, /SVG/, /CSV/]) await download(page, () => fig.getByRole('button', { name }).click())
    await fig.getByRole('button', { name: /copy image/i }).click()
    await fig
      .getByRole('status')
      .filter({ hasText: /copied/i })
      .waitFor()
    await fig.getByRole('button', { name: /copy embed code/i }).click()
    await fig
      .getByRole('status')
      .filter({ hasText: /embed code/i })
      .waitFor()
    for (const item of [/ZIP/, /PPTX: slide deck/, /editable/]) {
      await page.getByRole('button', { name: 'Export all' }).click()
      await download(page, () => page.getByRole('menuitem', { name: item }).click())
    }
    await page.getByRole('button', { name: 'Present' }).click()
    await page.locator('.present .recharts-surface').first().waitFor()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Present' }).waitFor()
    expect(await cspViolations(page)).toEqual([])
    expect(problems).toEqual([])

    // The policy is in force: inline code is refused (and reported).
    const ran = await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__inlineRan = true'
      document.head.append(s)
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
    })
    expect(ran).toBe(false)
    await expect.poll(() => cspViolations(page)).toHaveLength(1)
    await page.context().close()
  })
})

describe('export fixes', () => {
  it('a default PNG is 1920×1080 whatever the window size', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { page, problems } = await openPage(browser, '/', viewport)
      await chartsReady(page)
      const { bytes } = await download(page, () => chart(page, 'Cost over time').getByRole('button', { name: /PNG/ }).click())
      expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 })
      writeFileSync(`${ARTIFACTS}/reach-default-png-${viewport.width}.png`, bytes)
      expect(problems).toEqual([])
      await page.context().close()
    }
  })

  it('an export in the projector theme comes out in the light style unless "as on screen" is chosen', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    await page.getByRole('button', { name: /projector theme/i }).click()
    await page.waitForFunction(() => document.documentElement.classList.contains('theme-projector'))
    const fig = chart(page, 'Tariff sensitivity')
    const tickFills = async () => {
      const { bytes } = await download(page, () => fig.getByRole('button', { name: /SVG/ }).click())
      const svg = bytes.toString('utf8')
      return {
        black: (svg.match(/fill="(#000000|#000|rgb\(0, 0, 0\))"/g) ?? []).length,
        grey: (svg.match(/fill="(#374151|rgb\(55, 65, 81\))"/g) ?? []).length,
      }
    }
    const light = await tickFills()
    expect(light.grey).toBeGreaterThan(5) // axis ticks in the light style's grey
    await imageOptions(fig, { theme: 'screen' })
    const screen = await tickFills()
    expect(screen.black).toBeGreaterThan(light.black + 5) // the projector's black ticks
    await imageOptions(fig, { theme: 'light' })
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('each plant footprint CSV is one rectangle: one unit per numeric column, a number in every numeric cell', async () => {
    const { page, problems } = await openPage(browser, '/?options=drivetrains')
    await chartsReady(page)
    const fig = chart(page, 'Plant footprint')
    const files: Record<string, string[][]> = {}
    for (const name of [/CSV/, /table: vehicles moved/i, /table: plant list/i]) {
      const { file, bytes } = await download(page, () => fig.getByRole('button', { name }).click())
      files[file.suggestedFilename()] = parseCsv(bytes.toString('utf8'))
    }
    expect(Object.keys(files).sort()).toEqual([
      'honda-nissan_plant-footprint-plant-list_15pct_drivetrains-2027.csv',
      'honda-nissan_plant-footprint-vehicles-moved_15pct_drivetrains-2027.csv',
      'honda-nissan_plant-footprint_15pct_drivetrains-2027.csv',
    ])
    for (const [name, [header, ...rows]] of Object.entries(files)) {
      expect(rows.length, name).toBeGreaterThan(1)
      for (const r of rows) expect(r.length, name).toBe(header!.length)
      // A column whose header names a unit in brackets (or "year") holds a number in every row.
      header!.forEach((h, i) => {
        if (/\(.+\)$|^year$/.test(h))
          for (const r of rows) expect(Number.isFinite(Number(r[i])) && r[i] !== '', `${name}: ${h} = "${r[i]}"`).toBe(true)
      })
    }
    const plants = files['honda-nissan_plant-footprint-plant-list_15pct_drivetrains-2027.csv']!
    expect(plants[0]).toEqual(['company', 'plant', 'location', 'makes', 'opened', 'closing', 'capacity'])
    expect(plants.find((r) => r[1] === 'Smyrna')).toEqual([
      'Nissan',
      'Smyrna',
      'Tennessee, US',
      'vehicles',
      '1983',
      'no',
      '640,000 a year (dated)',
    ])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('Export all includes the comparison charts when a comparison is open', { timeout: 60_000 }, async () => {
    const { page, problems } = await openPage(browser, '/?tariff=25')
    page.setDefaultTimeout(10_000)
    await chartsReady(page)
    await page.getByRole('button', { name: 'Save scenario' }).click()
    await page.getByRole('textbox', { name: 'Scenario name' }).fill('High tariff')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('list', { name: 'Saved scenarios' }).getByRole('listitem').first().waitFor()
    await page.getByRole('button', { name: 'Compare' }).click()
    const comparison = page.getByRole('region', { name: 'Comparison' })
    await comparison.getByRole('figure').first().locator('.recharts-surface').first().waitFor()
    const compared = await comparison
      .locator('figure[data-chart-slug]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chartSlug!))
    expect(compared.length).toBeGreaterThan(0)

    await page.getByRole('button', { name: 'Export all' }).click()
    const zip = await download(page, () => page.getByRole('menuitem', { name: /ZIP/ }).click())
    const names = Object.keys(unzipSync(new Uint8Array(zip.bytes)))
    for (const slug of [...SLUGS, ...compared])
      expect(
        names.some((n) => n.includes(`_${slug}_`)),
        slug,
      ).toBe(true)

    await page.getByRole('button', { name: 'Export all' }).click()
    const deck = await download(page, () => page.getByRole('menuitem', { name: /PPTX: slide deck/ }).click())
    const slides = Object.keys(unzipSync(new Uint8Array(deck.bytes))).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    expect(slides).toHaveLength(SLUGS.length + compared.length)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

const hosts: Server[] = []
afterAll(() => {
  for (const h of hosts) h.close()
})

/** Serve one HTML page on 127.0.0.1 (another origin than the dashboard's localhost). */
function hostPage(html: string): Promise<string> {
  return new Promise((resolve) => {
    const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html))
    hosts.push(server)
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`))
  })
}

describe('embeds', () => {
  /** A host page with one iframe of the given size; the frame's document measured from inside. */
  async function embedded(page: Page, slug: string, size: { width: number; height: number }) {
    const src = `${baseUrl()}/?embed=${slug}&tariff=25&options=drivetrains`
    // A host page on another origin, as an intranet page would be. Served for real: Chromium's
    // local-network checks refuse a frame of localhost inside a page that page.route() made up.
    const host = await hostPage(
      `<!doctype html><body style="margin:0"><iframe src="${src}" title="chart" width="${size.width}" height="${size.height}" style="border:0"></iframe></body>`,
    )
    await page.goto(host)
    const frame = page.frameLocator('iframe')
    await frame.locator('.recharts-surface').first().waitFor()
    const inner = page.frames().find((f) => f.url().startsWith(src))!
    // Let Recharts finish its layout passes and any animation.
    await page.waitForTimeout(600)
    return { frame, inner }
  }

  for (const size of [
    { width: 320, height: 240 },
    { width: 800, height: 450 },
  ]) {
    it(`shows each chart alone at ${size.width}×${size.height}, with its caption, source and "Open in dashboard", without scroll bars`, async () => {
      const { page, problems } = await openPage(browser, '/?embed=tariff-sensitivity', size)
      for (const [i, slug] of SLUGS.entries()) {
        const { frame, inner } = await embedded(page, slug, size)
        await expect(frame.getByRole('figure', { name: new RegExp(TITLES[i]!, 'i') }).count()).resolves.toBe(1)
        expect(await frame.getByRole('figure').count()).toBe(1)
        expect(await frame.getByRole('button', { name: /PNG|CSV|Present|Compare/ }).count()).toBe(0)
        const link = frame.getByRole('link', { name: 'Open in dashboard' })
        expect(await link.getAttribute('href')).toBe('/?tariff=25&options=drivetrains')
        expect(await link.isVisible()).toBe(true)
        expect(await frame.locator('.chart-source').isVisible()).toBe(true)
        // The scenario applies: the caption names it.
        expect(await frame.locator('.chart-scenario').textContent()).toContain('Tariff 25%')
        const fit = await inner.evaluate(() => {
          const d = document.documentElement
          return { sw: d.scrollWidth, cw: d.clientWidth, sh: d.scrollHeight, ch: d.clientHeight }
        })
        expect(fit.sw, slug).toBeLessThanOrEqual(fit.cw)
        expect(fit.sh, slug).toBeLessThanOrEqual(fit.ch)
        if (slug === 'cost-over-time' || slug === 'plant-footprint')
          await page.screenshot({ path: `${ARTIFACTS}/reach-embed-${slug}-${size.width}x${size.height}.png` })
      }
      expect(problems).toEqual([])
      await page.context().close()
    })
  }

  it('an unknown chart says so and still links to the dashboard', async () => {
    const { page, problems } = await openPage(browser, '/?embed=nope&tariff=25', { width: 320, height: 240 })
    await expect(page.getByRole('alert').textContent()).resolves.toContain('no chart “nope”')
    expect(await page.getByRole('link', { name: 'Open in dashboard' }).getAttribute('href')).toBe('/?tariff=25')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('"Copy embed code" copies an iframe with the scenario on screen, the chart and a title', async () => {
    const { page, problems } = await openPage(browser, '/?tariff=25', undefined, (context) =>
      context.grantPermissions(['clipboard-read', 'clipboard-write']),
    )
    await chartsReady(page)
    await page.getByRole('switch', { name: /shared drivetrains/i }).check()
    await chart(page, 'Cost over time')
      .getByRole('button', { name: /copy embed code/i })
      .click()
    await chart(page, 'Cost over time')
      .getByRole('status')
      .filter({ hasText: /embed code/i })
      .waitFor()
    const code = await page.evaluate(() => navigator.clipboard.readText())
    expect(code).toBe(
      `<iframe src="${baseUrl()}/?tariff=25&amp;options=drivetrains&amp;embed=cost-over-time" title="Cost over time: Honda–Nissan US tariff what-if" width="800" height="450" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    )
    expect(problems).toEqual([])
    await page.context().close()
  })
})
