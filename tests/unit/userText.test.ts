import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { graphemes, isolate, NAME_MAX_LENGTH, normaliseName, takenNames, uniqueName } from '../../src/model/userText'

// eslint-disable-next-line no-control-regex -- the characters a name must never keep
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufffe\uffff]/

describe('scenario names', () => {
  it('says truthfully what changed', () => {
    expect(normaliseName('Base case')).toEqual({
      ok: true,
      value: { name: 'Base case', changes: { shortened: false, spaces: false, invisible: false } },
    })
    expect(normaliseName('  Base   case ')).toMatchObject({
      value: { name: 'Base case', changes: { shortened: false, spaces: true, invisible: false } },
    })
    expect(normaliseName('x'.repeat(81))).toMatchObject({ value: { name: 'x'.repeat(80), changes: { shortened: true, spaces: false } } })
    expect(normaliseName('abc\u202edef')).toMatchObject({ value: { name: 'abcdef', changes: { invisible: true, spaces: false } } })
  })

  it('refuses names with nothing visible, and empty ones, with different reasons', () => {
    expect(normaliseName('   ')).toEqual({ ok: false, error: 'empty-name' })
    expect(normaliseName('\u200b\u200b\u2060')).toEqual({ ok: false, error: 'nothing-visible' })
    expect(normaliseName('\u202e\u2066')).toEqual({ ok: false, error: 'nothing-visible' })
    expect(normaliseName('\u3164')).toEqual({ ok: false, error: 'nothing-visible' })
  })

  it('cuts on grapheme boundaries: a family emoji is never split', () => {
    const family = '👨‍👩‍👧‍👦'
    const r = normaliseName('a'.repeat(79) + family + family)
    expect(r.ok && r.value.name).toBe('a'.repeat(79) + family)
  })

  it('NFC: a decomposed é is the same name as a composed one', () => {
    expect(normaliseName('Cafe\u0301')).toMatchObject({ value: { name: 'Caf\u00e9' } })
  })

  it('any string: a kept name is clean, short, visible and stable', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 120 }),
          fc.string({ unit: 'binary', maxLength: 120 }),
          fc.string({
            unit: fc.constantFrom(' ', '\t', '\u202e', '\u200b', 'a', '👍🏽', 'e\u0301', '\u05d0', '\u0000', '\uffff'),
            maxLength: 100,
          }),
        ),
        (raw) => {
          const read = normaliseName(raw)
          if (!read.ok) return
          const r = read.value
          expect(r.name).not.toMatch(FORBIDDEN)
          expect(r.name).toBe(r.name.trim())
          expect(r.name).not.toMatch(/\s\s/)
          expect(graphemes(r.name).length).toBeLessThanOrEqual(NAME_MAX_LENGTH)
          // Normalising again changes nothing.
          expect(normaliseName(r.name)).toEqual({
            ok: true,
            value: { name: r.name, changes: { shortened: false, spaces: false, invisible: false } },
          })
          expect(r.changes.shortened).toBe(graphemes(raw.normalize('NFC')).length > NAME_MAX_LENGTH && r.name.length < raw.length)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('numbers a taken name within the maximum length', () => {
    expect(uniqueName('Base', takenNames(['base']))).toBe('Base (2)')
    expect(uniqueName('Base', takenNames(['Base', 'Base (2)']))).toBe('Base (3)')
    expect(uniqueName('Other', takenNames(['Base']))).toBe('Other')
    const long = 'y'.repeat(80)
    expect(graphemes(uniqueName(long, takenNames([long]))).length).toBe(80)
  })

  it('works for ids and names like __proto__', () => {
    expect(uniqueName('__proto__', takenNames(['__proto__', 'constructor']))).toBe('__proto__ (2)')
  })

  it('isolates user text with FSI … PDI', () => {
    expect(isolate('\u05e9\u05dc\u05d5\u05dd')).toBe('\u2068\u05e9\u05dc\u05d5\u05dd\u2069')
  })
})
