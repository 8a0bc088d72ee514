import { describe, expect, it } from 'vitest'
import { parseSlide } from '../../src/app/presentation'

describe('parseSlide', () => {
  it.each([
    ['#slide=2', 2],
    ['#slide=12', 12],
    ['#other=1&slide=3', 3],
    ['#slide=3&other=1', 3],
    ['', null],
    ['#', null],
    ['#slide=', null],
    ['#slide=two', null],
    ['#myslide=2', null],
  ])('%s → %s', (hash, slide) => {
    expect(parseSlide(hash)).toBe(slide)
  })
})
