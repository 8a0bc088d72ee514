// Screenshots of the chart grid at rest from two builds (OUTDIR_A, OUTDIR_B) and the number of
// differing pixels: "at rest the charts look exactly as before".
import { launchChromium, serveBuild } from './launch.mjs'
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
    shots[`${name}-${vp.width}`] = buf.toString('base64')
    await page.close()
  }
  await server.close()
}
const page = await browser.newPage()
for (const w of [1920, 1440]) {
  const diff = await page.evaluate(
    async ([x, y]) => {
      const load = (s) =>
        new Promise((r) => {
          const i = new Image()
          i.onload = () => r(i)
          i.src = 'data:image/png;base64,' + s
        })
      const [i1, i2] = await Promise.all([load(x), load(y)])
      if (i1.width !== i2.width || i1.height !== i2.height) return `size ${i1.width}x${i1.height} vs ${i2.width}x${i2.height}`
      const c = new OffscreenCanvas(i1.width, i1.height).getContext('2d')
      c.drawImage(i1, 0, 0)
      const d1 = c.getImageData(0, 0, i1.width, i1.height).data
      c.drawImage(i2, 0, 0)
      const d2 = c.getImageData(0, 0, i1.width, i1.height).data
      let n = 0
      for (let k = 0; k < d1.length; k += 4) if (d1[k] !== d2[k] || d1[k + 1] !== d2[k + 1] || d1[k + 2] !== d2[k + 2]) n++
      return `${n} of ${i1.width * i1.height} pixels differ`
    },
    [shots[`a-${w}`], shots[`b-${w}`]],
  )
  console.log(w, diff)
}
await browser.close()
