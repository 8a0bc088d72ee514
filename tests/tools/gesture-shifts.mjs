// What moves on the page while the tariff slider is dragged (15% → 50% → 0%, half a step at a
// time): every frame records each block's top and height, and every change is printed by the value
// at which it happened. `VW`/`VH` set the window (1920×1080), `OUTDIR` the build (dist). Found the
// slider jumping at every half step at 1440 px and the charts moving back and forth (#7).
// `SLIDER=<name>` holds the arrow keys on another slider instead (`KEYS` steps up, then twice as
// many down): `SLIDER="Share of the tariff passed on" node tests/tools/gesture-shifts.mjs`.
import { launchChromium, serveBuild } from './launch.mjs'
const { server, url } = await serveBuild()
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: Number(process.env.VW ?? 1920), height: Number(process.env.VH ?? 1080) } })
await page.goto(url)
await page.waitForSelector('figure .recharts-line-curve')
await page.waitForTimeout(2500)
const name = process.env.SLIDER ?? 'Tariff on Japanese imports'
await page.evaluate((name) => {
  const blocks = [
    '.tariff-control',
    '.sidebar-inner',
    '.figure-card',
    '.answer-panels > *',
    'figure.chart-frame',
    'figcaption',
    '.chart-body',
    'section.panel',
  ]
  const els = blocks.flatMap((s) => [...document.querySelectorAll(s)].map((e, i) => [`${s}#${i}`, e]))
  const slider = [...document.querySelectorAll('input[type=range]')].find((i) => i.labels?.[0]?.textContent?.includes(name))
  const seen = new Map()
  window.__changes = []
  const frame = () => {
    for (const [name, el] of els) {
      const r = el.getBoundingClientRect()
      const box = `${Math.round(r.top + scrollY)},${Math.round(r.height)}`
      const was = seen.get(name)
      if (was !== undefined && was !== box) window.__changes.push([slider.value, `${name} ${was} → ${box}`])
      seen.set(name, box)
    }
    requestAnimationFrame(frame)
  }
  frame()
}, name)
const slider = page.getByRole('slider', { name })
if (process.env.SLIDER) {
  const keys = Number(process.env.KEYS ?? 40)
  await slider.focus()
  for (let i = 0; i < keys; i++) await page.keyboard.press('ArrowRight')
  for (let i = 0; i < 2 * keys; i++) await page.keyboard.press('ArrowLeft')
} else {
  const box = await slider.boundingBox()
  const y = box.y + box.height / 2
  const xAt = (pct) => box.x + 8 + ((box.width - 16) * pct) / 50
  await page.mouse.move(xAt(15), y)
  await page.mouse.down()
  for (let p = 15; p <= 50; p += 0.5) await page.mouse.move(xAt(p), y)
  for (let p = 50; p >= 0; p -= 0.5) await page.mouse.move(xAt(p), y)
  await page.mouse.up()
}
await page.waitForTimeout(800) // the gesture ends 400 ms after the last input
const changes = await page.evaluate(() => window.__changes)
const byValue = new Map()
for (const [value, change] of changes) byValue.set(value, [...(byValue.get(value) ?? []), change])
console.log(`${changes.length} changes (the last value is where the gesture ended: the held heights are let go there)`)
for (const [value, list] of byValue)
  console.log(`${value.padStart(5)}%: ${list.slice(0, 6).join('; ')}${list.length > 6 ? ` … ${list.length - 6} more` : ''}`)
await browser.close()
await server.close()
