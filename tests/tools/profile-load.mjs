// CPU profile of a cold load until all four charts are drawn: where does the first view's time go?
// OUTDIR=/tmp/dist-prof (a `vite build --minify false`) gives readable names.
import { launchChromium, serveBuild } from './launch.mjs'
const { server, url } = await serveBuild()
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
const cdp = await page.context().newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
await cdp.send('Profiler.start')
await page.goto(url)
await page.waitForFunction(
  () => document.querySelectorAll('main figure[data-chart-slug] svg path').length > 10 && document.querySelector('.recharts-line-curve'),
)
const at = await page.evaluate(() => performance.now())
const { profile } = await cdp.send('Profiler.stop')
console.log('charts drawn at', at.toFixed(0), 'ms')
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id)
const self = new Map()
const total = new Map()
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] || 0
  const n = byId.get(id)
  const key = (m) => `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`
  self.set(key(n), (self.get(key(n)) || 0) + dt)
  const seen = new Set()
  for (let p = id; p; p = parent.get(p)) {
    const k = key(byId.get(p))
    if (!seen.has(k)) {
      seen.add(k)
      total.set(k, (total.get(k) || 0) + dt)
    }
  }
})
const top = (m, n) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => (v / 1000).toFixed(1).padStart(8) + '  ' + k)
    .join('\n')
console.log('--- self\n' + top(self, 25))
console.log('--- total (inclusive)\n' + top(total, 45))
await browser.close()
await server.close()
