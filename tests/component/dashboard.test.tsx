import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp, figureValue } from './renderApp'
import { catchDownloads } from './downloads'
import { formatMoney } from '../../src/format/format'
import { useUiStore } from '../../src/store/uiStore'

const usd = (x: number) => formatMoney(x, 'USD', 151.57)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('dashboard, as a user drives it', () => {
  it('shows the published figures at the published settings', async () => {
    renderApp()
    await screen.findByRole('slider', { name: /tariff on japanese imports/i })
    expect(figureValue(/nissan annual tariff cost/i)).toBe(usd(1.8e9))
    expect(figureValue(/honda annual tariff cost/i)).toBe('$2.54B')
    expect(figureValue(/combined annual tariff cost/i)).toBe('$4.34B')
    expect(figureValue(/partnership savings/i)).toBe('$0.00B')
  })

  it("downloads a chart's CSV as it is on screen after the tariff moved, not as first drawn", async () => {
    // The toolbar keeps one csv function for the frame's life (#7): it must call the latest.
    const user = userEvent.setup()
    const files = catchDownloads()
    renderApp()
    const figure = await screen.findByRole('figure', { name: /what matters most/i })
    const tariffRow = async () => {
      await user.click(within(figure).getByRole('button', { name: /download csv/i }))
      const text = await files[files.length - 1]!.text()
      return text.split('\r\n').find((line) => line.startsWith('US tariff,'))
    }
    expect(await tariffRow()).toMatch(/^US tariff,%,15,/)
    await user.click(screen.getByRole('button', { name: /25%/ }))
    expect(await tariffRow()).toMatch(/^US tariff,%,25,/)
  })

  it('keeps every text current through a held-key gesture, back to where it started, and after it ends', async () => {
    // Mid-gesture the texts are written outside React's render (store/liveText): React and the
    // page must agree again at rest, also when the gesture ends where it began.
    renderApp()
    const slider = await screen.findByRole('slider', { name: /tariff on japanese imports/i })
    await screen.findByRole('figure', { name: /tariff cost by company/i }, { timeout: 5000 })
    const caption = () => document.querySelector('figure[data-chart-slug="tariff-cost-by-company"] .chart-scenario')!.textContent
    const summary = () => document.querySelector('.scenario-summary .answer-text')!.textContent
    const atStart = { figure: figureValue(/combined annual tariff cost/i), caption: caption(), summary: summary() }
    expect(atStart.figure).toBe('$4.34B')
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(slider).toHaveAttribute('aria-valuenow', '16')
    expect(figureValue(/combined annual tariff cost/i)).toBe(usd((4.34e9 * 13.5) / 12.5))
    expect(caption()).toMatch(/^Tariff 16% ·/)
    expect(summary()).toMatch(/16%/)
    fireEvent.keyDown(slider, { key: 'ArrowLeft' })
    fireEvent.keyDown(slider, { key: 'ArrowLeft' })
    expect({ figure: figureValue(/combined annual tariff cost/i), caption: caption(), summary: summary() }).toEqual(atStart)
    fireEvent.keyUp(slider, { key: 'ArrowLeft' })
    await waitFor(() => expect(useUiStore.getState().isAdjusting).toBe(false))
    expect({ figure: figureValue(/combined annual tariff cost/i), caption: caption(), summary: summary() }).toEqual(atStart)
    // A gesture that ends elsewhere: the texts at rest are the new scenario's.
    fireEvent.keyDown(slider, { key: 'PageUp' })
    fireEvent.keyUp(slider, { key: 'PageUp' })
    await waitFor(() => expect(useUiStore.getState().isAdjusting).toBe(false))
    expect(figureValue(/combined annual tariff cost/i)).toBe('$6.08B')
    expect(caption()).toMatch(/^Tariff 20% ·/)
  })

  it('takes a change made just after a gesture, while it is still settling: yen at once and at rest', async () => {
    // The gesture is "on" for 400 ms after the last key: a change then is written by the store's
    // listeners, and React renders the same when the gesture ends.
    renderApp()
    const slider = await screen.findByRole('slider', { name: /tariff on japanese imports/i })
    await screen.findByRole('figure', { name: /tariff cost by company/i }, { timeout: 5000 })
    const caption = () => document.querySelector('figure[data-chart-slug="tariff-cost-by-company"] .chart-scenario')!.textContent
    fireEvent.keyDown(slider, { key: 'PageUp' })
    fireEvent.keyUp(slider, { key: 'PageUp' })
    expect(useUiStore.getState().isAdjusting).toBe(true)
    fireEvent.click(screen.getByRole('radio', { name: 'JPY' }))
    expect(figureValue(/combined annual tariff cost/i)).toMatch(/^¥/)
    expect(caption()).toMatch(/^Tariff 20% · no partnership · JPY/)
    const during = figureValue(/combined annual tariff cost/i)
    await waitFor(() => expect(useUiStore.getState().isAdjusting).toBe(false))
    expect(figureValue(/combined annual tariff cost/i)).toBe(during)
    expect(caption()).toMatch(/^Tariff 20% · no partnership · JPY/)
  })

  it('follows the tariff presets and the slider keys of the contract', async () => {
    const user = userEvent.setup()
    renderApp()
    const slider = await screen.findByRole('slider', { name: /tariff on japanese imports/i })
    await user.click(screen.getByRole('button', { name: /25%/ }))
    expect(slider).toHaveAttribute('aria-valuenow', '25')
    expect(slider).toHaveAttribute('aria-valuetext', '25%')
    expect(figureValue(/combined annual tariff cost/i)).toBe('$7.81B')
    fireEvent.keyDown(slider, { key: 'PageUp' })
    expect(slider).toHaveAttribute('aria-valuenow', '30')
    fireEvent.keyDown(slider, { key: 'ArrowLeft' })
    expect(slider).toHaveAttribute('aria-valuenow', '29.5')
    fireEvent.keyDown(slider, { key: 'End' })
    expect(slider).toHaveAttribute('aria-valuenow', '50')
    fireEvent.keyDown(slider, { key: 'PageUp' })
    expect(slider).toHaveAttribute('aria-valuenow', '50')
    fireEvent.keyDown(slider, { key: 'Home' })
    expect(figureValue(/combined annual tariff cost/i)).toBe('$0.00B')
    await user.click(screen.getByRole('button', { name: /2\.5%/ }))
    expect(slider).toHaveAttribute('aria-valuenow', '2.5')
  })

  it('switches currency for every figure', async () => {
    const user = userEvent.setup()
    renderApp()
    const group = await screen.findByRole('radiogroup', { name: /currency/i })
    await user.click(within(group).getByRole('radio', { name: 'JPY' }))
    expect(figureValue(/honda annual tariff cost/i)).toBe('¥385B')
    expect(figureValue(/nissan annual tariff cost/i)).toBe('¥273B')
    // No partnership chosen: nothing saved, printed as yen print it, not "¥0.00B".
    expect(figureValue(/partnership savings/i)).toBe('¥0B')
    // From a thousand billion yen the digits are grouped, as the exported deck groups them.
    await user.click(screen.getByRole('button', { name: /25%/ }))
    expect(figureValue(/combined annual tariff cost/i)).toBe('¥1,184B')
  })

  it('counts partnership savings for the chosen options and resets to the published settings', async () => {
    const user = userEvent.setup()
    renderApp()
    await user.click(await screen.findByRole('switch', { name: /shared drivetrains/i }))
    expect(figureValue(/partnership savings/i)).toBe('$0.43B')
    await user.click(screen.getByRole('switch', { name: /co-developed platforms/i }))
    // 1 − 0.9 × 0.85 = 23.5% of $4.34B.
    expect(figureValue(/partnership savings/i)).toBe('$1.02B')
    await user.selectOptions(screen.getByRole('combobox', { name: /partnership start year/i }), '2030')
    expect(screen.getByRole('combobox', { name: /partnership start year/i })).toHaveValue('2030')
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    expect(figureValue(/partnership savings/i)).toBe('$0.00B')
    expect(screen.getByRole('switch', { name: /shared drivetrains/i })).not.toBeChecked()
    expect(screen.getByRole('combobox', { name: /partnership start year/i })).toHaveValue('2027')
  })

  it('lets the user change an assumption, shows its default, and restores it', async () => {
    const user = userEvent.setup()
    renderApp()
    const passThrough = await screen.findByRole('slider', { name: /passed on to buyers/i })
    fireEvent.change(passThrough, { target: { value: '50' } })
    expect(figureValue(/combined annual tariff cost/i)).toBe('$2.17B')
    await user.click(screen.getByRole('button', { name: /use the default for share of the tariff passed on/i }))
    expect(figureValue(/combined annual tariff cost/i)).toBe('$4.34B')
  })

  it('refuses an out-of-range exchange rate with a message and keeps the rate', async () => {
    const user = userEvent.setup()
    renderApp()
    const fx = await screen.findByRole('spinbutton', { name: /exchange rate, exact/i })
    await user.clear(fx)
    await user.type(fx, '9999{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(/not a rate between 100 and 200/)
    expect(fx).toHaveValue(151.57)
    await user.clear(fx)
    await user.type(fx, '140{Enter}')
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(screen.getByRole('radio', { name: 'JPY' }))
    // $2.54B × 140 = ¥355.6B
    expect(figureValue(/honda annual tariff cost/i)).toBe('¥356B')
  })

  it('draws four charts, each a named figure with a CSV button, caption and source', async () => {
    renderApp()
    for (const name of [/tariff cost by company/i, /tariff sensitivity/i, /cost over time/i, /plant footprint/i]) {
      // The chart grid is a lazy chunk: on a cold, busy machine it takes more than findBy's 1 s.
      const figure = await screen.findByRole('figure', { name }, { timeout: 5000 })
      expect(within(figure).getByRole('button', { name: /csv/i })).toBeInTheDocument()
      expect(figure).toHaveTextContent(/Tariff 15% · no partnership · USD/)
      expect(figure).toHaveTextContent(/Source: company estimates as reported, November 2025/)
    }
  })

  it('never shows the article’s $54.2 billion typo as a figure', async () => {
    renderApp()
    await screen.findByRole('figure', { name: /plant footprint/i })
    expect(document.body.textContent).not.toMatch(/54\.2/)
    expect(screen.getByText(/contains a typo/)).toBeInTheDocument()
  })
})
