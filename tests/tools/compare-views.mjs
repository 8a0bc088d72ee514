// Pixels of two builds (OUTDIR_A, OUTDIR_B) in every view a stylesheet change can reach: the page at
// desktop and phone sizes, in the light, projector and dark themes, the slides, print media, the
// Table view and embeds. Prints the number of differing pixels per view; writes both screenshots of a
// view that differs to /tmp/views-<name>-{a,b}.png. Used for #8 (CSS moved beside its components:
// "the cascade must not change"). OUTDIR_A=… OUTDIR_B=… [ONLY=view,view] node tests/tools/compare-views.mjs
// Text antialiasing differs now and then between two loads of one build (a few hundred pixels in one
// tick label): re-check a view that differs with ONLY before believing it.
import { differingPixels, launchChromium, serveBuild } from './launch.mjs'
import { writeFileSync } from 'node:fs'

const DESKTOP = { width: 1440, height: 900 }
const PHONE = { width: 390, height: 844 }
const settle = async (page) => {
  await page.waitForSelector('figure .recharts-surface')
  await page.waitForTimeout(2500)
}
const ALL_VIEWS = [
  { name: 'desktop', viewport: DESKTOP, full: true },
  { name: 'phone', viewport: PHONE, full: true },
  { name: 'desktop-projector', viewport: DESKTOP, full: true, storage: { 'hn-dashboard:theme': 'projector' } },
  { name: 'phone-projector', viewport: PHONE, full: true, storage: { 'hn-dashboard:theme': 'projector' } },
  { name: 'desktop-dark', viewport: DESKTOP, full: true, colorScheme: 'dark' },
  { name: 'phone-dark', viewport: PHONE, full: true, colorScheme: 'dark' },
  { name: 'desktop-dark-chosen-light', viewport: DESKTOP, full: true, colorScheme: 'dark', storage: { 'hn-dashboard:theme': 'light' } },
  { name: 'desktop-print', viewport: DESKTOP, full: true, media: 'print' },
  { name: 'desktop-scenario', viewport: DESKTOP, full: true, query: '?tariff=25&drivetrains=1&platforms=1' },
  ...[1, 2, 3, 4, 5].map((n) => ({ name: `slide-${n}`, viewport: DESKTOP, hash: `#slide=${n}` })),
  { name: 'slide-4-phone', viewport: PHONE, hash: '#slide=4' },
  { name: 'slide-2-projector', viewport: DESKTOP, hash: '#slide=2', storage: { 'hn-dashboard:theme': 'projector' } },
  {
    name: 'desktop-tables',
    viewport: DESKTOP,
    full: true,
    actions: async (page) => {
      for (const b of await page.getByRole('button', { name: 'Table' }).all()) await b.click()
    },
  },
  {
    name: 'desktop-image-options',
    viewport: DESKTOP,
    actions: async (page) => {
      await page.locator('.export-options > summary').first().click()
    },
  },
  {
    name: 'desktop-export-menu',
    viewport: DESKTOP,
    actions: async (page) => {
      await page.getByRole('button', { name: 'Export all' }).click()
    },
  },
  ...['plant-footprint', 'cost-over-time'].flatMap((slug) => [
    { name: `embed-${slug}-600`, viewport: { width: 600, height: 400 }, query: `?embed=${slug}` },
    { name: `embed-${slug}-320`, viewport: { width: 320, height: 240 }, query: `?embed=${slug}` },
  ]),
]

// ONLY=name,name: just those views (to re-check one that differed).
const ONLY = process.env.ONLY?.split(',')
const VIEWS = ONLY ? ALL_VIEWS.filter((v) => ONLY.includes(v.name)) : ALL_VIEWS

const browser = await launchChromium()
const shots = new Map()
for (const [side, dir] of [
  ['a', process.env.OUTDIR_A],
  ['b', process.env.OUTDIR_B],
]) {
  const { server, url } = await serveBuild(dir)
  for (const v of VIEWS) {
    const context = await browser.newContext({ viewport: v.viewport, colorScheme: v.colorScheme ?? 'light', serviceWorkers: 'block' })
    if (v.storage) await context.addInitScript((s) => Object.entries(s).forEach(([k, x]) => localStorage.setItem(k, x)), v.storage)
    const page = await context.newPage()
    if (v.media) await page.emulateMedia({ media: v.media })
    await page.goto(url + (v.query ?? '') + (v.hash ?? ''))
    await settle(page)
    if (v.actions) {
      await v.actions(page)
      await page.waitForTimeout(800)
    }
    shots.set(`${v.name}-${side}`, await page.screenshot({ fullPage: Boolean(v.full) }))
    await context.close()
  }
  await server.close()
}

const page = await browser.newPage()
let differing = 0
for (const v of VIEWS) {
  const [a, b] = [shots.get(`${v.name}-a`), shots.get(`${v.name}-b`)]
  const diff = await differingPixels(page, a, b)
  if (diff.n !== 0) {
    differing++
    writeFileSync(`/tmp/views-${v.name}-a.png`, a)
    writeFileSync(`/tmp/views-${v.name}-b.png`, b)
  }
  console.log(`${v.name}: ${diff.text}`)
}
await browser.close()
console.log(`${differing} of ${VIEWS.length} views differ`)
