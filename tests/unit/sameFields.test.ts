import { describe, expect, it } from 'vitest'
import { shallow } from 'zustand/shallow'
import { keepLast, sameFields } from '../../src/store/sameFields'

describe('sameFields', () => {
  const partnership = { drivetrains: true }
  it('holds for equal fields in another object, and for one object with itself', () => {
    const a = { tariffPct: 25, partnership, startYear: 2027 }
    expect(sameFields(a, { startYear: 2027, partnership, tariffPct: 25 })).toBe(true)
    expect(sameFields(a, a)).toBe(true)
    expect(sameFields({ x: NaN }, { x: NaN })).toBe(true)
  })
  it('fails on a changed value, a nested object that is equal but not the same, or a field more or less', () => {
    const a = { tariffPct: 25, partnership }
    expect(sameFields(a, { tariffPct: 25.5, partnership })).toBe(false)
    expect(sameFields(a, { tariffPct: 25, partnership: { drivetrains: true } })).toBe(false)
    expect(sameFields(a, { tariffPct: 25, partnership, startYear: 2027 })).toBe(false)
    expect(sameFields({ tariffPct: 25, partnership, startYear: 2027 }, a)).toBe(false)
    expect(sameFields({ a: undefined }, { b: undefined })).toBe(false)
  })
  it('compares arrays element by element, and never an array with an object', () => {
    expect(sameFields([1, partnership], [1, partnership])).toBe(true)
    expect(sameFields([1, 2], [1, 2, 3])).toBe(false)
    expect(sameFields([1], { 0: 1 })).toBe(false)
  })
  it("agrees with zustand's shallow on the scenario selectors' kinds of value", () => {
    const cases: [object, object][] = [
      [
        { a: 1, b: partnership },
        { a: 1, b: partnership },
      ],
      [
        { a: 1, b: partnership },
        { a: 2, b: partnership },
      ],
      [{ a: 1 }, { a: 1, b: 2 }],
      [[partnership], [partnership]],
      [[partnership], [{ ...partnership }]],
    ]
    for (const [a, b] of cases) expect(sameFields(a, b)).toBe(shallow(a, b))
  })
})

describe('keepLast', () => {
  it('computes again only when a field of the input changed', () => {
    let calls = 0
    const double = keepLast((i: { n: number }) => {
      calls++
      return { twice: i.n * 2 }
    })
    const first = double({ n: 2 })
    expect(double({ n: 2 })).toBe(first)
    expect(calls).toBe(1)
    expect(double({ n: 3 })).toEqual({ twice: 6 })
    expect(calls).toBe(2)
  })
})
