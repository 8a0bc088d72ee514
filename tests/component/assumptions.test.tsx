import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppProviders } from './providers'
import { AssumptionsPanel } from '../../src/panels/AssumptionsPanel'

function renderPanel() {
  const user = userEvent.setup()
  render(
    <AppProviders>
      <AssumptionsPanel />
    </AppProviders>,
  )
  const field = screen.getByRole('spinbutton', { name: 'Exchange rate, exact (¥ per $)' })
  return { user, field }
}

describe('the exact exchange rate (Assumptions)', () => {
  it('cleared and left, asks for a rate instead of quoting an empty value', async () => {
    const { user, field } = renderPanel()
    await user.clear(field)
    await user.tab()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Enter a rate between 100 and 200 yen per dollar; the rate stays at 151.57.')
    expect(alert).not.toHaveTextContent('“”')
    expect(field).toHaveValue(151.57)
    expect(field).toHaveAccessibleDescription(alert.textContent)
  })

  it('with letters typed (a number field reports them as empty), asks for a rate on Enter', async () => {
    const { user, field } = renderPanel()
    await user.clear(field)
    await user.type(field, 'abc{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a rate between 100 and 200 yen per dollar; the rate stays at 151.57.')
    expect(field).toHaveValue(151.57)
  })

  it('out of range, keeps quoting the number typed', async () => {
    const { user, field } = renderPanel()
    await user.clear(field)
    await user.type(field, '250')
    await user.tab()
    expect(screen.getByRole('alert')).toHaveTextContent('“250” is not a rate between 100 and 200 yen per dollar; the rate stays at 151.57.')
    expect(field).toHaveValue(151.57)
  })

  it('a rate in range is used and clears the message', async () => {
    const { user, field } = renderPanel()
    await user.clear(field)
    await user.tab()
    expect(screen.getByRole('alert')).toBeInTheDocument()
    await user.clear(field)
    await user.type(field, '148.5{Enter}')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(field).toHaveValue(148.5)
    expect(screen.getByRole('slider', { name: 'Exchange rate (yen per dollar)' })).toHaveAttribute('aria-valuenow', '148.5')
  })
})
