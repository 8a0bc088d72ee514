import { launchChromium, serveBuild } from './launch.mjs'
const { server, url } = await serveBuild()
const browser = await launchChromium()
for (let i = 0; i < 2; i++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(url)
  await page.waitForSelector('figure .recharts-line-curve')
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0]
    const res = performance
      .getEntriesByType('resource')
      .map((r) => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`)
    const paints = performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)}`)
    return {
      dcl: nav.domContentLoadedEventEnd.toFixed(0),
      load: nav.loadEventEnd.toFixed(0),
      now: performance.now().toFixed(0),
      res,
      paints,
    }
  })
  console.log(JSON.stringify(t, null, 1))
  await page.close()
}
await browser.close()
await server.close()
