import { layOutSliderStepsAhead } from '../../src/app/layoutAhead'

// jsdom has no layout: count the reads of the value that brings layout up to date.
let reads = 0
Object.defineProperty(document.documentElement, 'offsetHeight', {
  configurable: true,
  get: () => {
    reads++
    return 0
  },
})
let frames: FrameRequestCallback[] = []
vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb))
const nextFrame = () => {
  const run = frames
  frames = []
  for (const cb of run) cb(0)
}
layOutSliderStepsAhead()

function input(type: string): HTMLInputElement {
  const el = document.createElement('input')
  el.type = type
  document.body.append(el)
  return el
}
function key(target: HTMLElement, prevented: boolean) {
  const e = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true })
  if (prevented) target.addEventListener('keydown', (ev) => ev.preventDefault(), { once: true })
  target.dispatchEvent(e)
}

describe('a slider step laid out in its own task', () => {
  beforeEach(() => {
    nextFrame()
    reads = 0
  })
  it('lays the page out after a key the app handled on a slider, once a frame', () => {
    const slider = input('range')
    key(slider, true)
    expect(reads).toBe(1)
    key(slider, true)
    expect(reads).toBe(1)
    nextFrame()
    key(slider, true)
    expect(reads).toBe(2)
  })
  it('leaves other keys, fields and pointer drags to the frame', () => {
    key(input('range'), false)
    key(input('text'), true)
    input('range').dispatchEvent(new Event('input', { bubbles: true }))
    expect(reads).toBe(0)
  })
})
