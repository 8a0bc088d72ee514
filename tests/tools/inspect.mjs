import { chromium } from 'playwright-core'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
await page.goto('http://localhost:4173/')
await page.waitForTimeout(1500)
console.log(await page.evaluate(() => { const f = document.querySelector('.chart-body'); return f.innerHTML.slice(0, 3000) }))
await browser.close()
