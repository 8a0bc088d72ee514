import { describe, expect, it } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { createUiStore, resetUiStores } from '../../src/store/createUiStore'
import { THEME_KEY, useThemeStore } from '../../src/app/theme'
import { setSlide, useSlide } from '../../src/app/presentation'
import { exportSettings, DEFAULT_EXPORT_SETTINGS } from '../../src/charts/exportSettings'
import { setTornadoYear, tornadoYear } from '../../src/charts/tornadoYear'
import { FULL_RAMP } from '../../src/model/partnership'

describe('UI stores (one pattern, #8)', () => {
  it('reset runs the initializer again and drops keys set since', () => {
    let made = 0
    const store = createUiStore<{ n: number; extra?: string }>(() => ({ n: ++made }))
    store.setState({ n: 10, extra: 'x' })
    store.reset()
    expect(store.getState()).toEqual({ n: 2 })
  })

  it('resetUiStores puts every registered store back', () => {
    setTornadoYear(2030)
    exportSettings.setState({ scale: 3 })
    resetUiStores()
    expect(tornadoYear.getState().year).toBe(FULL_RAMP)
    expect(exportSettings.getState()).toEqual(DEFAULT_EXPORT_SETTINGS)
  })

  it('the theme store reads the stored theme on reset; anything but "projector" is light', () => {
    localStorage.setItem(THEME_KEY, 'projector')
    useThemeStore.reset()
    expect(useThemeStore.getState().theme).toBe('projector')
    localStorage.setItem(THEME_KEY, '{"broken')
    useThemeStore.reset()
    expect(useThemeStore.getState().theme).toBe('light')
    // Reading never rewrites what is stored.
    expect(localStorage.getItem(THEME_KEY)).toBe('{"broken')
  })

  it('setTheme stores the choice and marks the page', () => {
    act(() => useThemeStore.getState().setTheme('projector'))
    expect(localStorage.getItem(THEME_KEY)).toBe('projector')
    expect(document.documentElement).toHaveClass('theme-projector')
    act(() => useThemeStore.getState().setTheme('light'))
    expect(document.documentElement).toHaveClass('theme-light')
    expect(document.documentElement).not.toHaveClass('theme-projector')
    document.documentElement.className = ''
  })

  it('the slide store reads the hash on reset and follows hashchange', () => {
    window.history.replaceState(null, '', '/?tariff=20#slide=3')
    resetUiStores()
    const { result } = renderHook(() => useSlide())
    expect(result.current).toBe(3)
    act(() => {
      window.location.hash = '#slide=4'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(result.current).toBe(4)
    act(() => setSlide(null))
    expect(result.current).toBe(null)
    expect(window.location.search).toBe('?tariff=20')
  })
})
