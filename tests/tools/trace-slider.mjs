// Trace 30 slider steps and list main-thread task durations (ms): where does a step's time go?
import { launchChromium, serveBuild } from './launch.mjs'
import { readFileSync } from 'node:fs'
const { server, url } = await serveBuild()
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
await page.goto(url)
await page.waitForSelector('figure .recharts-line-curve')
await page.waitForTimeout(1500)
const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
await slider.focus()
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] })
for (let i = 0; i < 30; i++) {
  await page.keyboard.press('ArrowRight')
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
}
await browser.stopTracing()
const trace = JSON.parse(readFileSync('/tmp/trace.json', 'utf8'))
const events = trace.traceEvents ?? trace
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
const tasks = events.filter((e) => e.tid === main.tid && e.pid === main.pid && e.name === 'RunTask' && e.dur > 3000)
const kids = (t) =>
  events
    .filter(
      (e) =>
        e.tid === main.tid &&
        e.ts >= t.ts &&
        e.ts < t.ts + t.dur &&
        e.dur > 1000 &&
        [
          'EventDispatch',
          'FunctionCall',
          'Layout',
          'UpdateLayoutTree',
          'Paint',
          'TimerFire',
          'FireAnimationFrame',
          'RunMicrotasks',
          'v8.run',
          'HitTest',
          'PrePaint',
          'Layerize',
          'Commit',
        ].includes(e.name),
    )
    .map(
      (e) =>
        `${e.name}${e.args?.data?.type ? ':' + e.args.data.type : ''}${e.args?.data?.functionName ? '(' + e.args.data.functionName + '@' + (e.args.data.url || '').split('/').pop() + ':' + e.args.data.lineNumber + ')' : ''} ${(e.dur / 1000).toFixed(1)}`,
    )
for (const t of tasks) console.log((t.dur / 1000).toFixed(1).padStart(6), kids(t).slice(0, 8).join(' | '))
await browser.close()
await server.close()
