import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { holdHeightWhileAdjusting } from '../../src/ui/useHeightHeldWhileAdjusting'
import { useUiStore } from '../../src/store/uiStore'

// jsdom lays nothing out: the element's height and the ResizeObserver's reports are set by hand.
const observed = new Map<Element, (height: number) => void>()
let report: ((height: number) => void) | null = null
let observing = 0
class FakeResizeObserver {
  private targets: Element[] = []
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    if (this.targets.length === 0) observing++
    this.targets.push(target)
    const send = (height: number) =>
      this.callback([{ target, borderBoxSize: [{ blockSize: height, inlineSize: 100 }] } as unknown as ResizeObserverEntry], this)
    observed.set(target, send)
    report ??= send
  }
  disconnect() {
    if (this.targets.length > 0) observing--
    for (const t of this.targets) observed.delete(t)
    this.targets = []
    report = null
  }
  unobserve() {}
}

function element(height: number) {
  const el = document.createElement('div')
  el.getBoundingClientRect = () => ({ height }) as DOMRect
  return el
}

describe('holdHeightWhileAdjusting', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('ResizeObserver', FakeResizeObserver)
  })
  afterEach(() => {
    useUiStore.getState().stopAdjusting()
    vi.runAllTimers()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('holds the tallest height of the gesture, then lets go when it ends', () => {
    const el = element(182)
    const stop = holdHeightWhileAdjusting(el)
    expect(el.style.minHeight).toBe('')
    useUiStore.getState().startAdjusting()
    expect(el.style.minHeight).toBe('182px') // read as the gesture starts
    report!(259) // a step made it taller
    expect(el.style.minHeight).toBe('259px')
    report!(182) // cannot happen while held, but a smaller report never lowers it
    expect(el.style.minHeight).toBe('259px')
    useUiStore.getState().stopAdjusting()
    expect(el.style.minHeight).toBe('259px') // the gesture's grace period
    vi.advanceTimersByTime(400)
    expect(el.style.minHeight).toBe('')
    expect(observing).toBe(0)
    stop()
  })

  it('starts afresh with each gesture and does nothing once stopped', () => {
    const el = element(300)
    const stop = holdHeightWhileAdjusting(el)
    useUiStore.getState().startAdjusting()
    report!(400)
    useUiStore.getState().stopAdjusting()
    vi.advanceTimersByTime(400)
    useUiStore.getState().startAdjusting()
    expect(el.style.minHeight).toBe('300px')
    stop()
    expect(el.style.minHeight).toBe('')
    expect(observing).toBe(0)
    useUiStore.getState().stopAdjusting()
    vi.advanceTimersByTime(400)
    useUiStore.getState().startAdjusting()
    expect(el.style.minHeight).toBe('')
  })

  it('reads every held element before it writes to any (a write between reads lays the page out again)', () => {
    const writtenAtRead: string[] = []
    const [first, second, third] = [element(120), element(140), element(160)] as const
    const elements = [first, second, third]
    for (const el of elements)
      el.getBoundingClientRect = () => {
        writtenAtRead.push(...elements.map((e) => e.style.minHeight).filter((h) => h !== ''))
        return { height: 100 } as DOMRect
      }
    const stops = [holdHeightWhileAdjusting(first), holdHeightWhileAdjusting(second, { children: true }), holdHeightWhileAdjusting(third)]
    useUiStore.getState().startAdjusting()
    expect(writtenAtRead).toEqual([])
    expect(elements.map((e) => e.style.minHeight)).toEqual(['100px', '100px', '100px'])
    for (const stop of stops) stop()
    expect(elements.map((e) => e.style.minHeight)).toEqual(['', '', ''])
  })

  it('holds each child too, so that neighbours in a grid keep their border', () => {
    const el = element(400)
    const [a, b] = [element(188), element(188)]
    el.append(a, b)
    const stop = holdHeightWhileAdjusting(el, { children: true })
    useUiStore.getState().startAdjusting()
    expect([el.style.minHeight, a.style.minHeight, b.style.minHeight]).toEqual(['400px', '188px', '188px'])
    observed.get(a)!(196) // one row grows…
    observed.get(b)!(179) // …as the other would shrink
    expect([el.style.minHeight, a.style.minHeight, b.style.minHeight]).toEqual(['400px', '196px', '188px'])
    useUiStore.getState().stopAdjusting()
    vi.advanceTimersByTime(400)
    expect([el.style.minHeight, a.style.minHeight, b.style.minHeight]).toEqual(['', '', ''])
    expect(observed.size).toBe(0)
    stop()
  })
})
