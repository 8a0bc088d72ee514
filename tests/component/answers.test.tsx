import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from './renderApp'
import { formatMoney, formatPct, formatPctApprox } from '../../src/format/format'
import { exposedImports, publishedScenario } from '../../src/data/publishedScenario'
import { scenarioSummary } from '../../src/format/scenarioSummary'
import { shippedBaseline } from '../unit/fixtures'

const usd = (x: number) => formatMoney(x, 'USD', 151.57)
const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const both = { ...published, tariffPct: 25, partnership: { software: false, drivetrains: true, platforms: true } }

async function chooseTwentyFiveWithBothOptions() {
  const user = userEvent.setup()
  renderApp()
  await user.click(await screen.findByRole('button', { name: /25%/ }))
  await user.click(screen.getByRole('switch', { name: /shared drivetrains/i }))
  await user.click(screen.getByRole('switch', { name: /co-developed platforms/i }))
  return user
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('break-even, as a user reads and applies it', () => {
  it('states the break-even tariff and the share to move, with the app’s formatter', async () => {
    await chooseTwentyFiveWithBothOptions()
    const region = screen.getByRole('region', { name: /break-even/i })
    // 2.5% + 12.5% ÷ (1 − 0.235); 1 − 12.5 ÷ 22.5.
    expect(region).toHaveTextContent(`up to a tariff of ${formatPctApprox(2.5 + 12.5 / 0.765)}`)
    expect(region).toHaveTextContent(`(${formatPctApprox(23.5)} of exposed value moved)`)
    expect(region).toHaveTextContent(
      `To hold today’s cost at ${formatPct(25)}, ${formatPctApprox(100 * (1 - 12.5 / 22.5))} of the tariff-exposed import value must move`,
    )
    expect(region).toHaveTextContent(`today’s ${usd(4.34e9)}`)
    expect(region).toHaveTextContent('at most 70% at the top of their ranges')
  })

  it('Apply raises both effects in one step and says what it did', async () => {
    const user = await chooseTwentyFiveWithBothOptions()
    const region = screen.getByRole('region', { name: /break-even/i })
    await user.click(within(region).getByRole('button', { name: 'Apply' }))
    expect(screen.getByRole('slider', { name: /shared drivetrains: share/i })).toHaveAttribute('aria-valuenow', '22')
    expect(screen.getByRole('slider', { name: /co-developed platforms: share/i })).toHaveAttribute('aria-valuenow', '29')
    expect(within(region).getByRole('status')).toHaveTextContent(
      'Set shared drivetrains to 22% and co-developed platforms to 29% of exposed value: 44.6% moved at full ramp',
    )
    expect(region).toHaveTextContent('up to a tariff of 25.1%')
    expect(within(region).getByRole('button', { name: 'Apply' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('slider', { name: /shared drivetrains: share/i })).toHaveAttribute('aria-valuenow', '10')
    expect(screen.getByRole('slider', { name: /co-developed platforms: share/i })).toHaveAttribute('aria-valuenow', '15')
  })

  it('says when the options cannot reach it, and sets them to the top of their ranges', async () => {
    const user = userEvent.setup()
    renderApp()
    await user.click(await screen.findByRole('button', { name: /25%/ }))
    const region = screen.getByRole('region', { name: /break-even/i })
    expect(region).toHaveTextContent('could move at most 70% with both options at the top of their ranges')
    expect(within(region).getByRole('button', { name: 'Apply' })).toBeDisabled()
    await user.click(screen.getByRole('switch', { name: /shared drivetrains/i }))
    expect(region).toHaveTextContent(
      'cannot reach it within their stated ranges: at most 40%; both options at the top of their ranges move at most 70%',
    )
    await user.click(within(region).getByRole('button', { name: 'Apply' }))
    expect(screen.getByRole('slider', { name: /shared drivetrains: share/i })).toHaveAttribute('aria-valuenow', '40')
    expect(within(region).getByRole('status')).toHaveTextContent('still short of the 44.4% needed at 25%')
  })
})

describe('methodology', () => {
  it('shows the break-even arithmetic with the numbers in use and what the estimates cover', async () => {
    await chooseTwentyFiveWithBothOptions()
    const method = screen.getByRole('region', { name: /methodology/i })
    expect(method).toHaveTextContent('now s = 1 − (1 − 10%)(1 − 15%) = 23.5%')
    expect(method).toHaveTextContent('2.5% + 12.5% ÷ (1 − s) = 2.5% + 12.5% ÷ 0.765 = 18.8%')
    expect(method).toHaveTextContent('at 25%, 1 − 12.5 ÷ 22.5 = 44.4%')
    expect(method).toHaveTextContent('1 − (1 − 40%)(1 − 50%) = 70% with both at the top of their ranges')
    expect(method).toHaveTextContent('mostly finished vehicles built in Canada and Mexico')
    expect(method).toHaveTextContent('scales each company’s whole published estimate by (t − 2.5%) ÷ (15% − 2.5%)')
  })
})

describe('scenario summary', () => {
  it('states the scenario from the model, and copies it', async () => {
    const user = await chooseTwentyFiveWithBothOptions()
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
    const region = screen.getByRole('region', { name: /scenario summary/i })
    const expected = scenarioSummary(both, exposedImports(baseline), 15)
    expect(region).toHaveTextContent(expected)
    await user.click(within(region).getByRole('button', { name: 'Copy summary' }))
    expect(writeText).toHaveBeenCalledWith(expected)
    expect(within(region).getByRole('status')).toHaveTextContent('Copied the summary')
  })

  it('selects the text and says so when the clipboard is refused', async () => {
    const user = userEvent.setup()
    renderApp()
    const region = await screen.findByRole('region', { name: /scenario summary/i })
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
    })
    await user.click(within(region).getByRole('button', { name: 'Copy summary' }))
    expect(within(region).getByRole('status')).toHaveTextContent('The summary is selected: press Ctrl+C')
    expect(window.getSelection()?.toString()).toContain("At today's 15% tariff")
  })
})

describe('key figure ranges and the tornado', () => {
  it('shows each key figure’s range over the stated assumption ranges', async () => {
    await chooseTwentyFiveWithBothOptions()
    const combined = screen.getByRole('group', { name: /combined annual tariff cost/i }).parentElement!
    expect(combined).toHaveTextContent(`range ${usd(0)}–${usd(7.812e9)} with the stated assumption ranges`)
    const saving = screen.getByRole('group', { name: /partnership savings/i }).parentElement!
    expect(saving).toHaveTextContent(`range ${usd(0)}–${usd(7.812e9 * 0.7)} with the stated assumption ranges`)
  })

  it('draws "What matters most" with CSV and names the inputs it leaves out', async () => {
    renderApp()
    const figure = await screen.findByRole('figure', { name: /what matters most/i })
    expect(within(figure).getByRole('button', { name: /csv/i })).toBeInTheDocument()
    expect(within(figure).getByRole('combobox', { name: /year explained/i })).toHaveValue('full')
    expect(figure).toHaveTextContent(
      'Not drawn, because they do not change this figure: shared software’s saving and ramp (they save development cost, not tariff)',
    )
    expect(figure).toHaveTextContent('import value per vehicle (it only turns value moved into vehicles)')
  })
})
