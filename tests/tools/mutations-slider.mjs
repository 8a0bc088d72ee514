// Which parts of the page change on one slider step? Counts DOM mutations per region over 20
// key steps (after the page settled), grouped by the nearest figure / section / labelled element.
import { launchChromium, serveBuild } from './launch.mjs'
const { server, url } = await serveBuild()
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
await page.goto(url)
await page.waitForSelector('figure .recharts-line-curve')
await page.waitForTimeout(2000)
await page.evaluate(() => {
  const counts = (window.__mut = new Map())
  const where = (node) => {
    let el = node.nodeType === 1 ? node : node.parentElement
    const parts = []
    for (let e = el; e && parts.length < 3; e = e.parentElement) {
      if (e.id || e.getAttribute('aria-label') || e.getAttribute('data-chart-slug') || e.tagName === 'SECTION' || e.tagName === 'FIGURE')
        parts.push(
          e.tagName.toLowerCase() +
            (e.id ? '#' + e.id : '') +
            (e.getAttribute('data-chart-slug') ? '[' + e.getAttribute('data-chart-slug') + ']' : '') +
            (e.getAttribute('aria-label') ? '(' + e.getAttribute('aria-label').slice(0, 30) + ')' : ''),
        )
    }
    return (el?.className?.baseVal ?? el?.className ?? '').toString().slice(0, 30) + ' < ' + parts.join(' < ')
  }
  new MutationObserver((list) => {
    for (const m of list) {
      const k = m.type + ' ' + where(m.target)
      counts.set(k, (counts.get(k) || 0) + 1)
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
})
const slider = page.getByRole('slider', { name: /tariff on japanese imports/i })
await slider.focus()
for (let i = 0; i < 20; i++) {
  await page.keyboard.press('ArrowRight')
  await page.waitForTimeout(40)
}
const out = await page.evaluate(() => [...window.__mut.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60))
for (const [k, v] of out) console.log(String(v).padStart(5), k)
await browser.close()
await server.close()
