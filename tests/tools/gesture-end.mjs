// Key presses on the tariff slider that land as a gesture ends: each press is a gesture of its own,
// and the next comes 402–446 ms later (24 presses, the gap stepping by 4 ms), so that it lands
// across the redraw at rest that starts 400 ms after the last key. Prints each build's Event
// Timing for the presses (the wait before the handler ran, and the duration to the next paint),
// builds alternating (OUTDIRS=dist,/tmp/other-dist; N runs each). What someone stepping the tariff
// a press at a time meets; the bench holds keys and drags, where a gesture does not end. Event
// Timing reports only events of 16 ms or more: the figures are over those, and their count is printed.
import { launchChromium } from './launch.mjs'
import { preview } from 'vite'

const dirs = (process.env.OUTDIRS ?? 'dist').split(',')
const N = Number(process.env.N ?? 3)
const PRESSES = 24
const servers = await Promise.all(dirs.map((d) => preview({ preview: { port: 0 }, build: { outDir: d }, logLevel: 'warn' })))
const browser = await launchChromium()
const res = dirs.map(() => [])
for (let r = 0; r < N; r++)
  for (let b = 0; b < dirs.length; b++) {
    const idx = r % 2 ? dirs.length - 1 - b : b
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    await page.goto(servers[idx].resolvedUrls.local[0])
    await page.waitForFunction(() => document.querySelectorAll('.chart-grid figure svg.recharts-surface').length >= 5)
    await page.waitForTimeout(1500)
    await page.getByRole('slider', { name: /tariff on japanese imports/i }).focus()
    await page.evaluate(() => {
      window.__presses = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.name === 'keydown') window.__presses.push({ wait: e.processingStart - e.startTime, duration: e.duration })
      }).observe({ type: 'event', durationThreshold: 16 })
    })
    const cdp = await context.newCDPSession(page)
    const key = (name, vk) => ({ key: name, code: name, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk })
    let at = performance.now()
    for (let i = 0; i < PRESSES; i++) {
      at += 402 + (i % 12) * 4
      const wait = at - performance.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      const k = i % 2 ? key('ArrowLeft', 37) : key('ArrowRight', 39)
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...k })
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...k })
    }
    await page.waitForTimeout(800)
    res[idx].push(...(await page.evaluate(() => window.__presses)))
    await context.close()
  }
const at = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]
dirs.forEach((d, i) => {
  const waits = res[i].map((p) => p.wait)
  const durations = res[i].map((p) => p.duration)
  console.log(
    `${d.padEnd(24)} ${res[i].length} of ${N * PRESSES} presses took 16 ms or more; of those, wait before the handler p50 ${at(waits, 0.5).toFixed(1)} / p90 ${at(waits, 0.9).toFixed(1)} / max ${Math.max(...waits).toFixed(1)} ms; to the next paint p50 ${at(durations, 0.5)} / p90 ${at(durations, 0.9)} / max ${Math.max(...durations)} ms`,
  )
})
await browser.close()
for (const s of servers) await s.close()
