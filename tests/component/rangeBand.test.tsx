import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from './renderApp'
import { useRangeStore } from '../../src/charts/rangeBand'

const RANGE = 'Range with the stated assumption ranges'

beforeEach(() => {
  useRangeStore.setState({ hidden: {} })
})

describe.each(['Cost over time', 'Tariff sensitivity'])('the range band of “%s”', (title) => {
  it('is listed in the legend and stated in the caption, and “Show ranges” hides it', async () => {
    const user = userEvent.setup()
    renderApp()
    const figure = await screen.findByRole('figure', { name: title }, { timeout: 5000 })
    const legend = within(figure).getByRole('list', { name: 'Legend' })
    const toggle = within(figure).getByRole('checkbox', { name: /show ranges/i })
    expect(toggle).toBeChecked()
    expect(within(legend).getByText(RANGE)).toBeInTheDocument()
    expect(figure).toHaveTextContent('low end: all of the tariff passed on to buyers')
    await user.click(toggle)
    expect(toggle).not.toBeChecked()
    expect(within(figure).getByRole('list', { name: 'Legend' })).not.toHaveTextContent(RANGE)
    expect(figure).not.toHaveTextContent('shaded band')
    // A view setting, per chart: the other chart keeps its band.
    const other = await screen.findByRole(
      'figure',
      { name: title === 'Cost over time' ? 'Tariff sensitivity' : 'Cost over time' },
      { timeout: 5000 },
    )
    expect(within(other).getByRole('checkbox', { name: /show ranges/i })).toBeChecked()
    expect(within(other).getByRole('list', { name: 'Legend' })).toHaveTextContent(RANGE)
    await user.click(toggle)
    expect(within(figure).getByRole('list', { name: 'Legend' })).toHaveTextContent(RANGE)
  })

  it('is not part of the scenario: hiding it leaves the link as it was', async () => {
    const user = userEvent.setup()
    renderApp()
    const figure = await screen.findByRole('figure', { name: title }, { timeout: 5000 })
    const before = window.location.href
    await user.click(within(figure).getByRole('checkbox', { name: /show ranges/i }))
    expect(window.location.href).toBe(before)
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled()
  })
})
