import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Browser, Locator, Page } from 'playwright-core'
import { ARTIFACTS, baseUrl, chartsReady, launch, openPage, seedStorage, STORED_SCENARIO, watchProblems } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const KEY = 'hn-dashboard:scenarios'
/** A message's text without the isolates (U+2068, U+2069) that fence user text in (#11). */
const plain = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/[\u2068\u2069]/g, '')
const figureText = async (page: Page, name: RegExp) =>
  (await page.getByRole('group', { name }).locator('.figure-value').textContent())?.trim()
const search = (page: Page) => page.evaluate(() => window.location.search)
const savedList = (page: Page) => page.getByRole('list', { name: 'Saved scenarios' })
const savedNames = (page: Page) => savedList(page).getByRole('listitem').locator('.saved-name').allTextContents()
/** The list item of the saved scenario with exactly this name. */
const savedItem = (page: Page, name: string) =>
  savedList(page)
    .getByRole('listitem')
    .filter({ has: page.locator('.saved-name').getByText(name, { exact: true }) })
const tariffSlider = (page: Page) => page.getByRole('slider', { name: /tariff on japanese imports/i })

async function saveAs(page: Page, name: string) {
  await page.getByRole('button', { name: 'Save scenario' }).click()
  await page.getByRole('textbox', { name: 'Scenario name' }).fill(name)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await savedList(page).getByRole('listitem').filter({ hasText: name }).first().waitFor()
}

/** The query string follows the scenario within half a second (read in the page, 500 ms after the action). */
async function expectSearchSoon(page: Page, expected: string) {
  const after = await page.evaluate(() => new Promise<string>((resolve) => setTimeout(() => resolve(window.location.search), 500)))
  expect(after).toBe(expected)
}

/** Open a page whose localStorage is seeded before the app's scripts run (once per context). */
async function openSeeded(seed: Record<string, string>, path = '/') {
  const opened = await openPage(browser, path, undefined, (context) => seedStorage(context, seed))
  await chartsReady(opened.page)
  return opened
}

function file(name: string, content: string | object) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) }
}

describe('scenario links', () => {
  it('follow the scenario in the query string, keep the hash, and restore exactly', async () => {
    const { page, problems } = await openPage(browser, '/#method-title')
    await chartsReady(page)
    expect(await search(page)).toBe('')
    await page.getByRole('button', { name: /25%/ }).first().click()
    await expectSearchSoon(page, '?tariff=25')
    await page.getByRole('switch', { name: /shared drivetrains/i }).check()
    await page.getByRole('radio', { name: 'JPY' }).check()
    await expectSearchSoon(page, '?tariff=25&options=drivetrains&currency=JPY')
    expect(await page.evaluate(() => window.location.hash)).toBe('#method-title')
    // Dragging the slider does not add history entries: the back button is not flooded.
    const historyLength = await page.evaluate(() => window.history.length)
    await tariffSlider(page).focus()
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight')
    await expectSearchSoon(page, '?tariff=35&options=drivetrains&currency=JPY')
    expect(await page.evaluate(() => window.history.length)).toBe(historyLength)

    const url = page.url()
    const other = await openPage(browser, new URL(url).pathname + new URL(url).search)
    await chartsReady(other.page)
    expect(await tariffSlider(other.page).getAttribute('aria-valuenow')).toBe('35')
    expect(await other.page.getByRole('switch', { name: /shared drivetrains/i }).isChecked()).toBe(true)
    expect(await other.page.getByRole('radio', { name: 'JPY' }).isChecked()).toBe(true)
    expect(await figureText(other.page, /combined annual tariff cost/i)).toBe(await figureText(page, /combined annual tariff cost/i))
    expect(await other.page.getByRole('alert').count()).toBe(0)
    expect(problems).toEqual([])
    expect(other.problems).toEqual([])
    await other.page.context().close()
    await page.context().close()
  })

  it('Copy link copies a link that reproduces the scenario', async () => {
    const { page, problems } = await openPage(browser, '/?tariff=27.5&options=platforms,software&start=2029&passOn=20')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() })
    await chartsReady(page)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(`${baseUrl()}/?tariff=27.5&options=platforms,software&start=2029&passOn=20`)
    expect(problems).toEqual([])
    await page.context().close()
  })

  const BAD_LINKS: [string, string, RegExp, string][] = [
    ['tariff=abc', '15', /tariff “abc” is not a number/, ''],
    ['tariff=-50', '0', /tariff -50 is outside 0%–50% \(used 0%\)/, '?tariff=0'],
    ['tariff=1e309', '15', /tariff “1e309” is too large to use/, ''],
    ['currency=EUR&tariff=25', '25', /currency “EUR” is not USD or JPY/, '?tariff=25'],
    ['tariff=25&utm_source=mail', '25', /unknown parameter “utm_source”/, '?tariff=25'],
    [
      'options=drivetrains&start=99999',
      '15',
      /partnership start year 99999 is outside 2026–2030 \(used 2030\)/,
      '?options=drivetrains&start=2030',
    ],
    ['tariff=25&opt', '25', /unknown parameter “opt”/, '?tariff=25'],
  ]
  it.each(BAD_LINKS)('?%s opens the nearest valid scenario and says what was ignored', async (query, tariff, message, tidied) => {
    const { page, problems } = await openPage(browser, `/?${query}`)
    await chartsReady(page)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(message)
    expect(await tariffSlider(page).getAttribute('aria-valuenow')).toBe(tariff)
    await expectSearchSoon(page, tidied)
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('shows HTML and script in a link as text and never runs it', async () => {
    const payload = '<img src=x onerror=window.__pwned=1>'
    const script = '<script>window.__pwned=2</script>'
    const path = `/?currency=${encodeURIComponent(payload)}&${encodeURIComponent(script)}=1&tariff=${encodeURIComponent('"><svg onload=window.__pwned=3>')}`
    const { page, problems } = await openPage(browser, path)
    await chartsReady(page)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    const text = await alert.textContent()
    expect(text).toContain(payload)
    expect(text).toContain('unknown parameter “<script>window.__pwned=2</script>”')
    expect(text).toContain('tariff “"><svg onload=window.__pwned=3>” is not a number')
    expect(await alert.locator('img, script, svg:not([aria-hidden])').count()).toBe(0)
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$4.34B')
    await page.screenshot({ path: `${ARTIFACTS}/scenarios-bad-link.png` })
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('undo and redo', () => {
  it('step back and forth through changes by button and keyboard; a slider gesture is one step', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    const undo = page.getByRole('button', { name: 'Undo' })
    const redo = page.getByRole('button', { name: 'Redo' })
    expect(await undo.isDisabled()).toBe(true)
    await page.getByRole('button', { name: /25%/ }).first().click()
    await page.getByRole('switch', { name: /shared drivetrains/i }).check()
    await undo.click()
    expect(await page.getByRole('switch', { name: /shared drivetrains/i }).isChecked()).toBe(false)
    expect(await tariffSlider(page).getAttribute('aria-valuenow')).toBe('25')
    await page.locator('body').press('Control+z')
    expect(await tariffSlider(page).getAttribute('aria-valuenow')).toBe('15')
    await page.locator('body').press('Control+Shift+Z')
    expect(await tariffSlider(page).getAttribute('aria-valuenow')).toBe('25')
    await redo.click()
    expect(await page.getByRole('switch', { name: /shared drivetrains/i }).isChecked()).toBe(true)
    expect(await redo.isDisabled()).toBe(true)

    // Twenty key steps in one go, then a mouse drag: two undo steps, not dozens.
    await tariffSlider(page).focus()
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight')
    expect(await tariffSlider(page).getAttribute('aria-valuenow')).toBe('35')
    await page.waitForTimeout(800)
    const box = (await tariffSlider(page).boundingBox())!
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2)
    await page.mouse.down()
    for (let x = 0.7; x >= 0.2; x -= 0.02) await page.mouse.move(box.x + box.width * x, box.y + box.height / 2)
    await page.mouse.up()
    const dragged = Number(await tariffSlider(page).getAttribute('aria-valuenow'))
    expect(dragged).toBeLessThan(15)
    await page.waitForTimeout(800)
    await undo.click()
    expect(await tariffSlider(page).getAttribute('aria-valuenow')).toBe('35')
    await undo.click()
    expect(await tariffSlider(page).getAttribute('aria-valuenow')).toBe('25')
    await expectSearchSoon(page, '?tariff=25&options=drivetrains')

    // Ctrl+Z while typing a name undoes the typing, not the scenario.
    await page.getByRole('button', { name: 'Save scenario' }).click()
    const name = page.getByRole('textbox', { name: 'Scenario name' })
    await name.fill('Typing')
    await name.press('Control+z')
    expect(await tariffSlider(page).getAttribute('aria-valuenow')).toBe('25')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('saved scenarios', () => {
  it('save, reload, open, rename, duplicate, delete with restore, and compare', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    await page.getByRole('button', { name: /25%/ }).first().click()
    await page.getByRole('switch', { name: /shared drivetrains/i }).check()
    await saveAs(page, 'High tariff, drivetrains')
    await page.getByRole('button', { name: 'Reset' }).click()
    await saveAs(page, 'Published')
    await page.getByRole('button', { name: /2\.5%/ }).first().click()
    await saveAs(page, 'Pre-war')
    expect(await savedNames(page)).toEqual(['High tariff, drivetrains', 'Published', 'Pre-war'])

    await page.reload()
    await chartsReady(page)
    expect(await savedNames(page)).toEqual(['High tariff, drivetrains', 'Published', 'Pre-war'])
    const item = savedList(page).getByRole('listitem').filter({ hasText: 'High tariff, drivetrains' })
    await item.getByRole('button', { name: /open/i }).click()
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$7.81B')
    expect(await figureText(page, /partnership savings/i)).toBe('$0.78B')
    await expectSearchSoon(page, '?tariff=25&options=drivetrains')

    await savedItem(page, 'Pre-war').getByRole('button', { name: 'Rename' }).click()
    await savedItem(page, 'Pre-war').getByRole('textbox', { name: 'New name' }).fill('Before the trade war')
    await savedItem(page, 'Pre-war').getByRole('textbox', { name: 'New name' }).press('Enter')
    await savedItem(page, 'Published').getByRole('button', { name: 'Duplicate' }).click()
    expect(await savedNames(page)).toEqual(['High tariff, drivetrains', 'Published', 'Before the trade war', 'Published (copy)'])
    await savedItem(page, 'Published (copy)').getByRole('button', { name: 'Delete' }).click()
    expect(await savedNames(page)).toEqual(['High tariff, drivetrains', 'Published', 'Before the trade war'])
    await page.getByRole('button', { name: 'Restore the deleted scenario' }).click()
    expect(await savedNames(page)).toContain('Published (copy)')
    await savedItem(page, 'Published (copy)').getByRole('button', { name: 'Delete' }).click()

    await page.getByRole('button', { name: 'Compare' }).click()
    const comparison = page.getByRole('region', { name: 'Comparison' })
    await comparison.waitFor()
    const headers = await comparison.getByRole('table').getByRole('columnheader').allTextContents()
    expect(headers.map((h) => h.trim())).toEqual(['Figure', 'On screen', 'High tariff, drivetrains', 'Published', 'Before the trade war'])
    const combined = comparison.getByRole('row', { name: /^Combined annual tariff cost/ })
    expect((await combined.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual(['$7.81B', '$7.81B', '$4.34B', '$0.00B'])
    for (const title of [/cost over time, compared/i, /tariff sensitivity, compared/i]) {
      const fig = comparison.getByRole('figure', { name: title })
      await fig.locator('.recharts-line').first().waitFor()
      expect(await fig.locator('.recharts-line').count()).toBe(4)
      expect(await fig.getByRole('list', { name: 'Legend' }).textContent()).toContain('Before the trade war')
    }
    // Choose two: the table follows.
    await savedItem(page, 'Published')
      .getByRole('checkbox', { name: /select/i })
      .check()
    await savedItem(page, 'Before the trade war')
      .getByRole('checkbox', { name: /select/i })
      .check()
    expect(await comparison.getByRole('columnheader').count()).toBe(4)
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      comparison
        .getByRole('figure', { name: /cost over time, compared/i })
        .getByRole('button', { name: /csv/i })
        .click(),
    ])
    const text = readFileSync(await csv.path(), 'utf8')
    expect(text.split('\r\n')[0]).toBe(
      'year,On screen: combined tariff cost with partnership (USD billions),Published: combined tariff cost with partnership (USD billions),Before the trade war: combined tariff cost with partnership (USD billions)',
    )
    // Comparisons export like any chart: a PNG and a standalone SVG naming every compared scenario.
    const sensitivity = comparison.getByRole('figure', { name: /tariff sensitivity, compared/i })
    const [png] = await Promise.all([page.waitForEvent('download'), sensitivity.getByRole('button', { name: /png/i }).click()])
    expect(png.suggestedFilename()).toMatch(/^honda-nissan_comparison-tariff-sensitivity_.*\.png$/)
    expect(
      readFileSync(await png.path())
        .subarray(0, 8)
        .toString('hex'),
    ).toBe('89504e470d0a1a0a')
    const [svg] = await Promise.all([page.waitForEvent('download'), sensitivity.getByRole('button', { name: /svg/i }).click()])
    const svgText = readFileSync(await svg.path(), 'utf8')
    expect(svgText).toContain('Tariff sensitivity, compared')
    expect(svgText).toContain('Before the trade war')
    await comparison.screenshot({ path: `${ARTIFACTS}/scenarios-comparison.png` })
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('import: adds valid scenarios with de-duplicated names, says what was skipped, refuses bad files', async () => {
    const { page, problems } = await openPage(browser)
    await chartsReady(page)
    await saveAs(page, 'Base')
    const input = page.getByLabel('Scenarios file to import')
    const good = {
      format: 'honda-nissan-tariff-scenarios',
      schemaVersion: 1,
      scenarios: [
        {
          name: 'Base',
          scenario: { ...STORED_SCENARIO, partnership: { ...STORED_SCENARIO.partnership, drivetrains: true } },
        },
        { name: 'Broken', scenario: { tariffPct: 'lots' } },
      ],
    }
    await input.setInputFiles(file('mixed.json', good))
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await plain(alert)).toMatch(/“mixed\.json” was only partly imported: 1 scenario added, 1 skipped/)
    expect(await plain(alert)).toMatch(/Imported: “Base \(2\)”/)
    expect(await plain(alert)).toMatch(/Not imported: #2 “Broken”: its scenario\.tariffPct is missing or not valid/)
    expect(await savedNames(page)).toEqual(['Base', 'Base (2)'])

    for (const [name, content, message] of [
      ['notes.json', '{"hello": "world"}', /not a scenarios file from this dashboard/],
      ['broken.json', '{"format": "honda', /not a JSON file/],
      ['future.json', '{"format":"honda-nissan-tariff-scenarios","schemaVersion":9,"scenarios":[]}', /newer version of the dashboard/],
      ['huge.json', 'x'.repeat(1_100_000), /too large \(1\.1 MB; the limit is 1\.0 MB\)/],
    ] as const) {
      await input.setInputFiles(file(name, content))
      await page.getByRole('alert').filter({ hasText: name }).waitFor()
      expect(await page.getByRole('alert').filter({ hasText: name }).textContent()).toMatch(message)
      expect(await savedNames(page)).toEqual(['Base', 'Base (2)'])
    }

    // Export, then import the file again: the names come back de-duplicated.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /export scenarios/i }).click()])
    expect(download.suggestedFilename()).toMatch(/^honda-nissan-scenarios-\d{4}-\d{2}-\d{2}\.json$/)
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'))
    expect(exported).toMatchObject({ format: 'honda-nissan-tariff-scenarios', schemaVersion: 1 })
    expect(exported.scenarios.map((s: { name: string }) => s.name)).toEqual(['Base', 'Base (2)'])
    await input.setInputFiles(file('again.json', exported))
    await page
      .getByRole('status')
      .filter({ hasText: /Imported 2 scenarios from “\u2068?again\.json\u2069?”/ })
      .waitFor()
    expect(await savedNames(page)).toEqual(['Base', 'Base (2)', 'Base (3)', 'Base (4)'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('two tabs: a save in one appears in the other, and neither overwrites the other', async () => {
    const { page: tabA, problems } = await openPage(browser)
    const tabB = await tabA.context().newPage()
    tabB.on('console', (m) => {
      if (m.type() === 'error') problems.push(`tab B: ${m.text()}`)
    })
    await tabB.goto(baseUrl() + '/?tariff=30')
    await chartsReady(tabA)
    await chartsReady(tabB)
    await saveAs(tabA, 'From tab A')
    await savedList(tabB).getByRole('listitem').filter({ hasText: 'From tab A' }).waitFor()
    await saveAs(tabB, 'From tab B')
    await savedList(tabA).getByRole('listitem').filter({ hasText: 'From tab B' }).waitFor()
    expect(await savedNames(tabA)).toEqual(['From tab A', 'From tab B'])
    await savedItem(tabA, 'From tab A').getByRole('button', { name: 'Delete' }).click()
    await tabB.waitForFunction(() => !document.querySelector('[aria-label="Saved scenarios"]')?.textContent?.includes('From tab A'))
    expect(await savedNames(tabB)).toEqual(['From tab B'])
    expect(problems).toEqual([])
    await tabA.context().close()
  })
})

describe('saved data that cannot be read', () => {
  it.each([
    ['not JSON', '{"state": {"scenarios": [', /not valid JSON/],
    ['the wrong shape', '{"scenarios": "all of them"}', /does not have the expected shape/],
  ])('%s: the app opens, keeps it aside, says so and offers it for download', async (_what, raw, why) => {
    const { page, problems } = await openSeeded({ [KEY]: raw })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/could not be read/)
    expect(await alert.textContent()).toMatch(why)
    expect(await figureText(page, /combined annual tariff cost/i)).toBe('$4.34B')
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: /download/i }).click()])
    expect(readFileSync(await download.path(), 'utf8')).toBe(raw)
    // Saving still works, and the copy kept aside is not touched.
    await saveAs(page, 'After the problem')
    const kept = await page.evaluate((key) => {
      const asideKeys = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`))
      return asideKeys.map((k) => localStorage.getItem(k))
    }, KEY)
    expect(kept).toEqual([raw])
    await page.reload()
    await chartsReady(page)
    expect(await savedNames(page)).toEqual(['After the problem'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a full storage: the save says it failed, and the previous copy is kept', async () => {
    const previous = JSON.stringify({
      state: {
        scenarios: [
          {
            id: 'x1',
            name: 'Kept',
            createdAt: 1,
            updatedAt: 1,
            scenario: STORED_SCENARIO,
          },
        ],
        deleted: {},
      },
      version: 1,
    })
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' })
    await context.addInitScript(
      ([key, value]) => {
        localStorage.setItem(key!, value!)
        const setItem = Storage.prototype.setItem
        Storage.prototype.setItem = function (k: string, v: string) {
          if (k.startsWith('hn-dashboard:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          return setItem.call(this, k, v)
        }
      },
      [KEY, previous],
    )
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto(baseUrl() + '/')
    await chartsReady(page)
    expect(await savedNames(page)).toEqual(['Kept'])
    await page.getByRole('button', { name: 'Save scenario' }).click()
    await page.getByRole('textbox', { name: 'Scenario name' }).fill('Will not fit')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await plain(alert)).toMatch(/“Will not fit” could not be saved: the browser’s storage for this site is full/)
    expect(await alert.textContent()).toMatch(/Your saved scenarios are as they were/)
    expect(await savedNames(page)).toEqual(['Kept'])
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(previous)
    expect(problems).toEqual([])
    await context.close()
  })
})

const savedEntry = (i: number, name = `Scenario ${i + 1}`) => ({
  id: `id-${i}`,
  name,
  createdAt: i + 1,
  updatedAt: i + 1,
  scenario: { ...STORED_SCENARIO, tariffPct: (i % 100) / 2 },
})
const envelope = (scenarios: unknown[], extra: Record<string, unknown> = {}, version: unknown = 1) =>
  JSON.stringify({ state: { scenarios, deleted: {}, ...extra }, version })

describe('issue 11: nothing saved is lost', () => {
  it('a double click on Delete deletes one scenario; Restore brings it back', async () => {
    const { page, problems } = await openSeeded({ [KEY]: envelope([0, 1, 2, 3].map((i) => savedEntry(i))) })
    const del = savedItem(page, 'Scenario 2').getByRole('button', { name: 'Delete' })
    await del.scrollIntoViewIfNeeded()
    const box = (await del.boundingBox())!
    // The list moves up under the pointer: the second click lands on the next row's Delete.
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2)
    await page.waitForTimeout(300)
    expect(await savedNames(page)).toEqual(['Scenario 1', 'Scenario 3', 'Scenario 4'])
    await page.getByRole('button', { name: 'Restore the deleted scenario' }).click()
    expect(await savedNames(page)).toEqual(['Scenario 1', 'Scenario 2', 'Scenario 3', 'Scenario 4'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a bad deletion record does not hide the saved scenarios', async () => {
    const { page, problems } = await openSeeded({
      [KEY]: envelope([savedEntry(0, 'Kept A'), savedEntry(1, 'Kept B')], { deleted: { x: 'yesterday' } }),
    })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await plain(alert)).toMatch(/Part of the saved data could not be read; all 2 saved scenarios are in the list/)
    expect(await plain(alert)).toMatch(/the deletion record of “x” is not a time/)
    expect(await savedNames(page)).toEqual(['Kept A', 'Kept B'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('data from a newer version is never written over: this version saves beside it and says so', async () => {
    const newer = JSON.stringify({ state: { scenarios: [{ shape: 'of version 7' }] }, version: 7 })
    const { page, problems } = await openSeeded({ [KEY]: newer })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await plain(alert)).toMatch(/newer version of the dashboard \(schema version 7; this one reads up to 1\) could not be read/)
    expect(await plain(alert)).toMatch(/left unchanged under “hn-dashboard:scenarios”.*kept beside them, under “hn-dashboard:scenarios:v1”/)
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: /download/i }).click()])
    expect(readFileSync(await download.path(), 'utf8')).toBe(newer)
    await saveAs(page, 'Saved by version 1')
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer)
    await page.reload()
    await chartsReady(page)
    expect(await savedNames(page)).toEqual(['Saved by version 1'])
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the unreadable data it offers for download imports back, recovering every readable entry', async () => {
    const raw = envelope([savedEntry(0, 'Good A'), { id: 'b', name: 'Broken', scenario: { tariffPct: 'x' } }, savedEntry(2, 'Good C')])
    const { page, problems } = await openSeeded({ [KEY]: raw })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await plain(alert)).toMatch(/1 of 3 saved scenarios could not be read\. The 2 others are in the list/)
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: /download/i }).click()])
    const text = readFileSync(await download.path(), 'utf8')
    for (const name of ['Good A', 'Good C']) {
      await savedItem(page, name).getByRole('button', { name: 'Delete' }).click()
      await page.waitForTimeout(600)
    }
    expect(await savedNames(page)).toEqual([])
    await page.getByLabel('Scenarios file to import').setInputFiles(file('unreadable.json', text))
    const message = page.getByRole('alert').filter({ hasText: 'unreadable.json' })
    await message.waitFor()
    expect(await plain(message)).toMatch(/“unreadable\.json” was only partly imported: 2 scenarios added, 1 skipped/)
    expect(await savedNames(page)).toEqual(['Good A', 'Good C'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a tab that missed the other tab’s changes does not bring back a deletion or repeat a name', async () => {
    const { page: tabA, problems } = await openSeeded({ [KEY]: envelope([savedEntry(0, 'Shared')]) })
    // Tab B is asleep: it never hears of tab A's changes.
    await tabA.context().addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true))
    const tabB = await tabA.context().newPage()
    await tabB.goto(baseUrl() + '/')
    await chartsReady(tabB)
    expect(await savedNames(tabB)).toEqual(['Shared'])
    await savedItem(tabA, 'Shared').getByRole('button', { name: 'Delete' }).click()
    await saveAs(tabA, 'Base')
    await tabB.waitForTimeout(300)
    expect(await savedNames(tabB)).toEqual(['Shared'])
    await saveAs(tabB, 'Base')
    expect(await savedNames(tabB)).toEqual(['Base', 'Base (2)'])
    expect(await plain(tabB.getByRole('status').last())).toMatch(/That name is taken, so it was saved as “Base \(2\)”/)
    await tabA.reload()
    await chartsReady(tabA)
    expect(await savedNames(tabA)).toEqual(['Base', 'Base (2)'])
    expect(problems).toEqual([])
    await tabA.context().close()
  })

  it('2,701 saved scenarios: the first page of the list renders and the slider answers at once', async () => {
    const { page, problems } = await openSeeded({ [KEY]: envelope(Array.from({ length: 2701 }, (_, i) => savedEntry(i))) })
    expect(await savedList(page).getByRole('listitem').count()).toBe(50)
    expect(await page.getByText('Showing 50 of 2,701.').count()).toBe(1)
    const slider = tariffSlider(page)
    await slider.focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    expect(await slider.getAttribute('aria-valuenow')).toBe('17')
    await page.getByRole('button', { name: 'Show 50 more' }).click()
    expect(await savedList(page).getByRole('listitem').count()).toBe(100)
    // Over the limit: the list keeps what it has, and a save says why it cannot add more.
    await page.getByRole('button', { name: 'Save scenario' }).click()
    await page.getByRole('textbox', { name: 'Scenario name' }).fill('One too many')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    expect(await plain(page.getByRole('alert'))).toMatch(
      /“One too many” could not be saved: the list already holds 1,000 scenarios, the most it keeps/,
    )
    await page
      .getByRole('region', { name: /scenarios/i })
      .first()
      .screenshot({ path: `${ARTIFACTS}/scenarios-long-list.png` })
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('screenshots of the scenarios UI', () => {
  it.each([
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])('saved list and comparison at $width wide, with no horizontal scroll', async (viewport) => {
    const { page, problems } = await openPage(browser, '/', viewport)
    await chartsReady(page)
    await page.getByRole('button', { name: /25%/ }).first().click()
    await saveAs(page, '25% tariff')
    await page.getByRole('switch', { name: /shared drivetrains/i }).check()
    await page.getByRole('switch', { name: /co-developed platforms/i }).check()
    await saveAs(page, '25% with drivetrains and platforms')
    await page.getByRole('button', { name: 'Reset' }).click()
    await page.getByRole('button', { name: 'Compare' }).click()
    const comparison = page.getByRole('region', { name: 'Comparison' })
    await comparison
      .getByRole('figure', { name: /tariff sensitivity, compared/i })
      .locator('.recharts-line')
      .first()
      .waitFor()
    await page
      .getByRole('region', { name: /scenarios/i })
      .first()
      .screenshot({ path: `${ARTIFACTS}/scenarios-list-${viewport.width}.png` })
    await comparison.screenshot({ path: `${ARTIFACTS}/scenarios-comparison-${viewport.width}.png` })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
