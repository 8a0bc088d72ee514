import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { RootErrorBoundary } from '../../src/app/RootErrorBoundary'
import { PanelErrorBoundary } from '../../src/ui/PanelErrorBoundary'

function Broken(): never {
  throw new Error('state.partnership is undefined')
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('error boundaries', () => {
  it('an error outside every panel shows a page with Reload and Copy error details, not a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const user = userEvent.setup()
    const writeText = vi.fn(async (_: string) => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    render(
      <RootErrorBoundary>
        <header>
          <Broken />
        </header>
      </RootErrorBoundary>,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/stopped working/i)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('state.partnership is undefined')
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: /copy error details/i }))
    expect(writeText).toHaveBeenCalledOnce()
    const copied = writeText.mock.calls[0]![0]
    expect(copied).toContain('Error: state.partnership is undefined')
    expect(copied).toContain('Broken')
    expect(await within(alert).findByRole('status')).toHaveTextContent(/copied/i)
  })

  it('shows the details to select by hand when the clipboard is refused', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const user = userEvent.setup()
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true })
    render(
      <PanelErrorBoundary what="The key figures">
        <Broken />
      </PanelErrorBoundary>,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(/the key figures could not be drawn/i)
    for (const name of [/try again/i, /^reload$/i]) expect(within(alert).getByRole('button', { name })).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: /copy error details/i }))
    const box = await within(alert).findByRole('textbox', { name: /error details/i })
    expect((box as HTMLTextAreaElement).value).toContain('Error: state.partnership is undefined')
  })
})
