// npm run bench: build, serve the production build, drive Chromium, print figures.
// Prints; asserts nothing (speed is measured here, never in a timed test).
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { preview } from 'vite'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/findChromium.mjs'

const STEPS = { right: 70, pageDown: 10, rightAgain: 40 } // 120 key steps over the whole 0–50% range
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const EXPORTS = Number(process.env.BENCH_EXPORTS ?? 7) // timed PNG exports after one warm-up

const executablePath = findChromium()
if (!executablePath) {
  console.error('bench: no Chromium found. Install one (sudo apt-get install -y chromium) or set CHROMIUM_PATH.')
  process.exit(1)
}

if (process.env.BENCH_SKIP_BUILD !== '1') {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

/** JavaScript the page loads before anything is lazy: the entry script and its static imports. */
function bundleSizes() {
  const html = readFileSync('dist/index.html', 'utf8')
  const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))
  const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`)
  const gz = (f) => gzipSync(readFileSync(join('dist', f))).length
  const sum = (files) => files.reduce((n, f) => n + gz(f), 0)
  const lazy = all.filter((f) => !initial.has(f))
  return {
    initialGzip: sum([...initial]),
    lazy: lazy.map((f) => ({ file: f, gzip: gz(f) })).sort((a, b) => b.gzip - a.gzip),
    totalGzip: sum(all),
  }
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const ms = (n) => `${n.toFixed(1)} ms`

// Injected before the app: records the first drawn chart and, for every key on the slider, the
// time from the key event to the next frame after the app's work (rAF, then a task: the paint).
const PROBE = () => {
  window.__bench = { firstChartAt: null, latencies: [] }
  new MutationObserver((_, obs) => {
    if (document.querySelector('figure .recharts-line-curve, figure .recharts-bar-rectangle')) {
      window.__bench.firstChartAt = performance.now()
      obs.disconnect()
    }
  }).observe(document, { subtree: true, childList: true })
  window.addEventListener(
    'keydown',
    (e) => {
      if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'range') return
      const start = e.timeStamp
      requestAnimationFrame(() => {
        const ch = new MessageChannel()
        ch.port1.onmessage = () => window.__bench.latencies.push(performance.now() - start)
        ch.port2.postMessage(null)
      })
    },
    true,
  )
}

// Injected before the app: times each export from the click on a chart's PNG button to the moment
// the file is handed to the browser (the download link's click), and swallows the download.
const EXPORT_PROBE = () => {
  window.__exports = []
  let clickedAt = null
  document.addEventListener(
    'click',
    (e) => {
      const b = e.target instanceof Element ? e.target.closest('button') : null
      if (b && /^Download PNG/.test(b.getAttribute('aria-label') ?? '')) clickedAt = performance.now()
    },
    true,
  )
  const click = HTMLAnchorElement.prototype.click
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && clickedAt !== null) {
      window.__exports.push({ file: this.download, ms: performance.now() - clickedAt })
      clickedAt = null
      return
    }
    return click.call(this)
  }
}

const server = await preview({ preview: { port: 0, open: false }, logLevel: 'warn' })
const url = server.resolvedUrls.local[0]
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
const firstChart = []
const latencies = []
let exportTimes = []
let exportPhases = []
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.addInitScript(PROBE)
    await page.goto(url)
    await page.waitForFunction(() => window.__bench.firstChartAt !== null, null, { timeout: 20_000 })
    firstChart.push(await page.evaluate(() => window.__bench.firstChartAt))
    await page.waitForTimeout(1500) // let the first animation finish
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    const press = async (key, n) => {
      for (let i = 0; i < n; i++) {
        await page.keyboard.press(key)
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
      }
    }
    await press('ArrowRight', STEPS.right)
    await press('PageDown', STEPS.pageDown)
    await press('ArrowRight', STEPS.rightAgain)
    latencies.push(...(await page.evaluate(() => window.__bench.latencies)))
    await context.close()
  }

  // Export of one chart (Tariff sensitivity) as PNG at the default 2×, at its size on a 1440×900 page.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(EXPORT_PROBE)
  await page.goto(url)
  const png = page.getByRole('figure', { name: /tariff sensitivity/i }).getByRole('button', { name: /PNG/ })
  await png.waitFor()
  await page.waitForTimeout(1500)
  for (let i = 0; i <= EXPORTS; i++) {
    await png.click()
    await page.waitForFunction((n) => window.__exports.length > n, i, { timeout: 20_000 })
    await page.waitForTimeout(200)
  }
  exportTimes = await page.evaluate(() => window.__exports)
  // Per phase (src/charts/chartExport.ts, src/export/chartImage.ts mark them), warm-up left out.
  exportPhases = await page.evaluate(() => {
    const byName = {}
    for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('export:')) (byName[m.name] ??= []).push(m.duration)
    return Object.entries(byName).map(([name, ds]) => [name.slice('export: '.length), ds.slice(1)])
  })
  await context.close()
} finally {
  await browser.close()
  await server.close()
}

const sizes = bundleSizes()
console.log('\nBenchmark (production build, headless Chromium, 1440×900)')
console.log(`  runs: ${RUNS}; slider key steps measured: ${latencies.length}`)
console.log(`  input → next paint: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}`)
console.log(`  first chart drawn: median ${ms(percentile(firstChart, 50))} after navigation start (runs: ${firstChart.map((t) => t.toFixed(0)).join(', ')} ms)`)
const [warmUp, ...timed] = exportTimes
console.log(`  export one chart PNG 2×: median ${ms(percentile(timed.map((e) => e.ms), 50))} (runs: ${timed.map((e) => e.ms.toFixed(0)).join(', ')} ms; ${timed[0]?.file})`)
console.log(`    of which (medians): ${exportPhases.map(([name, ds]) => `${name} ${ms(percentile(ds, 50))}`).join(', ')}`)
console.log(`  first export, including loading the export code and fonts: ${ms(warmUp.ms)}`)
console.log(`  initial JS (entry + static imports): ${kb(sizes.initialGzip)} gzip`)
for (const l of sizes.lazy) console.log(`  lazy chunk ${l.file}: ${kb(l.gzip)} gzip`)
console.log(`  all JS: ${kb(sizes.totalGzip)} gzip`)
if (process.env.BENCH_HIST) { const h = {}; for (const l of latencies) { const b = Math.floor(l / 8) * 8; h[b] = (h[b] ?? 0) + 1 }; console.log(h) }
