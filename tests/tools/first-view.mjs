// Cold loads of one or more builds in alternating order (OUTDIRS=dist,/tmp/other-dist, N loads each): the
// first chart and the full first view after navigation, by the same rule as bench.mjs, and when the
// last script arrived. Quicker than the bench for before/after figures of the first view.
import { launchChromium } from './launch.mjs'
import { preview } from 'vite'
const dirs = (process.env.OUTDIRS ?? 'dist').split(',')
const N = Number(process.env.N ?? 6)
const servers = await Promise.all(dirs.map((d) => preview({ preview: { port: 0 }, build: { outDir: d }, logLevel: 'warn' })))
const browser = await launchChromium()
const PROBE = () => {
  const B = (window.__fv = { first: null, full: null })
  const hasMarks = (fig) => [...fig.querySelectorAll('svg path')].some((p) => (p.getAttribute('d') ?? '').length > 4)
  const tick = () => {
    const figs = [...document.querySelectorAll('main figure[data-chart-slug]')]
    const drawn = figs.filter(hasMarks).length
    const values = [...document.querySelectorAll('.figure-value')].filter((p) => p.textContent.trim() !== '').length
    const now = performance.now()
    if (B.first === null && drawn > 0) B.first = now
    if (B.full === null && drawn >= 4 && values >= 4) B.full = now
    if (B.full === null) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}
const res = dirs.map(() => ({ first: [], full: [], scripts: [] }))
for (let i = 0; i < N; i++) {
  for (let b = 0; b < dirs.length; b++) {
    const idx = i % 2 ? dirs.length - 1 - b : b
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    await page.addInitScript(PROBE)
    await page.goto(servers[idx].resolvedUrls.local[0])
    await page.waitForFunction(() => window.__fv.full !== null, null, { timeout: 20000 })
    const r = await page.evaluate(() => ({
      ...window.__fv,
      scripts: Math.max(
        ...performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js'))
          .map((e) => e.responseEnd),
      ),
    }))
    res[idx].first.push(r.first)
    res[idx].full.push(r.full)
    res[idx].scripts.push(r.scripts)
    await context.close()
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
dirs.forEach((d, i) =>
  console.log(
    `${d.padEnd(28)} first ${med(res[i].first).toFixed(0)} full ${med(res[i].full).toFixed(0)} scripts ${med(res[i].scripts).toFixed(0)}  | first ${res[i].first.map((x) => x.toFixed(0)).join(' ')} | full ${res[i].full.map((x) => x.toFixed(0)).join(' ')}`,
  ),
)
await browser.close()
for (const s of servers) await s.close()
