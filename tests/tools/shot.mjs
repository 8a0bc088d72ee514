import { chromium } from 'playwright-core'
const [url, out, w, h, full] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] })
const page = await browser.newPage({ viewport: { width: Number(w||1440), height: Number(h||900) } })
const logs = []
page.on('console', m => { if (m.type()==='error' || m.type()==='warning') logs.push(m.type()+': '+m.text()) })
page.on('pageerror', e => logs.push('pageerror: '+e.message))
await page.goto(url)
await page.waitForSelector('.recharts-surface', { timeout: 10000 }).catch(e => logs.push('no chart'))
await page.waitForTimeout(1200)
await page.screenshot({ path: out, fullPage: full === 'full' })
const sw = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
console.log('scrollWidth/innerWidth', sw, logs.join('\n'))
await browser.close()
