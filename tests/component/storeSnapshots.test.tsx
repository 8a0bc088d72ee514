import { afterEach, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from './renderApp'

afterEach(() => {
  vi.restoreAllMocks()
})

// React warns once per page (a file here) when a store subscription's snapshot is a new object
// on each read: every such read counts as a change. The live parts (store/liveText) once did so
// on their first render.
it('reads each store snapshot once per state: no "getSnapshot should be cached" warning on load or in a gesture', async () => {
  const errors = vi.spyOn(console, 'error')
  const user = userEvent.setup()
  renderApp()
  const slider = await screen.findByRole('slider', { name: /tariff on japanese imports/i })
  // The charts (the app shell's chunk) draw the live scale of each cost chart.
  await waitFor(() => expect(document.querySelectorAll('.live-scale').length).toBeGreaterThan(0))
  slider.focus()
  await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}')
  const uncached = errors.mock.calls.filter((args) => String(args[0]).includes('getSnapshot'))
  expect(uncached).toEqual([])
})
