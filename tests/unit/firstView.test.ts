import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { holdBelowTheFold, releaseBelowTheFold, useBelowTheFold } from '../../src/ui/firstView'

describe('the panels below the fold on a page load (#7)', () => {
  afterEach(() => {
    releaseBelowTheFold()
    vi.useRealTimers()
  })

  it('render at once where nothing holds them (App without the entry)', () => {
    const { result } = renderHook(() => useBelowTheFold())
    expect(result.current).toBe(true)
  })

  it('wait while the entry holds them, and render when the first view is drawn', () => {
    holdBelowTheFold(2000)
    const { result } = renderHook(() => useBelowTheFold())
    expect(result.current).toBe(false)
    act(() => releaseBelowTheFold())
    expect(result.current).toBe(true)
  })

  it('render after the longest wait if no chart draws', () => {
    vi.useFakeTimers()
    holdBelowTheFold(2000)
    const { result } = renderHook(() => useBelowTheFold())
    act(() => {
      vi.advanceTimersByTime(1999)
    })
    expect(result.current).toBe(false)
    act(() => {
      vi.advanceTimersByTime(1)
    })
    expect(result.current).toBe(true)
  })
})
