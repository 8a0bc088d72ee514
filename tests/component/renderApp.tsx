import { render, screen } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from '../../src/app/App'
import { baselineQuery } from '../../src/data/baselineQuery'
import type { Scenario } from '../../src/model/scenario'
import { shippedBaseline } from '../unit/fixtures'

/** The whole app with the shipped baseline already in the cache (no network in jsdom). */
export function renderApp(options: { initial?: Scenario } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(baselineQuery.queryKey, shippedBaseline())
  return render(
    <QueryClientProvider client={client}>
      <App initial={options.initial} />
    </QueryClientProvider>,
  )
}

/** The value shown in one of the key figures, found as a user finds it: by its name. */
export function figureValue(name: RegExp): string {
  const group = screen.getByRole('group', { name })
  return group.querySelector('.figure-value')?.textContent ?? ''
}
