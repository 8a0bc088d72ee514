// Shared by the development scripts here: serve the build and open Chromium the way the tests do.
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_ARGS, findChromium } from '../e2e/findChromium.mjs'

export async function serveBuild(outDir = process.env.OUTDIR || 'dist') {
  const server = await preview({ preview: { port: 0 }, build: { outDir }, logLevel: 'warn' })
  return { server, url: server.resolvedUrls.local[0] }
}

export async function launchChromium() {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('no Chromium found: set CHROMIUM_PATH')
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/**
 * Injected before a page's scripts (page.addInitScript): marks the first chart drawn and the full
 * first view (four charts and the key figures), by bench.mjs's rule, as `window.__fv.first/full`
 * and as performance marks `fv-first`/`fv-full` (which a trace records with the thread's CPU clock).
 */
export const FIRST_VIEW_PROBE = () => {
  const B = (window.__fv = { first: null, full: null })
  const hasMarks = (fig) => [...fig.querySelectorAll('svg path')].some((p) => (p.getAttribute('d') ?? '').length > 4)
  const tick = () => {
    const drawn = [...document.querySelectorAll('main figure[data-chart-slug]')].filter(hasMarks).length
    const values = [...document.querySelectorAll('.figure-value')].filter((p) => p.textContent.trim() !== '').length
    if (B.first === null && drawn > 0) {
      B.first = performance.now()
      performance.mark('fv-first')
    }
    if (drawn >= 4 && values >= 4) {
      B.full = performance.now()
      performance.mark('fv-full')
      return
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/**
 * How many pixels of two PNG screenshots (Buffers) differ in colour, counted in a page of the
 * browser: `{ n, text }`, with n = -1 when their sizes differ.
 */
export async function differingPixels(page, a, b) {
  return page.evaluate(
    async ([x, y]) => {
      const load = (s) =>
        new Promise((r) => {
          const i = new Image()
          i.onload = () => r(i)
          i.src = 'data:image/png;base64,' + s
        })
      const [i1, i2] = await Promise.all([load(x), load(y)])
      if (i1.width !== i2.width || i1.height !== i2.height)
        return { n: -1, text: `size ${i1.width}x${i1.height} vs ${i2.width}x${i2.height}` }
      const c = new OffscreenCanvas(i1.width, i1.height).getContext('2d')
      c.drawImage(i1, 0, 0)
      const d1 = c.getImageData(0, 0, i1.width, i1.height).data
      c.drawImage(i2, 0, 0)
      const d2 = c.getImageData(0, 0, i1.width, i1.height).data
      let n = 0
      for (let k = 0; k < d1.length; k += 4) if (d1[k] !== d2[k] || d1[k + 1] !== d2[k + 1] || d1[k + 2] !== d2[k + 2]) n++
      return { n, text: `${n} of ${i1.width * i1.height} pixels differ (${i1.width}x${i1.height})` }
    },
    [a.toString('base64'), b.toString('base64')],
  )
}
