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
