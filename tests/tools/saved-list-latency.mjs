// How long a page with many saved scenarios takes before the tariff slider answers, and how long
// each arrow key then takes (#11). Prints figures; asserts nothing (timings belong in a bench).
// node tests/tools/saved-list-latency.mjs [count ...]   (serves dist/, or OUTDIR)
import { readFileSync } from 'node:fs'
import { launchChromium, serveBuild } from './launch.mjs'

const counts = process.argv.slice(2).map(Number)
// The stored scenario the browser tests seed with (tests/e2e/storedScenario.json).
const SCENARIO = JSON.parse(readFileSync(new URL('../e2e/storedScenario.json', import.meta.url), 'utf8'))
const seed = (n) =>
  JSON.stringify({
    state: {
      scenarios: Array.from({ length: n }, (_, i) => ({
        id: `id-${i}`,
        name: `Scenario ${i + 1}`,
        createdAt: i + 1,
        updatedAt: i + 1,
        scenario: { ...SCENARIO, tariffPct: (i % 100) / 2 },
      })),
      deleted: {},
    },
    version: 1,
  })

const { server, url } = await serveBuild()
const browser = await launchChromium()
for (const n of counts.length ? counts : [2701, 10000]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript((raw) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1')
      localStorage.setItem('hn-dashboard:scenarios', raw)
    }
  }, seed(n))
  const page = await context.newPage()
  const t0 = Date.now()
  await page.goto(url)
  const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
  await slider.focus({ timeout: 120_000 })
  await page.keyboard.press('ArrowRight')
  await page.waitForFunction(() => document.querySelector('[aria-valuenow="15.5"]'), null, { timeout: 180_000 })
  const ready = Date.now() - t0
  const steps = await page.evaluate(async () => {
    const el = document.activeElement
    const out = []
    for (let i = 0; i < 10; i++) {
      const before = el.getAttribute('aria-valuenow')
      const t = performance.now()
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
      // Wait until the step has rendered and the browser has painted.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      if (el.getAttribute('aria-valuenow') === before) out.push(Number.NaN)
      else out.push(performance.now() - t)
    }
    return out
  })
  const listed = await page.evaluate(() => ({
    items: document.querySelectorAll('[aria-label="Saved scenarios"] > li').length,
    stored: (localStorage.getItem('hn-dashboard:scenarios') ?? '').length,
    more: document.querySelector('.saved-more span')?.textContent ?? '',
  }))
  const sorted = steps.filter(Number.isFinite).sort((a, b) => a - b)
  console.log(
    `${n} saved: slider answered ${(ready / 1000).toFixed(1)} s after navigation; arrow key ${sorted[0]?.toFixed(0)}–${sorted.at(-1)?.toFixed(0)} ms (median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, ${steps.length - sorted.length} keys had no effect); list: ${listed.items} items shown ${listed.more}, ${(listed.stored / 1e6).toFixed(1)} M characters stored`,
  )
  await context.close()
}
await browser.close()
await server.close()
