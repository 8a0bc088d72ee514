import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { xmlEscape, xmlSafe, xmlSafeMarkup } from '../../src/export/xmlText'

const parses = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length === 0

describe('XML text', () => {
  it('drops what XML 1.0 forbids and keeps tab, LF, CR, isolates and astral characters', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd\uFFFEe\uFFFFf\uD800g\uDFFFh')).toBe('abcdefgh')
    expect(xmlSafe('\t\n\r\u2068\u202E😀\u2069')).toBe('\t\n\r\u2068\u202E😀\u2069')
  })

  it('drops character references to forbidden characters in serialised markup, and keeps the others', () => {
    expect(xmlSafeMarkup('<text a="&#xFFFF;&#1;&#10;">x&#65535;&#x41;&amp;</text>')).toBe('<text a="&#10;">x&#x41;&amp;</text>')
  })

  it('for any string, escaped text and attribute values make well-formed XML (pptx slides, SVG)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (s) => {
        expect(parses(`<t a="${xmlEscape(s)}">${xmlEscape(s)}</t>`)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
