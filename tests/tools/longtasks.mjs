import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ preview: { port: 0 }, build: { outDir: process.env.OUTDIR || 'dist' }, logLevel: 'warn' })
const url = server.resolvedUrls.local[0]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
await page.goto(url)
await page.waitForSelector('figure .recharts-line-curve')
await page.waitForTimeout(1500)
await page.evaluate(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(Math.round(e.duration)) }).observe({ type: 'longtask' }) })
const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
await slider.focus()
for (let i = 0; i < 60; i++) { await page.keyboard.press('ArrowRight'); await page.evaluate(() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))) }
await page.waitForTimeout(500)
console.log('long tasks', await page.evaluate(() => window.__lt.join(' ')))
// one isolated step: time the deferred work
const t = await page.evaluate(async () => {
  const s = document.querySelector('input[type=range]')
  const t0 = performance.now()
  s.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }))
  await new Promise(r => setTimeout(r, 300))
  return window.__lt.slice(-3)
})
console.log('isolated', t)
await browser.close(); await server.close()
