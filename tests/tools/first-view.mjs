// Cold loads of one or more builds in alternating order (OUTDIRS=dist,/tmp/other-dist; N loads
// each): the first chart and the full first view after navigation (bench.mjs's rule), in wall-clock
// time and in the main thread's CPU time, read from a trace. On a machine shared with other work,
// wall-clock times swing with the load; the CPU time barely does, so it compares changes to the
// first view's work where wall-clock times cannot.
import { FIRST_VIEW_PROBE, launchChromium } from './launch.mjs'
import { preview } from 'vite'
import { readFileSync } from 'node:fs'
const dirs = (process.env.OUTDIRS ?? 'dist').split(',')
const N = Number(process.env.N ?? 6)
// As in bench.mjs: navigate once the new context's own start-up has ended (SETTLE_MS=0: at once).
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 1000)
const servers = await Promise.all(dirs.map((d) => preview({ preview: { port: 0 }, build: { outDir: d }, logLevel: 'warn' })))
const browser = await launchChromium()
const res = dirs.map(() => ({ first: [], full: [], cpuFirst: [], cpuFull: [] }))
for (let i = 0; i < N; i++) {
  for (let b = 0; b < dirs.length; b++) {
    const idx = i % 2 ? dirs.length - 1 - b : b
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    await page.addInitScript(FIRST_VIEW_PROBE)
    await page.waitForTimeout(SETTLE_MS)
    await browser.startTracing(page, { path: '/tmp/first-view.json', categories: ['devtools.timeline', 'blink.user_timing'] })
    await page.goto(servers[idx].resolvedUrls.local[0])
    await page.waitForFunction(() => window.__fv.full !== null, null, { timeout: 30000 })
    const fv = await page.evaluate(() => window.__fv)
    await browser.stopTracing()
    await context.close()
    const events = JSON.parse(readFileSync('/tmp/first-view.json', 'utf8')).traceEvents
    const mark = (name) => events.find((e) => e.name === name && e.cat.includes('user_timing'))
    // tts: the main thread's own clock (CPU time), counted from the document's first parse.
    const parse = events.find((e) => e.pid === mark('fv-full').pid && e.tid === mark('fv-full').tid && e.name === 'ParseHTML')
    res[idx].first.push(fv.first)
    res[idx].full.push(fv.full)
    res[idx].cpuFirst.push((mark('fv-first').tts - parse.tts) / 1000)
    res[idx].cpuFull.push((mark('fv-full').tts - parse.tts) / 1000)
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const all = (xs) => xs.map((x) => x.toFixed(0)).join(' ')
for (const [i, d] of dirs.entries()) {
  const r = res[i]
  console.log(
    `${d.padEnd(24)} first chart ${med(r.first).toFixed(0)} ms, full view ${med(r.full).toFixed(0)} ms; main-thread CPU to them ${med(r.cpuFirst).toFixed(0)} / ${med(r.cpuFull).toFixed(0)} ms`,
  )
  console.log(
    `${''.padEnd(24)} runs: first ${all(r.first)} | full ${all(r.full)} | CPU first ${all(r.cpuFirst)} | CPU full ${all(r.cpuFull)}`,
  )
}
await browser.close()
for (const s of servers) await s.close()
