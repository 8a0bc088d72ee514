import { describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { baselineQuery } from '../../src/data/baselineQuery'
import { useBaseline } from '../../src/data/useBaseline'
import { shippedBaseline } from '../unit/fixtures'

function CurrentTariff() {
  return <p>Current tariff {useBaseline().published.currentTariffPct.value}%</p>
}

describe('useBaseline (read from the query cache, not through an observer per component)', () => {
  it('follows a newer baseline put in the cache (the file checked after the first view)', async () => {
    const client = new QueryClient()
    const baseline = shippedBaseline()
    client.setQueryData(baselineQuery.queryKey, baseline)
    render(
      <QueryClientProvider client={client}>
        <CurrentTariff />
      </QueryClientProvider>,
    )
    expect(screen.getByText('Current tariff 15%')).toBeInTheDocument()
    const newer = structuredClone(baseline)
    newer.published.currentTariffPct.value = 20
    // TanStack tells the cache's subscribers in a task of its own.
    await act(async () => {
      client.setQueryData(baselineQuery.queryKey, newer)
      await new Promise((r) => setTimeout(r, 0))
    })
    expect(screen.getByText('Current tariff 20%')).toBeInTheDocument()
  })

  it('read before the data has loaded, it says so instead of drawing from nothing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() =>
      render(
        <QueryClientProvider client={new QueryClient()}>
          <CurrentTariff />
        </QueryClientProvider>,
      ),
    ).toThrow(/read before it has loaded/)
  })
})
