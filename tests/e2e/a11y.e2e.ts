import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { chartsReady, launch, openPage, seedStorage, STORED_SCENARIO } from './browser'

/**
 * Accessibility in a real browser (#10): axe-core's own script (not @axe-core/playwright) is
 * injected into the page and run on every view, in every theme; then a keyboard-only walk.
 * One page load per theme: the views are opened one after the other on the same page.
 */
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']
const KEY = 'hn-dashboard:scenarios'
const THEME_KEY = 'hn-dashboard:theme'
const entry = (i: number, name: string) => ({
  id: `id-${i}`,
  name,
  createdAt: i + 1,
  updatedAt: i + 1,
  scenario: { ...STORED_SCENARIO, tariffPct: 15 + i * 10 },
})
// Two saved scenarios and a deletion record that cannot be read: the list and a storage problem.
const SEED = JSON.stringify({ state: { scenarios: [entry(0, 'Kept A'), entry(1, 'Kept B')], deleted: { x: 'yesterday' } }, version: 1 })

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** axe's violations on the page as it is now, one line per rule and element. */
async function axe(page: Page, view: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE) // through DevTools, not a <script>: the page's CSP refuses inline scripts
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          o: object,
        ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[] }>
      }
    }
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return r.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}`),
    )
  }, TAGS)
  return violations.map((v) => `[${view}] ${v}`)
}

/** Opens each view in turn on one page and collects axe's findings. */
async function walkViews(page: Page): Promise<string[]> {
  const found: string[] = []
  const check = async (view: string) => {
    const v = await axe(page, view)
    if (process.env.A11Y_LOG) console.log(v.join('\n'))
    found.push(...v)
  }
  // The page with a bad link alert and a storage problem shown.
  await page.getByRole('alert').filter({ hasText: /link/i }).waitFor()
  await page
    .getByRole('alert')
    .filter({ hasText: /saved data/i })
    .waitFor()
  await check('page with messages')

  const list = page.getByRole('list', { name: 'Saved scenarios' })
  await list.getByRole('listitem').first().getByRole('button', { name: 'Rename' }).click()
  await page.getByRole('textbox', { name: 'New name' }).waitFor()
  await check('rename form')
  await page.keyboard.press('Escape')

  await list.getByRole('listitem').last().getByRole('button', { name: 'Delete' }).click()
  await page
    .getByRole('status')
    .filter({ hasText: /deleted/i })
    .waitFor()
  await check('deletion status')

  await page.getByRole('button', { name: 'Compare' }).click()
  await page.getByRole('region', { name: 'Comparison' }).getByRole('figure').first().locator('.recharts-surface').first().waitFor()
  await check('comparison open')

  await page.getByRole('button', { name: 'Export all' }).click()
  await page.getByRole('menu').waitFor()
  await check('Export all menu')
  await page.keyboard.press('Escape')

  const options = page.locator('.export-options summary').first()
  await options.click()
  await page.getByRole('combobox', { name: 'Image size' }).first().waitFor()
  await check('Image options')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Table' }).first().click()
  await page.getByRole('table').first().waitFor()
  await check('table view')
  await page.getByRole('button', { name: 'Table' }).first().click()

  await page.getByRole('button', { name: 'Present' }).click()
  await page
    .getByRole('dialog', { name: /slides/i })
    .locator('.recharts-surface')
    .first()
    .waitFor()
  await check('presentation')
  await page.keyboard.press('Escape')
  return found
}

async function openTheme(theme: 'light' | 'projector' | 'dark'): Promise<Page> {
  const { page } = await openPage(browser, '/?tariff=abc', undefined, async (context) => {
    await seedStorage(context, { [KEY]: SEED, ...(theme === 'projector' ? { [THEME_KEY]: 'projector' } : {}) })
  })
  if (theme === 'dark') await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  await chartsReady(page)
  return page
}

describe('axe finds no violation on any view', () => {
  it.each(['light', 'projector', 'dark'] as const)(
    'in the %s theme',
    async (theme) => {
      const page = await openTheme(theme)
      if (theme === 'dark') {
        // The OS dark setting gives a dark page; reduced motion leaves nothing animating after a change.
        const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
        expect(bg).toBe('rgb(11, 18, 32)')
        await page.getByRole('button', { name: '25%' }).first().click()
        await page.getByRole('switch', { name: 'Shared drivetrains' }).click()
        await page.waitForTimeout(50)
        expect(await page.evaluate(() => document.getAnimations().map((a) => (a as CSSTransition).transitionProperty ?? a.id))).toEqual([])
        expect(await page.evaluate(() => document.getElementById('comparison') === null)).toBe(true)
      }
      const found = await walkViews(page)
      expect(found).toEqual([])
      await page.context().close()
    },
    90_000,
  )
})

/** What has focus: tag, role and accessible-ish name, or 'body'. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'body'
    const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40)
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} ${name}`
  })

/** Presses Tab (or Shift+Tab) until `selector` matches the focused element; fails after `max` presses. */
async function tabTo(page: Page, test: ((el: Element) => boolean) | string, what: string, key = 'Tab', max = 200): Promise<void> {
  const source = typeof test === 'string' ? byName(test) : test.toString()
  for (let i = 0; i < max; i++) {
    const hit = await page.evaluate((src) => {
      const el = document.activeElement
      return el !== null && el !== document.body && (new Function(`return (${src})`)() as (e: Element) => boolean)(el)
    }, source)
    if (hit) return
    await page.keyboard.press(key)
  }
  throw new Error(`${key} never reached ${what}; focus is on ${await focused(page)}`)
}

/** The focused element (or, for a hidden radio, its visible segment) shows a ring. */
const ringShown = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const shown = el.matches('.segment input') ? (el.nextElementSibling as HTMLElement) : el
    const s = getComputedStyle(shown)
    return el.matches(':focus-visible') && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none')
  })

/** A test (as source, run in the page) for an element whose label or text starts with `name`. */
const byName = (name: string) =>
  `(el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().startsWith(${JSON.stringify(name)})`

describe('keyboard alone', () => {
  it('reaches every control class with a visible ring, and focus never drops to the page', async () => {
    const { page, problems } = await openPage(browser, '/', undefined, (context) =>
      seedStorage(context, {
        [KEY]: JSON.stringify({
          state: { scenarios: [entry(0, 'Kept A'), entry(1, 'Kept B'), entry(2, 'Kept C')], deleted: {} },
          version: 1,
        }),
      }),
    )
    await chartsReady(page)
    const notBody = async (after: string) => expect(await focused(page), after).not.toBe('body')

    // Slider: arrows move it; Undo then disables itself, and focus goes to Redo (and back).
    await tabTo(page, (el) => el.matches('[role="slider"], input[type="range"]'), 'the tariff slider')
    expect(await ringShown(page), 'slider ring').toBe(true)
    await page.keyboard.press('ArrowRight')
    await tabTo(page, (el) => el.textContent?.trim().endsWith('Undo') === true, 'Undo', 'Shift+Tab')
    expect(await ringShown(page), 'button ring').toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toMatch(/^button Redo/)
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toMatch(/^button .*Undo/)

    // Switches and the Currency radios: a ring, Space and arrows work.
    await tabTo(page, (el) => el.getAttribute('role') === 'switch', 'a partnership switch')
    expect(await ringShown(page), 'switch ring').toBe(true)
    await page.keyboard.press('Space')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true)
    await tabTo(page, (el) => el.matches('input[type="radio"]'), 'the Currency radios')
    expect(await ringShown(page), 'radio ring on the selected segment').toBe(true)
    await page.keyboard.press('ArrowRight')
    expect(await page.getByRole('radio', { name: 'JPY' }).isChecked()).toBe(true)
    await page.keyboard.press('ArrowLeft')

    // Table: a toggle button that shows the chart's data as a table.
    await tabTo(page, 'Table', 'a Table button')
    expect(await focused(page)).toMatch(/^button Table: Tariff cost by company/)
    await page.keyboard.press('Space')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true')
    expect(await page.getByRole('table', { name: /tariff cost by company/i }).count()).toBe(1)
    await page.keyboard.press('Space')

    // Image options: Escape closes it and gives focus back; opening another closes the first.
    await tabTo(page, (el) => el.matches('summary'), 'Image options')
    await page.keyboard.press('Enter')
    expect(await page.locator('details.export-options[open]').count()).toBe(1)
    await page.keyboard.press('Escape')
    expect(await page.locator('details.export-options[open]').count()).toBe(0)
    expect(await focused(page)).toMatch(/^summary Image options/)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await tabTo(page, (el) => el.matches('summary'), 'the next Image options')
    expect(await page.locator('details.export-options[open]').count(), 'focus left the first popover').toBe(0)
    await page.keyboard.press('Enter')
    await page.waitForTimeout(100) // the toggle event is a task of its own
    await page.mouse.click(5, 400)
    expect(await page.locator('details.export-options[open]').count(), 'an outside click closes it').toBe(0)
    await page.waitForTimeout(100)
    await notBody('an outside click')

    // Rename: Escape and OK give focus back to Rename.
    const list = page.getByRole('list', { name: 'Saved scenarios' })
    await list.getByRole('button', { name: 'Rename' }).first().focus()
    await page.keyboard.press('Enter')
    expect(await focused(page)).toMatch(/^input New name/)
    await page.keyboard.press('Escape')
    await expect.poll(() => focused(page)).toMatch(/^button Rename/)
    await page.keyboard.press('Enter')
    await page.keyboard.type('Renamed')
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toMatch(/^button Rename/)

    // Delete: focus moves to the next item's Delete; Restore to the list; Dismiss to a message or the panel.
    await list.getByRole('button', { name: 'Delete' }).first().focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toMatch(/^button Delete/)
    expect(await list.getByRole('listitem').count()).toBe(2)
    await tabTo(page, 'Restore', 'Restore', 'Shift+Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toMatch(/^ul Saved scenarios/)
    expect(await list.getByRole('listitem').count()).toBe(3)
    await tabTo(page, 'Dismiss', 'Dismiss', 'Shift+Tab')
    await page.keyboard.press('Enter')
    await page.waitForTimeout(100)
    await notBody('Dismiss')

    // Compare focuses the region; closing it returns to Compare.
    await page.getByRole('button', { name: 'Compare' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toMatch(/^section/)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comparison')
    await tabTo(page, 'Close comparison', 'Close comparison')
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toMatch(/^button Compare/)

    // Export all: a menu that Escape closes, focus back on its button.
    await page.getByRole('button', { name: 'Export all' }).focus()
    await page.keyboard.press('Enter')
    expect(await focused(page)).toMatch(/^button\[menuitem\]/)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Escape')
    expect(await focused(page)).toMatch(/^button Export all/)

    // The slides: Tab stays inside the dialog; Escape returns to Present.
    await page.getByRole('button', { name: 'Present' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: /slides/i }).waitFor()
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab')
      expect(
        await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
        `Tab ${i + 1} stays in the slides`,
      ).toBe(true)
    }
    await page.keyboard.press('Escape')
    await expect.poll(() => focused(page)).toMatch(/^button Present/)
    expect(problems).toEqual([])
    await page.context().close()
  }, 90_000)
})
