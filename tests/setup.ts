import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { resetUiStores } from '../src/store/createUiStore'

afterEach(() => {
  cleanup()
  // The app keeps its scenario in the address bar and saved scenarios in localStorage (#4):
  // start every test from a bare address and empty storage, as a new visitor would.
  window.history.replaceState(null, '', '/')
  window.localStorage.clear()
  // UI state (#8: one pattern, src/store/createUiStore) back to what a fresh page load reads.
  resetUiStores()
})

// jsdom has no layout: Recharts' ResponsiveContainer needs a size and ResizeObserver to draw.
class ResizeObserverStub {
  private cb: ResizeObserverCallback
  constructor(cb: ResizeObserverCallback) {
    this.cb = cb
  }
  observe(target: Element) {
    const box = [{ inlineSize: 800, blockSize: 400 }]
    this.cb(
      [{ target, contentRect: { width: 800, height: 400 }, borderBoxSize: box, contentBoxSize: box } as unknown as ResizeObserverEntry],
      this,
    )
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 })
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 })
HTMLElement.prototype.getBoundingClientRect = function () {
  return { width: 800, height: 400, top: 0, left: 0, right: 800, bottom: 400, x: 0, y: 0, toJSON() {} }
}
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener() {},
  removeListener() {},
  addEventListener() {},
  removeEventListener() {},
  dispatchEvent: () => false,
})) as typeof window.matchMedia
