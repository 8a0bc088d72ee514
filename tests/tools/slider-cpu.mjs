// Main-thread CPU time (thread clock, from a trace) for 60 held-key slider steps, one every 33 ms
// (DRAG=1: 180 pointer moves, one every 16 ms),
// (TAPS=1: 10 single key presses, each a gesture of its own: its start, one step, no settling),
// alternating builds (OUTDIRS=dist,/tmp/other-dist; N runs each): the work a step costs, steady
// where wall-clock latencies swing with other work on a shared machine.
import { launchChromium } from './launch.mjs'
import { preview } from 'vite'
import { readFileSync } from 'node:fs'
const dirs = (process.env.OUTDIRS ?? 'dist').split(',')
const N = Number(process.env.N ?? 3)
// DRAG=1: a pointer drag of 180 moves (a 60 Hz mouse, as the bench drags) instead of 60 keys.
const DRAG = process.env.DRAG === '1'
// TAPS=1: a key pressed and let go, 10 times, 1 s apart; each press is counted until just before
// its gesture ends (300 ms), so what is measured is a gesture's start and step, not the redraw at rest.
const TAPS = process.env.TAPS === '1'
const STEPS = DRAG ? 180 : TAPS ? 10 : 60
const servers = await Promise.all(dirs.map((d) => preview({ preview: { port: 0 }, build: { outDir: d }, logLevel: 'warn' })))
const browser = await launchChromium()
const res = dirs.map(() => [])
for (let i = 0; i < N; i++) {
  for (let b = 0; b < dirs.length; b++) {
    const idx = i % 2 ? dirs.length - 1 - b : b
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    await page.goto(servers[idx].resolvedUrls.local[0])
    await page.waitForFunction(() => document.querySelectorAll('.chart-grid figure svg.recharts-surface').length >= 5)
    await page.waitForTimeout(1500)
    const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
    await slider.focus()
    const cdp = await context.newCDPSession(page)
    await browser.startTracing(page, { path: '/tmp/slider-cpu.json', categories: ['devtools.timeline', 'blink.user_timing'] })
    await page.evaluate(() => performance.mark('steps-start'))
    const start = performance.now()
    const sent = []
    if (TAPS) {
      for (let s = 0; s < STEPS; s++) {
        await page.evaluate((s) => performance.mark(`tap-start-${s}`), s)
        await page.keyboard.press(s % 2 ? 'ArrowLeft' : 'ArrowRight')
        await page.waitForTimeout(300)
        await page.evaluate((s) => performance.mark(`tap-end-${s}`), s)
        await page.waitForTimeout(700)
      }
    } else if (DRAG) {
      // As the bench drags: a 60 Hz mouse, 15% → 45% → 15% over STEPS moves.
      const box = await slider.boundingBox()
      const y = box.y + box.height / 2
      const xAt = (pct) => box.x + 8 + ((box.width - 16) * pct) / 50
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: xAt(15), y, button: 'left', buttons: 1, clickCount: 1 })
      for (let s = 1; s <= STEPS; s++) {
        const wait = start + s * 16 - performance.now()
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        const pct = s <= STEPS / 2 ? 15 + (60 * s) / STEPS : 45 - (60 * (s - STEPS / 2)) / STEPS
        sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: xAt(pct), y, button: 'left', buttons: 1 }))
      }
      await Promise.all(sent)
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: xAt(15), y, button: 'left', buttons: 0, clickCount: 1 })
    } else {
      const k = { key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39, nativeVirtualKeyCode: 39 }
      for (let s = 0; s < STEPS; s++) {
        const wait = start + s * 33 - performance.now()
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...k, autoRepeat: s > 0 }))
      }
      await Promise.all(sent)
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...k })
    }
    // Until just before the gesture ends (400 ms after the last key): the steps, not the redraw at rest.
    await page.waitForTimeout(300)
    await page.evaluate(() => performance.mark('steps-end'))
    await browser.stopTracing()
    await context.close()
    const events = JSON.parse(readFileSync('/tmp/slider-cpu.json', 'utf8')).traceEvents
    const m = (n) => events.find((e) => e.name === n && e.cat.includes('user_timing'))
    let cpu = (m('steps-end').tts - m('steps-start').tts) / 1000
    if (TAPS) {
      cpu = 0
      for (let s = 0; s < STEPS; s++) cpu += (m(`tap-end-${s}`).tts - m(`tap-start-${s}`).tts) / 1000
    }
    res[idx].push(cpu)
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
dirs.forEach((d, i) =>
  console.log(
    `${d.padEnd(24)} main-thread CPU for ${STEPS} ${DRAG ? 'drag moves' : TAPS ? 'single key presses' : 'key steps'}: median ${med(res[i]).toFixed(0)} ms (${(med(res[i]) / STEPS).toFixed(1)} ms a ${TAPS ? 'press' : 'step'}) | runs ${res[i].map((x) => x.toFixed(0)).join(' ')}`,
  ),
)
await browser.close()
for (const s of servers) await s.close()
