// Screenshots for the accessibility work (#10): light, dark, projector, and a chart in Table view
// at 1440×900 and 390×844. Run after a build: node tests/tools/a11y-shots.mjs (OUT=dir).
import { launchChromium, serveBuild } from './launch.mjs'
const { server, url } = await serveBuild()
const browser = await launchChromium()
const shots = [
  ['light', 1440, 900, {}],
  ['dark', 1440, 900, { colorScheme: 'dark' }],
  ['projector', 1440, 900, { projector: true }],
  ['table-wide', 1440, 900, { table: true }],
  ['table-phone', 390, 844, { table: true }],
  ['dark-phone', 390, 844, { colorScheme: 'dark' }],
]
for (const [name, w, h, o] of shots) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: o.colorScheme ?? 'light' })
  if (o.projector) await context.addInitScript(() => localStorage.setItem('hn-dashboard:theme', 'projector'))
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(name, 'console:', m.text())
  })
  await page.goto(url)
  await page.waitForSelector('.recharts-surface')
  if (o.table) {
    await page.getByRole('button', { name: 'Table: Tariff sensitivity' }).click()
    await page.getByRole('table').first().scrollIntoViewIfNeeded()
    await page.waitForTimeout(500)
    await page
      .getByRole('figure', { name: /tariff sensitivity/i })
      .screenshot({ path: `${process.env.OUT ?? 'tests/e2e/artifacts'}/a11y-${name}.png` })
  } else {
    await page.waitForTimeout(800)
    await page.screenshot({ path: `${process.env.OUT ?? 'tests/e2e/artifacts'}/a11y-${name}.png` })
  }
  await context.close()
}
await browser.close()
await server.close()
