import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ChartGrid from '../../src/charts/ChartGrid'
import { AppProviders } from './providers'
import { exportSettings } from '../../src/charts/exportSettings'

const TITLES = [/tariff cost by company/i, /tariff sensitivity/i, /cost over time/i, /plant footprint/i]

function renderCharts() {
  return render(
    <AppProviders>
      <ChartGrid />
    </AppProviders>,
  )
}

describe('chart export controls', () => {
  it('gives every chart exactly one PNG, one SVG, one Copy image and one CSV button', () => {
    renderCharts()
    for (const title of TITLES) {
      const figure = screen.getByRole('figure', { name: title })
      // getByRole throws on none and on several: each name is unique within its chart.
      for (const name of [/png/i, /svg/i, /copy image/i, /csv/i]) expect(within(figure).getByRole('button', { name })).toBeVisible()
    }
  })

  it('offers a 16:9 slide (default) or the chart size at 1×, 2× or 3×, one setting for every chart', async () => {
    const user = userEvent.setup()
    renderCharts()
    const first = screen.getByRole('figure', { name: TITLES[0] })
    const size = within(first).getByRole('combobox', { name: /image size/i })
    const scale = within(first).getByRole('combobox', { name: /resolution/i })
    expect(size).toHaveValue('slide')
    expect(scale).toHaveValue('2')
    expect(within(first).getByText('PNG: 1920 × 1080 px')).toBeInTheDocument()
    await user.selectOptions(scale, '3')
    expect(within(first).getByText('PNG: 2880 × 1620 px')).toBeInTheDocument()
    await user.selectOptions(size, 'chart')
    expect(within(first).getByText(/PNG: 3× the chart’s size on screen/)).toBeInTheDocument()
    const other = screen.getByRole('figure', { name: TITLES[3] })
    expect(within(other).getByRole('combobox', { name: /image size/i })).toHaveValue('chart')
    await user.selectOptions(size, 'slide')
    await user.selectOptions(scale, '2')
  })

  it('exports in the light style by default, or as on screen when chosen', async () => {
    const user = userEvent.setup()
    renderCharts()
    const first = screen.getByRole('figure', { name: TITLES[0] })
    const theme = within(first).getByRole('combobox', { name: /theme/i })
    expect(theme).toHaveValue('light')
    await user.selectOptions(theme, 'screen')
    expect(exportSettings.getState().theme).toBe('screen')
    await user.selectOptions(theme, 'light')
  })

  it('says so in a status message when the browser cannot copy images, and offers the file', async () => {
    const user = userEvent.setup()
    renderCharts()
    const figure = screen.getByRole('figure', { name: TITLES[1] })
    // jsdom has no ClipboardItem, like a browser without image clipboard support.
    await user.click(within(figure).getByRole('button', { name: /copy image/i }))
    const status = within(figure).getByRole('status')
    expect(status).toHaveTextContent(/does not let the page put an image on the clipboard/)
    expect(within(status).getByRole('button', { name: /save as a file instead/i })).toBeVisible()
  })
})
