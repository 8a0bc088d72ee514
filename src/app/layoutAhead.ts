/*
 * A slider's step laid out in the input's own task (#7).
 *
 * A held key's step arrives at any moment between two frames. Its handler writes the step
 * everywhere it shows (the figures, answers, captions, chart marks) and leaves the page's style
 * and layout to the next frame, which then spent about 2.5 ms on them before it could paint
 * (bench: a frame of 5.5 ms against the floor page's 1.9 ms). Done here instead, in the time
 * between the key and that frame, which is otherwise idle, the frame only paints: the step is on
 * screen sooner (key → next paint p50 14 → 13 ms and p95 22 → 20–21 ms at 1920×1080, 16 → 13 and
 * 23 → 21 ms with all four charts on screen, in the same bench rounds). The work is the same,
 * only earlier.
 *
 * It runs after React has committed the step: a listener on window hears the event after React's
 * root listener, and React renders an input's discrete update before that. Once a frame at most:
 * a second key before the frame leaves its layout to the frame, as before, instead of laying the
 * page out twice. Pointer drags are left as they are: their events come at the start of a frame,
 * right before its own layout, so there is no time to use.
 */

let laidOutThisFrame = false

function layOutNow(): void {
  if (laidOutThisFrame) return
  laidOutThisFrame = true
  requestAnimationFrame(() => {
    laidOutThisFrame = false
  })
  // Reading a layout value brings style and layout up to date.
  void document.documentElement.offsetHeight
}

const isRange = (target: EventTarget | null): boolean => target instanceof HTMLInputElement && target.type === 'range'

/** For the keys a slider's owner handles itself (the tariff's: their default is prevented). */
export function layOutSliderStepsAhead(): void {
  addEventListener('keydown', (e) => {
    if (e.defaultPrevented && isRange(e.target)) layOutNow()
  })
}
