import { afterEach, describe, expect, it, vi } from 'vitest'
import { replaceAddress, resetAddressReport, ADDRESS_NOTICE_ID } from '../../src/ui/addressBar'
import { setSlide, useSlide } from '../../src/app/presentation'
import { useNoticeStore } from '../../src/store/noticeStore'
import { renderHook, act } from '@testing-library/react'

afterEach(() => {
  vi.restoreAllMocks()
  resetAddressReport()
  useNoticeStore.getState().clear()
})

const addressNotices = () => useNoticeStore.getState().notices.filter((n) => n.id === ADDRESS_NOTICE_ID)

describe('writing the address bar', () => {
  it('writes same-origin addresses', () => {
    expect(replaceAddress('/?tariff=25#slide=2')).toBe(true)
    expect(window.location.search).toBe('?tariff=25')
    expect(window.location.hash).toBe('#slide=2')
  })

  it('refuses another origin without throwing, and says so once', () => {
    expect(replaceAddress('//evil.example/?x=1')).toBe(false)
    expect(replaceAddress('https://evil.example/')).toBe(false)
    expect(window.location.host).not.toBe('evil.example')
    expect(addressNotices()).toHaveLength(1)
    expect(addressNotices()[0]!.tone).toBe('problem')
  })

  it('survives a browser that throws on every history call, and reports it once', () => {
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    expect(() => replaceAddress('/?tariff=20')).not.toThrow()
    expect(replaceAddress('/?tariff=21')).toBe(false)
    expect(addressNotices()).toHaveLength(1)
    expect(addressNotices()[0]!.items?.[0]).toMatch(/insecure/)
  })

  it('still opens the slides when the address cannot hold the slide', () => {
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    const { result } = renderHook(() => useSlide())
    act(() => setSlide(2))
    expect(result.current).toBe(2)
    act(() => setSlide(null))
    expect(result.current).toBe(null)
  })

  it('turns a path that starts with // into one on this site', () => {
    window.history.replaceState(null, '', `${window.location.origin}//evil.example/?x=1`)
    expect(window.location.pathname).toBe('//evil.example/')
    act(() => setSlide(1))
    expect(window.location.pathname).toBe('/evil.example/')
    expect(window.location.hash).toBe('#slide=1')
    act(() => setSlide(null))
    expect(addressNotices()).toHaveLength(0)
  })
})
