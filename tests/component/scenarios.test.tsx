import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { baselineQuery } from '../../src/data/baselineQuery'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { ScenarioStoreProvider } from '../../src/store/ScenarioStoreContext'
import { ScenarioSession } from '../../src/scenarios/ScenarioSession'
import { SavedScenariosPanel } from '../../src/saved/SavedScenariosPanel'
import { Notices } from '../../src/scenarios/Notices'
import { ComparisonView } from '../../src/saved/ComparisonView'
import { TariffControl } from '../../src/controls/TariffControl'
import { PartnershipControl } from '../../src/controls/PartnershipControl'
import { KeyFigures } from '../../src/figures/KeyFigures'
import { createSavedScenariosStore } from '../../src/saved/savedScenariosStore'
import { useNoticeStore } from '../../src/store/noticeStore'
import { useCompareStore } from '../../src/saved/compareStore'
import { STORAGE_KEY } from '../../src/saved/savedData'
import { quote } from '../../src/saved/savedMessages'
import { storageNotice } from '../../src/saved/storageNotice'
import type { Scenario } from '../../src/model/scenario'
import { shippedBaseline } from '../unit/fixtures'
import { MemoryStorage } from '../unit/memoryStorage'
import { renderApp } from './renderApp'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const limits = scenarioLimits(baseline)

function renderScenarios(opts: { storage?: MemoryStorage; initial?: Scenario; linkProblems?: string[] } = {}) {
  const storage = opts.storage ?? new MemoryStorage()
  const client = new QueryClient()
  client.setQueryData(baselineQuery.queryKey, baseline)
  const header = document.createElement('div')
  document.body.appendChild(header)
  const savedStore = createSavedScenariosStore({ storage, report: () => {} })
  const view = render(
    <QueryClientProvider client={client}>
      <ScenarioStoreProvider published={published} limits={limits} initial={opts.initial}>
        <ScenarioSession
          published={published}
          limits={limits}
          linkProblems={opts.linkProblems ?? []}
          headerActions={header}
          savedStore={savedStore}
        >
          <TariffControl />
          <PartnershipControl />
          <KeyFigures />
          <SavedScenariosPanel messages={<Notices place="scenarios" />} />
          <ComparisonView />
        </ScenarioSession>
      </ScenarioStoreProvider>
    </QueryClientProvider>,
  )
  return { ...view, storage, savedStore, user: userEvent.setup() }
}

const figure = (name: RegExp) => within(screen.getByRole('group', { name })).getByText(/^[$¥]/)
const list = () => screen.getByRole('list', { name: 'Saved scenarios' })
const names = () =>
  within(list())
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.saved-name')?.textContent)
/** The list item of the saved scenario with exactly this name; its buttons are "Open", "Rename"… */
const item = (name: string) => {
  const li = within(list())
    .getAllByRole('listitem')
    .find((el) => el.querySelector('.saved-name')?.textContent === name)
  if (!li) throw new Error(`no saved scenario named ${name}`)
  return within(li)
}
const tariff = () => screen.getByRole('slider', { name: /tariff on japanese imports/i })

async function save(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: 'Save scenario' }))
  const box = screen.getByRole('textbox', { name: 'Scenario name' })
  await user.clear(box)
  await user.type(box, name)
  await user.click(screen.getByRole('button', { name: 'Save' }))
}

beforeEach(() => {
  useNoticeStore.getState().clear()
  useCompareStore.reset()
  window.history.replaceState(null, '', '/')
})

describe('saved scenarios, by role and name', () => {
  it('saves under a typed name; the Save button is the only "save" button while the form is open', async () => {
    const { user, storage } = renderScenarios()
    expect(names()).toEqual([])
    await user.click(screen.getByRole('button', { name: /25%/ }))
    await user.click(screen.getByRole('button', { name: 'Save scenario' }))
    expect(screen.getAllByRole('button', { name: /save/i })).toHaveLength(1)
    const box = screen.getByRole('textbox', { name: 'Scenario name' })
    expect(box).toHaveValue('Tariff 25% · no partnership · USD')
    await user.clear(box)
    await user.type(box, 'High tariff')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(names()).toEqual(['High tariff'])
    expect(screen.getByRole('status')).toHaveTextContent(`Saved ${quote('High tariff')}.`)
    expect(screen.queryByRole('textbox', { name: 'Scenario name' })).not.toBeInTheDocument()
    expect(storage.getItem(STORAGE_KEY)).toContain('High tariff')
  })

  it('refuses an empty name and says so', async () => {
    const { user } = renderScenarios()
    await user.click(screen.getByRole('button', { name: 'Save scenario' }))
    await user.clear(screen.getByRole('textbox', { name: 'Scenario name' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Type a name for the scenario.')
    expect(names()).toEqual([])
  })

  it('opens a saved scenario: each item has one "Open" button', async () => {
    const { user } = renderScenarios()
    await user.click(screen.getByRole('button', { name: /25%/ }))
    await save(user, 'High')
    await user.click(screen.getByRole('button', { name: /2\.5%/ }))
    await save(user, 'Low')
    expect(figure(/combined annual tariff cost/i)).toHaveTextContent('$0.00B')
    const high = within(list()).getAllByRole('listitem')[0]!
    expect(within(high).getAllByRole('button', { name: /open/i })).toHaveLength(1)
    await user.click(within(high).getByRole('button', { name: /open/i }))
    expect(figure(/combined annual tariff cost/i)).toHaveTextContent('$7.81B')
    expect(tariff()).toHaveAttribute('aria-valuenow', '25')
    expect(high).toHaveTextContent('on screen')
  })

  it('renames, duplicates, and deletes with a way back', async () => {
    const { user } = renderScenarios()
    await save(user, 'Base')
    await user.click(item('Base').getByRole('button', { name: 'Rename' }))
    const box = item('Base').getByRole('textbox', { name: 'New name' })
    expect(box).toHaveAccessibleDescription('Base')
    await user.clear(box)
    await user.type(box, 'Published settings{Enter}')
    expect(names()).toEqual(['Published settings'])
    await user.click(item('Published settings').getByRole('button', { name: 'Duplicate' }))
    expect(names()).toEqual(['Published settings', 'Published settings (copy)'])
    await user.click(item('Published settings').getByRole('button', { name: 'Delete' }))
    expect(names()).toEqual(['Published settings (copy)'])
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent(`Deleted ${quote('Published settings')}.`)
    // The scenario's Undo stays the only button named "Undo".
    expect(screen.getAllByRole('button', { name: /undo/i })).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Restore the deleted scenario' }))
    expect(names()).toEqual(['Published settings', 'Published settings (copy)'])
  })

  it('keeps user text out of button names, so "25%" and "Reset" stay unambiguous', async () => {
    const { user } = renderScenarios()
    await user.click(screen.getByRole('button', { name: /25%/ }))
    await user.click(screen.getByRole('button', { name: 'Save scenario' }))
    await user.click(screen.getByRole('button', { name: 'Save' })) // the suggested name: "Tariff 25% · no partnership · USD"
    await save(user, 'Reset plan')
    expect(names()).toEqual(['Tariff 25% · no partnership · USD', 'Reset plan'])
    expect(screen.getAllByRole('button', { name: /25%/ })).toHaveLength(1)
    expect(screen.queryAllByRole('button', { name: /reset/i })).toHaveLength(0)
    expect(item('Reset plan').getByRole('button', { name: /open/i })).toHaveAccessibleDescription('Reset plan')
  })

  it('Escape closes a rename without changing the name', async () => {
    const { user } = renderScenarios()
    await save(user, 'Keep me')
    await user.click(item('Keep me').getByRole('button', { name: 'Rename' }))
    await user.type(item('Keep me').getByRole('textbox', { name: 'New name' }), ' not{Escape}')
    expect(names()).toEqual(['Keep me'])
  })

  it('Compare shows a region "Comparison" with one column per scenario', async () => {
    const { user } = renderScenarios()
    await user.click(screen.getByRole('button', { name: /25%/ }))
    await save(user, 'High')
    await save(user, 'High again')
    expect(screen.getAllByRole('button', { name: /compare/i })).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Compare' }))
    const region = screen.getByRole('region', { name: 'Comparison' })
    const headers = within(region)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.trim())
    expect(headers).toEqual(['Figure', 'On screen', 'High', 'High again'])
    const row = within(region).getByRole('row', { name: /^nissan annual tariff cost/i })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$3.24B', '$3.24B', '$3.24B'])
  })
})

describe('undo and redo', () => {
  it('step through changes with the buttons and Ctrl+Z / Ctrl+Shift+Z', async () => {
    const { user } = renderScenarios()
    const undo = screen.getByRole('button', { name: 'Undo' })
    const redo = screen.getByRole('button', { name: 'Redo' })
    expect(undo).toBeDisabled()
    await user.click(screen.getByRole('button', { name: /25%/ }))
    await user.click(screen.getByRole('switch', { name: /shared software/i }))
    await user.click(undo)
    expect(screen.getByRole('switch', { name: /shared software/i })).not.toBeChecked()
    expect(tariff()).toHaveAttribute('aria-valuenow', '25')
    await user.keyboard('{Control>}z{/Control}')
    expect(tariff()).toHaveAttribute('aria-valuenow', '15')
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(tariff()).toHaveAttribute('aria-valuenow', '25')
    await user.click(redo)
    expect(screen.getByRole('switch', { name: /shared software/i })).toBeChecked()
    expect(redo).toBeDisabled()
  })

  it('opening a saved scenario is one step that Undo takes back', async () => {
    const { user } = renderScenarios()
    await user.click(screen.getByRole('button', { name: /25%/ }))
    await save(user, 'High')
    await user.click(screen.getByRole('button', { name: /2\.5%/ }))
    await user.click(item('High').getByRole('button', { name: 'Open' }))
    expect(tariff()).toHaveAttribute('aria-valuenow', '25')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(tariff()).toHaveAttribute('aria-valuenow', '2.5')
  })

  it('leaves Ctrl+Z to a text field while typing', async () => {
    const { user } = renderScenarios()
    await user.click(screen.getByRole('button', { name: /25%/ }))
    await user.click(screen.getByRole('button', { name: 'Save scenario' }))
    await user.type(screen.getByRole('textbox', { name: 'Scenario name' }), 'x{Control>}z{/Control}')
    expect(tariff()).toHaveAttribute('aria-valuenow', '25')
  })
})

describe('messages', () => {
  it('a link problem is an alert that names what was ignored, as text, and can be dismissed', async () => {
    const { user } = renderScenarios({ linkProblems: ['currency “<b>EUR</b>” is not USD or JPY (kept USD)'] })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('currency “<b>EUR</b>” is not USD or JPY (kept USD)')
    expect(alert.querySelector('b')).toBeNull()
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('the address bar follows the scenario', async () => {
    const { user } = renderScenarios()
    await user.click(screen.getByRole('button', { name: /25%/ }))
    await act(() => new Promise((r) => setTimeout(r, 300)))
    expect(window.location.search).toBe('?tariff=25')
  })
})

const seeded = (count: number, name = (i: number) => `Scenario ${i + 1}`) => {
  const storage = new MemoryStorage()
  const scenarios = Array.from({ length: count }, (_, i) => ({
    id: `id-${i}`,
    name: name(i),
    createdAt: i + 1,
    updatedAt: i + 1,
    scenario: { ...published, tariffPct: i % 2 ? 20 : 25 },
  }))
  storage.setItem(STORAGE_KEY, JSON.stringify({ state: { scenarios, deleted: {} }, version: 1 }))
  return storage
}

describe('messages about the Scenarios panel’s actions show in the panel, where the user acted', () => {
  const panel = () => within(screen.getByRole('region', { name: 'Scenarios' }))

  it('after Delete: the message and its Restore are in the panel, and Dismiss leaves focus there', async () => {
    const { user } = renderScenarios({ storage: seeded(2) })
    await user.click(item('Scenario 1').getByRole('button', { name: 'Delete' }))
    expect(panel().getByRole('status')).toHaveTextContent(`Deleted ${quote('Scenario 1')}.`)
    await user.click(panel().getByRole('button', { name: 'Restore the deleted scenario' }))
    expect(names()).toEqual(['Scenario 1', 'Scenario 2'])
    expect(panel().getByRole('status')).toHaveTextContent(`Restored ${quote('Scenario 1')}.`)
    // Dismissed, its message leaves focus in the panel, not at the top of the page.
    await user.click(panel().getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(screen.getByRole('region', { name: 'Scenarios' })).toHaveFocus())
  })

  it('after a failed import: the alert is in the panel', async () => {
    const { user } = renderScenarios()
    const broken = new File(['{"format": "honda'], 'broken.json', { type: 'application/json' })
    await user.upload(screen.getByLabelText('Scenarios file to import'), broken)
    const alert = await panel().findByRole('alert')
    expect(alert).toHaveTextContent(`${quote('broken.json')} was not imported:`)
    expect(alert).toHaveTextContent('Your saved scenarios are unchanged.')
  })

  it('after Save: the confirmation is in the panel', async () => {
    const { user } = renderScenarios()
    await save(user, 'Base')
    expect(panel().getByRole('status')).toHaveTextContent(`Saved ${quote('Base')}.`)
  })

  it('on the whole page too, while a message about the link stays at the top', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?currency=EUR')
    renderApp()
    await user.click(await screen.findByRole('button', { name: 'Save scenario' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(panel().getByRole('status')).toHaveTextContent('Saved')
    const linkAlert = screen.getByRole('alert')
    expect(linkAlert).toHaveTextContent('currency “EUR” is not USD or JPY')
    expect(screen.getByRole('region', { name: 'Scenarios' })).not.toContainElement(linkAlert)
  })
})

describe('issue 11: deleting, names, long lists', () => {
  it('a double click on Delete deletes one scenario, and every deletion can be restored at once', async () => {
    const { user } = renderScenarios({ storage: seeded(4) })
    await user.dblClick(item('Scenario 1').getByRole('button', { name: 'Delete' }))
    expect(names()).toEqual(['Scenario 2', 'Scenario 3', 'Scenario 4'])
    await new Promise((r) => setTimeout(r, 600))
    await user.click(item('Scenario 3').getByRole('button', { name: 'Delete' }))
    expect(names()).toEqual(['Scenario 2', 'Scenario 4'])
    expect(screen.getByRole('status')).toHaveTextContent(`Deleted ${quote('Scenario 1')} and ${quote('Scenario 3')}.`)
    await user.click(screen.getByRole('button', { name: 'Restore 2 deleted scenarios' }))
    expect(names()).toEqual(['Scenario 1', 'Scenario 2', 'Scenario 3', 'Scenario 4'])
    expect(screen.getByRole('status')).toHaveTextContent(`Restored ${quote('Scenario 1')} and ${quote('Scenario 3')}.`)
  })

  it('a Restore the browser refuses keeps its button until it works (storage full)', async () => {
    const storage = seeded(2)
    const { user } = renderScenarios({ storage })
    await user.click(item('Scenario 1').getByRole('button', { name: 'Delete' }))
    storage.failAllWrites = true
    await user.click(screen.getByRole('button', { name: 'Restore the deleted scenario' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      `${quote('Scenario 1')} could not be saved: the browser’s storage for this site is full.`,
    )
    expect(names()).toEqual(['Scenario 2'])
    storage.failAllWrites = false
    await user.click(screen.getByRole('button', { name: 'Restore the deleted scenario' }))
    expect(names()).toEqual(['Scenario 1', 'Scenario 2'])
  })

  it('says what happened to a name: shortened, spaces removed, numbered, only when it happened', async () => {
    const { user } = renderScenarios()
    await save(user, 'Base')
    await save(user, `  Base  `)
    const status = () => screen.getAllByRole('status').at(-1)!
    expect(status()).toHaveTextContent(`Saved ${quote('Base (2)')}.`)
    expect(status()).toHaveTextContent('Extra spaces were removed from the name.')
    expect(status()).toHaveTextContent(`That name is taken, so it was saved as ${quote('Base (2)')}.`)
    await save(user, 'L'.repeat(90))
    expect(status()).toHaveTextContent('The name was shortened to 80 characters.')
    expect(status()).not.toHaveTextContent('taken')
    await save(user, '\u200b\u200b')
    expect(screen.getByRole('alert')).toHaveTextContent('That name has nothing visible in it.')
  })

  it('a rename to blank says so and keeps the name; a rename to a taken name says it added a number', async () => {
    const { user } = renderScenarios({ storage: seeded(2) })
    await user.click(item('Scenario 1').getByRole('button', { name: 'Rename' }))
    await user.clear(item('Scenario 1').getByRole('textbox', { name: 'New name' }))
    await user.keyboard('{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(`Type a name for the scenario. The name is still ${quote('Scenario 1')}.`)
    await user.type(item('Scenario 1').getByRole('textbox', { name: 'New name' }), 'scenario 2{Enter}')
    expect(names()).toEqual(['scenario 2 (2)', 'Scenario 2'])
    expect(screen.getByRole('status')).toHaveTextContent(`That name is taken, so it was saved as ${quote('scenario 2 (2)')}.`)
  })

  it('a long list shows 50 at a time, and the slider does not re-render the items', async () => {
    const { user } = renderScenarios({ storage: seeded(120) })
    expect(names()).toHaveLength(50)
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }))
    expect(names()).toHaveLength(100)
    expect(screen.getByRole('button', { name: 'Show 20 more' })).toBeInTheDocument()
    // On screen: the published scenario at 25% is every other saved one; the first match is marked.
    await user.click(screen.getByRole('button', { name: /25%/ }))
    expect(within(list()).getAllByText('· on screen')).toHaveLength(1)
    expect(item('Scenario 1').getByText('· on screen')).toBeInTheDocument()
  })
})

describe('issue 11: storage full with unreadable data kept aside', () => {
  it('the failed save offers to download and remove the copy kept aside; then saving works without a reload', async () => {
    const storage = seeded(1)
    const raw = JSON.stringify({ state: { scenarios: [{ id: 'x', name: 'Broken', scenario: 'n'.repeat(1000) }], deleted: {} }, version: 1 })
    storage.setItem(STORAGE_KEY, raw)
    const { user } = renderScenarios({ storage })
    const aside = storage.keys().filter((k) => k.includes(':unreadable:'))
    expect(aside.map((k) => storage.getItem(k))).toEqual([raw])
    // Room for the list or for the copy kept aside, not for both.
    storage.quota = raw.length + 50
    await save(user, 'Too big for what is left')
    expect(screen.getByRole('alert')).toHaveTextContent('could not be saved: the browser’s storage for this site is full.')
    const urls = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
    URL.createObjectURL = () => 'blob:test'
    URL.revokeObjectURL = () => {}
    try {
      await user.click(screen.getByRole('button', { name: 'Download and remove the unreadable data kept aside' }))
    } finally {
      Object.assign(URL, { createObjectURL: urls.create, revokeObjectURL: urls.revoke })
    }
    expect(storage.keys().filter((k) => k.includes(':unreadable:'))).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(names()).toEqual(['Too big for what is left'])
  })
})

describe('issue 11: imports say what they changed', () => {
  it('names each value brought into range, and a malformed exportedAt as exportedAt', async () => {
    const { user } = renderScenarios()
    const scenario = { ...published, tariffPct: 99, startYear: 1999, assumptions: { ...published.assumptions, fxJpyPerUsd: 5 } }
    const text = JSON.stringify({
      format: 'honda-nissan-tariff-scenarios',
      schemaVersion: 1,
      exportedAt: 'last week',
      scenarios: [{ name: 'Odd', scenario }],
    })
    await user.upload(screen.getByLabelText('Scenarios file to import'), new File([text], 'odd.json', { type: 'application/json' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`Imported 1 scenario from ${quote('odd.json')}. 3 values brought into range.`)
    expect(alert).toHaveTextContent(`Adjusted into range: ${quote('Odd')}: tariff 99% is outside 0%–50% (used 50%).`)
    expect(alert).toHaveTextContent('partnership start year 1999 is outside 2026–2030 (used 2026)')
    expect(alert).toHaveTextContent(/exchange rate .*5.* is outside/)
    expect(alert).toHaveTextContent('Note: its "exportedAt" "last week" is not a date (ignored).')
    expect(names()).toEqual(['Odd'])
  })
})

describe('issue 11: messages about stored data say the right thing', () => {
  const base = { raw: '{}', asideKey: 'k' }
  it('counts in the title, one short line per problem, and "none" when none could be read', () => {
    const none = storageNotice({
      kind: 'unreadable',
      problems: ['#1: it is not a scenario', '#2: it is not a scenario'],
      entryCount: 2,
      readableCount: 0,
      ...base,
    })
    expect(none.title).toBe('None of your 2 saved scenarios could be read. The dashboard opened with an empty list.')
    expect(none.title).not.toMatch(/others are in the list/)
    expect(none.items).toHaveLength(3)
    const some = storageNotice({
      kind: 'partial',
      problems: Array.from({ length: 1000 }, (_, i) => `#${i + 2}: it is not a scenario`),
      entryCount: 1001,
      readableCount: 1,
      ...base,
    })
    expect(some.title).toBe('1,000 of 1,001 saved scenarios could not be read. The other one is in the list.')
    expect(Math.max(...some.items!.map((l) => l.length))).toBeLessThan(200)
  })
})

describe('issue 11: a long list still shows what was just saved', () => {
  it('a scenario saved beyond the first page appears at the end of the list', async () => {
    const { user } = renderScenarios({ storage: seeded(60) })
    await save(user, 'Just now')
    expect(names()).toHaveLength(51)
    expect(names().at(-1)).toBe('Just now')
  })
})
