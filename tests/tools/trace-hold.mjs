// Trace two held-key gestures as the bench sends them (→ then ←, 60 steps each, one every 33 ms,
// without waiting for the page) and print the main thread's time per step by kind (script,
// style, layout, paint…) and every task over 12 ms with what it did: where a step's time goes,
// and what the tail is. OUTDIR=<dir> traces another build.
import { launchChromium, serveBuild } from './launch.mjs'
import { readFileSync } from 'node:fs'
const { server, url } = await serveBuild()
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
await page.goto(url)
await page.waitForSelector('figure .recharts-line-curve')
await page.waitForTimeout(2500)
const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
await slider.focus()
const cdp = await page.context().newCDPSession(page)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
async function holdKey(key, vk, steps) {
  const k = { key, code: key, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk }
  const sent = []
  const start = performance.now()
  for (let i = 0; i < steps; i++) {
    const wait = start + i * 33 - performance.now()
    if (wait > 0) await sleep(wait)
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...k, autoRepeat: i > 0 }))
  }
  await Promise.all(sent)
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...k })
}
await browser.startTracing(page, {
  path: '/tmp/trace-hold.json',
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
})
await holdKey('ArrowRight', 39, 60)
await page.waitForTimeout(1000)
await holdKey('ArrowLeft', 37, 60)
await page.waitForTimeout(1000)
await browser.stopTracing()
const trace = JSON.parse(readFileSync('/tmp/trace-hold.json', 'utf8'))
const events = trace.traceEvents ?? trace
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
const me = events.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X')
const names = [
  'EventDispatch',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'HitTest',
  'ParseHTML',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'IntersectionObserverController::computeIntersections',
  'UpdateLayer',
  'PaintImage',
  'ScrollLayer',
  'UpdateLayerTree',
]
const sum = new Map()
for (const e of me)
  if (names.includes(e.name) || e.name === 'RunTask') {
    const k = e.name + (e.args?.data?.type ? ':' + e.args.data.type : '')
    sum.set(k, (sum.get(k) || 0) + e.dur)
  }
console.log('total per step (120 steps), ms:')
for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1])) console.log((v / 1000 / 120).toFixed(2).padStart(7), k)
const tasks = me.filter((e) => e.name === 'RunTask' && e.dur > 12000)
const t0 = me.find((e) => e.name === 'RunTask')?.ts ?? 0
for (const t of tasks) {
  const kids = me
    .filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 800 && names.includes(e.name))
    .map(
      (e) =>
        `${e.name}${e.args?.data?.type ? ':' + e.args.data.type : ''}${e.name === 'UpdateLayoutTree' ? '[' + (e.args?.elementCount ?? e.args?.data?.elementCount ?? '?') + ' el]' : ''}${e.name === 'Layout' ? '[' + (e.args?.beginData?.dirtyObjects ?? '?') + '/' + (e.args?.beginData?.totalObjects ?? '?') + ']' : ''}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''} ${(e.dur / 1000).toFixed(1)}`,
    )
  console.log(((t.ts - t0) / 1000).toFixed(0).padStart(6), (t.dur / 1000).toFixed(1).padStart(6), kids.slice(0, 10).join(' | '))
}
await browser.close()
await server.close()
