// Screenshot of one region: node shot-clip.mjs URL OUT WIDTH HEIGHT SELECTOR [actions-js]
import { chromium } from 'playwright-core'
const [url, out, w, h, selector, actions] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] })
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } })
const logs = []
page.on('console', m => { if (m.type()==='error' || m.type()==='warning') logs.push(m.type()+': '+m.text()) })
page.on('pageerror', e => logs.push('pageerror: '+e.message))
await page.goto(url)
await page.waitForSelector('.recharts-surface', { timeout: 10000 })
if (actions) await new Function('page', `return (async () => { ${actions} })()`)(page)
await page.waitForTimeout(1000)
const el = selector ? page.locator(selector).first() : page
await el.screenshot({ path: out })
console.log(logs.join('\n'))
await browser.close()
