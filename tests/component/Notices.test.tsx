import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Notices } from '../../src/scenarios/Notices'
import { showNotice, summariseNotice, useNoticeStore, NOTICE_ITEM_CHARS } from '../../src/store/noticeStore'
import { linkNotice } from '../../src/scenarios/scenarioNotices'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { parseScenarioQuery } from '../../src/share/scenarioUrl'
import { shippedBaseline } from '../unit/fixtures'
import { catchDownloads } from './downloads'

afterEach(() => {
  vi.restoreAllMocks()
  act(() => useNoticeStore.getState().clear())
})

const manyItems = (n: number) => Array.from({ length: n }, (_, i) => `entry #${i + 1} is broken`)

describe('notices', () => {
  it('show a huge list as its first five items, a count of the rest, and the full report on request', async () => {
    const blobs = catchDownloads()
    const user = userEvent.setup()
    render(<Notices place="page" />)
    act(() => showNotice({ id: 'big', tone: 'problem', title: '100,000 entries could not be read.', items: manyItems(100_000) }))
    const alert = screen.getByRole('alert')
    expect(within(alert).getAllByRole('listitem')).toHaveLength(5)
    expect(alert).toHaveTextContent('… and 99,995 more')
    expect(alert.textContent.length).toBeLessThan(2000)
    await user.click(within(alert).getByRole('button', { name: 'Download the full report' }))
    expect(blobs).toHaveLength(1)
    const report = await blobs[0]!.text()
    expect(report.startsWith('100,000 entries could not be read.\n')).toBe(true)
    expect(report).toContain('entry #1 is broken\n')
    expect(report).toContain('entry #100000 is broken\n')
    expect(report.split('\n').filter((l) => l.startsWith('entry #'))).toHaveLength(100_000)
    expect(within(alert).getByRole('button', { name: 'Dismiss' })).toBeVisible()
  })

  it('cut a very long item on a grapheme boundary, and keep the whole item in the report', () => {
    const family = '👨‍👩‍👧‍👦'
    const long = family.repeat(1000)
    const { items, isCut } = summariseNotice({ id: 'x', tone: 'info', title: 't', items: [long] })
    expect(isCut).toBe(true)
    expect(items[0]!.length).toBeLessThanOrEqual(NOTICE_ITEM_CHARS)
    expect(items[0]!.endsWith('…')).toBe(true)
    // Only whole families: no lone man, woman or joiner at the cut.
    expect(items[0]!.slice(0, -1)).toBe(family.repeat(items[0]!.slice(0, -1).length / family.length))
  })

  it('keep short notices as they are, with no report button, and info as a status', () => {
    render(<Notices place="page" />)
    act(() => showNotice({ id: 'ok', tone: 'info', title: 'Imported 2 scenarios.', items: ['“A”', '“B”'] }))
    const status = screen.getByRole('status')
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['“A”', '“B”'])
    expect(within(status).queryByRole('button', { name: /full report/i })).toBeNull()
  })

  it('read a link with 12,000 unknown parameters as one grouped line', () => {
    const baseline = shippedBaseline()
    const ctx = { published: publishedScenario(baseline), limits: scenarioLimits(baseline) }
    const query = ['tariff=25', ...Array.from({ length: 12_000 }, (_, i) => `p${i}=1`)].join('&')
    const reading = parseScenarioQuery(query, ctx)
    expect(reading.scenario.tariffPct).toBe(25)
    expect(reading.ignored).toHaveLength(1)
    expect(reading.ignored[0]).toMatch(/^12,000 unknown parameters: “p0”, “p1”, “p2”, .*, “p11999”$/)
    render(<Notices place="page" />)
    act(() => showNotice(linkNotice(reading.ignored)))
    const alert = screen.getByRole('alert')
    expect(alert.textContent.length).toBeLessThan(600)
    expect(alert).toHaveTextContent(/^This link had values /)
    expect(alert).toHaveTextContent(/12,000 unknown parameters: “p0”, “p1”, “p2”/)
    expect(within(alert).getByRole('button', { name: 'Download the full report' })).toBeVisible()
  })
})
