// Main-thread CPU time (thread clock, from a trace) from navigation to the first chart and to the
// full first view, alternating builds (OUTDIRS=dist,/tmp/other-dist; N loads each). On a machine
// shared with other work, wall-clock times swing with the load; CPU time spent on the page's main
// thread barely does, so this compares changes to the first view's work where first-view.mjs cannot.
import { launchChromium } from './launch.mjs'
import { preview } from 'vite'
import { readFileSync } from 'node:fs'
const dirs = (process.env.OUTDIRS ?? 'dist').split(',')
const N = Number(process.env.N ?? 4)
const servers = await Promise.all(dirs.map((d) => preview({ preview: { port: 0 }, build: { outDir: d }, logLevel: 'warn' })))
const browser = await launchChromium()
// The bench's rule: a chart is drawn when its SVG has a path; the full view is four charts and the key figures.
const PROBE = () => {
  let first = false
  const hasMarks = (fig) => [...fig.querySelectorAll('svg path')].some((p) => (p.getAttribute('d') ?? '').length > 4)
  const tick = () => {
    const drawn = [...document.querySelectorAll('main figure[data-chart-slug]')].filter(hasMarks).length
    const values = [...document.querySelectorAll('.figure-value')].filter((p) => p.textContent.trim() !== '').length
    if (!first && drawn > 0) {
      first = true
      performance.mark('fv-first')
    }
    if (drawn >= 4 && values >= 4) return performance.mark('fv-full')
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}
const res = dirs.map(() => ({ first: [], full: [], wallFull: [] }))
for (let i = 0; i < N; i++) {
  for (let b = 0; b < dirs.length; b++) {
    const idx = i % 2 ? dirs.length - 1 - b : b
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    await page.addInitScript(PROBE)
    await browser.startTracing(page, { path: '/tmp/first-view-cpu.json', categories: ['devtools.timeline', 'blink.user_timing'] })
    await page.goto(servers[idx].resolvedUrls.local[0])
    await page.waitForFunction(() => performance.getEntriesByName('fv-full').length > 0, null, { timeout: 30000 })
    await browser.stopTracing()
    await context.close()
    const events = JSON.parse(readFileSync('/tmp/first-view-cpu.json', 'utf8')).traceEvents
    const mark = (name) => events.find((e) => e.name === name && e.cat.includes('user_timing'))
    const first = mark('fv-first')
    const full = mark('fv-full')
    // tts: the main thread's own clock (CPU time), from the document's first parse.
    const parse = events.find((e) => e.pid === full.pid && e.tid === full.tid && e.name === 'ParseHTML')
    const cpuUntil = (m) => (m.tts - parse.tts) / 1000
    res[idx].first.push(cpuUntil(first))
    res[idx].full.push(cpuUntil(full))
    res[idx].wallFull.push((full.ts - parse.ts) / 1000)
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const f = (xs) => xs.map((x) => x.toFixed(0)).join(' ')
dirs.forEach((d, i) =>
  console.log(
    `${d.padEnd(24)} main-thread CPU to first chart ${med(res[i].first).toFixed(0)} ms, to full view ${med(res[i].full).toFixed(0)} ms  | first ${f(res[i].first)} | full ${f(res[i].full)} | wall full ${f(res[i].wallFull)}`,
  ),
)
await browser.close()
for (const s of servers) await s.close()
