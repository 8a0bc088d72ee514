// Screenshots of the chart grid at rest from two builds (OUTDIR_A, OUTDIR_B) and the number of
// differing pixels: "at rest the charts look exactly as before".
import { differingPixels, launchChromium, serveBuild } from './launch.mjs'
import { writeFileSync } from 'node:fs'
const [a, b] = [process.env.OUTDIR_A, process.env.OUTDIR_B]
const browser = await launchChromium()
const shots = {}
for (const [name, dir] of [
  ['a', a],
  ['b', b],
]) {
  const { server, url } = await serveBuild(dir)
  for (const vp of [
    { width: 1920, height: 1080 },
    { width: 1440, height: 900 },
  ]) {
    const page = await browser.newPage({ viewport: vp })
    await page.goto(url + (process.env.QUERY ?? ''))
    await page.waitForSelector('figure .recharts-line-curve')
    await page.waitForTimeout(2500)
    const buf = await page.locator('.chart-grid').screenshot()
    writeFileSync(`/tmp/grid-${name}-${vp.width}.png`, buf)
    shots[`${name}-${vp.width}`] = buf
    await page.close()
  }
  await server.close()
}
const page = await browser.newPage()
for (const w of [1920, 1440]) {
  const diff = await differingPixels(page, shots[`a-${w}`], shots[`b-${w}`])
  console.log(w, diff.text)
}
await browser.close()
