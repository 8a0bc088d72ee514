/**
 * Characters XML 1.0 does not allow anywhere, even escaped: C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF and lone surrogates. One of them in a scenario name made the SVG unreadable and
 * its PNG fail (#11); they carry nothing visible, so they are dropped.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
/** The same characters written as references (&#xFFFF; &#1;), which are just as invalid. */
const NOT_XML_REF = /&#(?:x([0-9a-fA-F]+)|(\d+));/g

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  )
}

/** Text or an attribute value with every character XML forbids dropped. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '')
}

/** Escape text for an XML text node or a quoted attribute. */
export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Serialised markup (XMLSerializer does not check): drop forbidden characters and references to them. */
export function xmlSafeMarkup(markup: string): string {
  return xmlSafe(markup).replace(NOT_XML_REF, (ref, hex: string | undefined, dec: string | undefined) =>
    isXmlChar(hex !== undefined ? parseInt(hex, 16) : Number(dec)) ? ref : '',
  )
}
