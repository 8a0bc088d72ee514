// Screenshot of the page or one region, after optional actions, to look at what a user sees:
// node tests/tools/shot-clip.mjs URL OUT.png WIDTH HEIGHT [SELECTOR|''|full] [actions-js]
import { launchChromium } from './launch.mjs'
const [url, out, w, h, selector, actions] = process.argv.slice(2)
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } })
const logs = []
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') logs.push(m.type() + ': ' + m.text())
})
page.on('pageerror', (e) => logs.push('pageerror: ' + e.message))
await page.goto(url)
await page.waitForSelector('.recharts-surface', { timeout: 10000 })
if (actions) await new Function('page', `return (async () => { ${actions} })()`)(page)
await page.waitForTimeout(1000)
if (selector && selector !== 'full') await page.locator(selector).first().screenshot({ path: out })
else await page.screenshot({ path: out, fullPage: selector === 'full' })
console.log(logs.join('\n'))
await browser.close()
