import { launchChromium, serveBuild } from './launch.mjs'
const { server, url } = await serveBuild()
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
const cdp = await page.context().newCDPSession(page)
await page.goto(url)
await page.waitForSelector('figure .recharts-line-curve')
await page.waitForTimeout(1500)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
await slider.focus()
await cdp.send('Profiler.start')
for (let i = 0; i < 60; i++) {
  await page.keyboard.press('ArrowRight')
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
}
const { profile } = await cdp.send('Profiler.stop')
// self time by function
const self = new Map()
const dt = profile.timeDeltas
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
profile.samples.forEach((id, i) => {
  const n = byId.get(id)
  const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber
  self.set(k, (self.get(k) || 0) + (dt[i] || 0))
})
const total = [...self.values()].reduce((a, b) => a + b, 0)
console.log('total ms', (total / 1000).toFixed(0))
console.log(
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => (v / 1000).toFixed(1).padStart(7) + '  ' + k)
    .join('\n'),
)
// who calls the expensive natives
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id)
const selfById = new Map()
profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) || 0) + (dt[i] || 0)))
for (const target of ['getBoundingClientRect', 'getBBox', 'getComputedTextLength']) {
  const callers = new Map()
  for (const n of profile.nodes)
    if (n.callFrame.functionName === target) {
      let chain = []
      let p = parent.get(n.id)
      for (let d = 0; d < 4 && p; d++) {
        const pn = byId.get(p)
        chain.push(pn.callFrame.functionName || '(anon)')
        p = parent.get(p)
      }
      const k = chain.join(' < ')
      callers.set(k, (callers.get(k) || 0) + (selfById.get(n.id) || 0))
    }
  for (const [k, v] of [...callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(target, (v / 1000).toFixed(1), k)
}
await browser.close()
await server.close()
