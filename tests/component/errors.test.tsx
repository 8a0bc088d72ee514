import { describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from '../../src/app/App'
import { ChartFrame } from '../../src/charts/ChartFrame'
import { ScenarioStoreProvider } from '../../src/store/ScenarioStoreContext'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { shippedBaseline } from '../unit/fixtures'

function Broken(): never {
  throw new Error('scale is undefined')
}

describe('error states', () => {
  it('a chart that throws shows a message in its place; the frame and the rest still work', async () => {
    const user = userEvent.setup()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const b = shippedBaseline()
    render(
      <ScenarioStoreProvider published={publishedScenario(b)} limits={scenarioLimits(b)}>
        <ChartFrame title="Broken chart" slug="comparison-broken" description="d" csv={() => ({ columns: ['a'], rows: [[1]] })}>
          <Broken />
        </ChartFrame>
        <ChartFrame title="Good chart" slug="comparison-good" description="d" csv={() => ({ columns: ['a'], rows: [[1]] })}>
          <p>drawn</p>
        </ChartFrame>
      </ScenarioStoreProvider>,
    )
    const broken = screen.getByRole('figure', { name: /broken chart/i })
    expect(within(broken).getByRole('alert')).toHaveTextContent(/could not be drawn.*scale is undefined/s)
    expect(within(broken).getByRole('button', { name: /try again/i })).toBeInTheDocument()
    expect(within(screen.getByRole('figure', { name: /good chart/i })).getByText('drawn')).toBeInTheDocument()
    await user.click(within(broken).getByRole('button', { name: /try again/i }))
    expect(within(broken).getByRole('alert')).toBeInTheDocument()
    vi.restoreAllMocks()
  })

  it('a failed data load says what failed and retries on request', async () => {
    const user = userEvent.setup()
    let calls = 0
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
      calls++
      // The query retries once on its own: fail both tries, then succeed on the user's Retry.
      if (calls <= 2) return new Response('nope', { status: 500 })
      return new Response(JSON.stringify(shippedBaseline()), { status: 200 })
    })
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>,
    )
    expect(screen.getByLabelText(/loading the dashboard/i)).toBeInTheDocument()
    // The query retries once before it gives up.
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent(/could not be loaded/)
    expect(alert).toHaveTextContent(/server answered 500/)
    await user.click(screen.getByRole('button', { name: /retry/i }))
    expect(await screen.findByRole('slider', { name: /tariff on japanese imports/i })).toBeInTheDocument()
    fetchMock.mockRestore()
  }, 15_000)
})
