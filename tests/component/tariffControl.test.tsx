import { afterEach, describe, expect, it } from 'vitest'
import { Profiler } from 'react'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { AppProviders } from './providers'
import { TariffControl } from '../../src/controls/TariffControl'
import { useUiStore } from '../../src/store/uiStore'

afterEach(() => {
  act(() => useUiStore.getState().stopAdjusting())
})

/** The tariff control alone, counting its renders; what a user and a screen reader get from it. */
function renderControl() {
  const renders = { n: 0 }
  render(
    <AppProviders>
      <Profiler id="tariff" onRender={() => renders.n++}>
        <TariffControl />
      </Profiler>
    </AppProviders>,
  )
  const slider = screen.getByRole<HTMLInputElement>('slider', { name: /tariff on japanese imports/i })
  const shown = () => ({
    value: slider.value,
    now: slider.getAttribute('aria-valuenow'),
    text: slider.getAttribute('aria-valuetext'),
    number: document.querySelector('.tariff-value')!.textContent,
    pressed: screen.queryAllByRole('button', { pressed: true }).map((b) => b.textContent),
  })
  return { slider, shown, renders }
}

describe('the tariff control while the slider moves (#7)', () => {
  it('shows every key step, renders nothing for it, and at rest is what a fresh render shows', async () => {
    const { slider, shown, renders } = renderControl()
    expect(shown()).toEqual({ value: '15', now: '15', text: '15%', number: '15%', pressed: ['15%current'] })
    fireEvent.keyDown(slider, { key: 'ArrowRight' }) // the gesture starts: one render, as it turns on
    const atStart = renders.n
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    fireEvent.keyDown(slider, { key: 'PageUp' })
    expect(shown()).toEqual({ value: '21', now: '21', text: '21%', number: '21%', pressed: [] })
    fireEvent.keyDown(slider, { key: 'PageUp' })
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(shown()).toEqual({ value: '26.5', now: '26.5', text: '26.5%', number: '26.5%', pressed: [] })
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(shown()).toEqual({ value: '27', now: '27', text: '27%', number: '27%', pressed: [] })
    fireEvent.keyDown(slider, { key: 'ArrowRight' }) // a preset's value: it shows as pressed at once
    expect(shown().pressed).toEqual(['27.5%April 2025'])
    expect(renders.n - atStart).toBe(0)
    fireEvent.keyUp(slider, { key: 'ArrowRight' })
    await waitFor(() => expect(useUiStore.getState().isAdjusting).toBe(false))
    expect(shown()).toEqual({ value: '27.5', now: '27.5', text: '27.5%', number: '27.5%', pressed: ['27.5%April 2025'] })
  })

  it('follows a pointer drag (the input event), and a preset click at rest', async () => {
    const { slider, shown, renders } = renderControl()
    fireEvent.pointerDown(slider)
    const atStart = renders.n
    for (const v of ['15.5', '20', '33.5']) {
      fireEvent.change(slider, { target: { value: v } })
      expect(shown()).toMatchObject({ value: v, now: v, text: `${v}%`, number: `${v}%` })
    }
    expect(renders.n - atStart).toBe(0)
    fireEvent.pointerUp(slider)
    await waitFor(() => expect(useUiStore.getState().isAdjusting).toBe(false))
    expect(shown()).toMatchObject({ value: '33.5', now: '33.5' })
    fireEvent.click(screen.getByRole('button', { name: /2\.5%/ }))
    expect(shown()).toEqual({ value: '2.5', now: '2.5', text: '2.5%', number: '2.5%', pressed: ['2.5%pre-trade-war'] })
  })
})
