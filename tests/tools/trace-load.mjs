// Trace a cold load until the four charts are drawn; list main-thread tasks over 4 ms with start
// times after navigation: what the first view waits for.
import { launchChromium, serveBuild } from './launch.mjs'
import { readFileSync } from 'node:fs'
const { server, url } = await serveBuild()
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
await browser.startTracing(page, {
  path: '/tmp/trace-load.json',
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'],
})
await page.goto(url)
await page.waitForFunction(
  () => document.querySelectorAll('main figure[data-chart-slug] svg path').length > 10 && document.querySelector('.recharts-line-curve'),
)
await page.waitForTimeout(300)
await browser.stopTracing()
const events = JSON.parse(readFileSync('/tmp/trace-load.json', 'utf8')).traceEvents
const main = events.find(
  (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
)
const nav =
  events.find((e) => e.name === 'navigationStart' && e.pid === main.pid) ?? events.find((e) => e.pid === main.pid && e.name === 'ParseHTML')
const t0 = nav.ts
const on = events.filter((e) => e.tid === main.tid && e.pid === main.pid)
const tasks = on.filter((e) => e.name === 'RunTask' && e.dur > 4000)
const NAMES = [
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Commit',
  'RunMicrotasks',
  'EventDispatch',
  'ParseAuthorStyleSheet',
  'XHRReadyStateChange',
  'ResourceReceivedData',
]
for (const t of tasks) {
  const kids = on.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 2000 && NAMES.includes(e.name))
  console.log(
    `${((t.ts - t0) / 1000).toFixed(0).padStart(6)} +${(t.dur / 1000).toFixed(1).padStart(6)}  ` +
      kids
        .slice(0, 7)
        .map((e) => `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.split('/').pop() + ')' : ''} ${(e.dur / 1000).toFixed(0)}`)
        .join(' | '),
  )
}
const paints = on
  .filter((e) => ['firstContentfulPaint', 'firstPaint', 'largestContentfulPaint::Candidate'].includes(e.name))
  .map((e) => `${e.name} ${((e.ts - t0) / 1000).toFixed(0)}`)
console.log(paints.join('\n'))
await browser.close()
await server.close()
