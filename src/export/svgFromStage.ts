import { interFontFaces } from './fonts'
import { xmlEscape, xmlSafeMarkup } from './xmlText'

/**
 * Turn an export stage (HTML title, caption, legend and source around Recharts' <svg>) into one
 * standalone SVG. The browser has already laid the stage out, so nothing is re-measured by guess:
 * - text nodes become <text> at the line boxes the browser gave them (Range.getClientRects), so
 *   wrapping and positions match the stage exactly;
 * - nested <svg> (the plot, legend swatches) are cloned with every computed colour, stroke and font
 *   written onto the element as attributes, so no class, stylesheet or CSS variable is needed;
 * - Inter is embedded as @font-face data URLs.
 */
export interface StageSvg {
  text: string
  /** CSS px of the picture; the viewBox. */
  width: number
  height: number
  title: string
}

const SVG_NS = 'http://www.w3.org/2000/svg'

interface Walk {
  left: number
  top: number
  out: string[]
  weights: Set<number>
}

// Every text and attribute value is written through here: escaped, and free of characters XML forbids.
const esc = xmlEscape
const num = (n: number) => String(Math.round(n * 100) / 100)

/** rgb()/rgba() to hex plus opacity: the colour syntax every SVG consumer (slide tools too) reads. */
function paintPairs(name: string, value: string): [string, string][] {
  const m = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,/\s]+([\d.]+%?))?\s*\)$/.exec(value)
  if (!m) {
    // none, or url("…#id"): keep only the local reference.
    const url = /url\(["']?[^#"')]*(#[^"')]+)["']?\)/.exec(value)
    return [[name, url ? `url(${url[1]})` : value]]
  }
  const hex = `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4])
  if (alpha === 0) return [[name, 'none']]
  return alpha < 1
    ? [
        [name, hex],
        [`${name}-opacity`, num(alpha)],
      ]
    : [[name, hex]]
}

function paint(name: string, value: string): string {
  return paintPairs(name, value)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('')
}

function fontFamily(cs: CSSStyleDeclaration): string {
  return cs.fontFamily.replace(/"/g, "'")
}

// --- HTML text -------------------------------------------------------------------------------

const ascentCache = new Map<string, number>()
let measureContext: CanvasRenderingContext2D | null = null

/** Share of a text box above the baseline, from the font's own metrics (0.8 for Inter). */
function ascentRatio(font: string): number {
  let ratio = ascentCache.get(font)
  if (ratio === undefined) {
    measureContext ??= document.createElement('canvas').getContext('2d')
    ratio = 0.8
    if (measureContext) {
      measureContext.font = font
      const m = measureContext.measureText('Hg')
      const a = m.fontBoundingBoxAscent
      const d = m.fontBoundingBoxDescent
      if (a > 0 && d >= 0) ratio = a / (a + d)
    }
    ascentCache.set(font, ratio)
  }
  return ratio
}

interface Piece {
  start: number
  end: number
  rect: DOMRect
}

/** Word boxes of a text node; a word the browser broke (after a hyphen) is split per character. */
function pieces(node: Text): Piece[] {
  const range = document.createRange()
  const result: Piece[] = []
  const re = /\S+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(node.data))) {
    range.setStart(node, m.index)
    range.setEnd(node, m.index + m[0].length)
    const rects = range.getClientRects()
    if (rects.length === 1) {
      result.push({ start: m.index, end: m.index + m[0].length, rect: rects[0]! })
    } else if (rects.length > 1) {
      for (let i = m.index; i < m.index + m[0].length; i++) {
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const r = range.getClientRects()[0]
        if (r) result.push({ start: i, end: i + 1, rect: r })
      }
    }
  }
  return result
}

function emitText(node: Text, cs: CSSStyleDeclaration, w: Walk): void {
  if (!node.data.trim()) return
  const size = parseFloat(cs.fontSize)
  const weight = Number(cs.fontWeight) || 400
  const font = `${cs.fontStyle} ${weight} ${size}px ${cs.fontFamily}`
  const ratio = ascentRatio(font)
  const attrs =
    ` font-family="${esc(fontFamily(cs))}" font-size="${num(size)}"` +
    (weight !== 400 ? ` font-weight="${weight}"` : '') +
    (cs.fontStyle !== 'normal' ? ` font-style="${cs.fontStyle}"` : '') +
    (cs.letterSpacing !== 'normal' && parseFloat(cs.letterSpacing) ? ` letter-spacing="${num(parseFloat(cs.letterSpacing))}"` : '') +
    paint('fill', cs.color)
  w.weights.add(weight)
  // Group the words into the lines the browser made.
  let line: { start: number; end: number; rect: DOMRect } | null = null
  const flush = () => {
    if (!line) return
    const text = node.data.slice(line.start, line.end).replace(/\s+/g, ' ')
    const x = line.rect.left - w.left
    const y = line.rect.top - w.top + line.rect.height * ratio
    w.out.push(`<text x="${num(x)}" y="${num(y)}"${attrs}>${esc(text)}</text>`)
  }
  for (const p of pieces(node)) {
    if (line && Math.abs(p.rect.top - line.rect.top) < 1 && p.rect.left >= line.rect.left) {
      line.end = p.end
    } else {
      flush()
      line = { start: p.start, end: p.end, rect: p.rect }
    }
  }
  flush()
}

/** A list bullet: the browser draws it, but it is no text node. */
function emitBullet(el: HTMLElement, cs: CSSStyleDeclaration, w: Walk): void {
  if (cs.display !== 'list-item' || (cs.listStyleType !== 'disc' && cs.listStyleType !== 'circle')) return
  const first = el.firstChild
  const range = document.createRange()
  if (first) range.selectNodeContents(first)
  const r = (first ? range.getClientRects()[0] : undefined) ?? el.getBoundingClientRect()
  const size = parseFloat(cs.fontSize)
  const cx = r.left - w.left - size * 0.7
  const cy = r.top - w.top + r.height / 2
  w.out.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(size * 0.16)}"${paint('fill', cs.color)}/>`)
}

// --- nested SVG --------------------------------------------------------------------------------

const SHAPE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
] as const
/** Values every consumer assumes anyway; leaving them out keeps the file small. */
const DEFAULTS: Record<string, string> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'paint-order': 'normal',
  'dominant-baseline': 'auto',
  'text-anchor': 'start',
  'font-style': 'normal',
}
const SHAPES = new Set(['path', 'line', 'rect', 'circle', 'ellipse', 'polygon', 'polyline', 'text', 'tspan'])
const DROP_ATTRS = ['class', 'style', 'role', 'tabindex', 'focusable']

function inlineSvgStyles(src: Element, dst: Element, w: Walk): void {
  const tag = src.localName
  for (const a of DROP_ATTRS) dst.removeAttribute(a)
  for (const a of Array.from(dst.attributes)) if (a.name.startsWith('aria-') || a.name.startsWith('data-')) dst.removeAttribute(a.name)
  const cs = getComputedStyle(src)
  if (cs.display === 'none') dst.setAttribute('display', 'none')
  if (cs.visibility === 'hidden') dst.setAttribute('visibility', 'hidden')
  if (cs.opacity !== DEFAULTS.opacity) dst.setAttribute('opacity', cs.opacity)
  if (SHAPES.has(tag)) {
    for (const p of SHAPE_PROPS) {
      const v = cs.getPropertyValue(p)
      if (!v || v === DEFAULTS[p]) continue
      if (p === 'fill' || p === 'stroke') {
        for (const [k, value] of paintPairs(p, v)) dst.setAttribute(k, value)
      } else if (p === 'stroke-width' || p === 'stroke-dashoffset') {
        dst.setAttribute(p, num(parseFloat(v)))
      } else if (p === 'stroke-dasharray') {
        dst.setAttribute(p, v.replace(/px/g, '').replace(/,\s*/g, ' '))
      } else {
        dst.setAttribute(p, v)
      }
    }
    if (cs.paintOrder && cs.paintOrder !== DEFAULTS['paint-order']) dst.setAttribute('paint-order', cs.paintOrder)
  }
  if (tag === 'text' || tag === 'tspan') {
    const weight = Number(cs.fontWeight) || 400
    w.weights.add(weight)
    dst.setAttribute('font-family', fontFamily(cs))
    dst.setAttribute('font-size', num(parseFloat(cs.fontSize)))
    if (weight !== 400) dst.setAttribute('font-weight', String(weight))
    else dst.removeAttribute('font-weight')
    if (cs.fontStyle !== DEFAULTS['font-style']) dst.setAttribute('font-style', cs.fontStyle)
    if (cs.textAnchor !== DEFAULTS['text-anchor']) dst.setAttribute('text-anchor', cs.textAnchor)
    if (cs.dominantBaseline !== DEFAULTS['dominant-baseline']) dst.setAttribute('dominant-baseline', cs.dominantBaseline)
  }
  const from = src.children
  const to = dst.children
  for (let i = 0; i < from.length && i < to.length; i++) inlineSvgStyles(from[i]!, to[i]!, w)
}

function emitSvg(svg: SVGSVGElement, w: Walk): void {
  const r = svg.getBoundingClientRect()
  if (r.width <= 0 || r.height <= 0) return
  const clone = svg.cloneNode(true) as SVGSVGElement
  inlineSvgStyles(svg, clone, w)
  // Recharts leaves empty <title>/<desc> for its own accessibility; they mean nothing in a file.
  for (const el of Array.from(clone.querySelectorAll('title, desc'))) if (!el.textContent?.trim()) el.remove()
  clone.setAttribute('x', num(r.left - w.left))
  clone.setAttribute('y', num(r.top - w.top))
  clone.setAttribute('width', num(r.width))
  clone.setAttribute('height', num(r.height))
  clone.setAttribute('overflow', 'visible')
  // Nested: the outer <svg> declares the namespace.
  // XMLSerializer writes whatever the DOM holds, U+FFFF in a label included: clean it too.
  w.out.push(xmlSafeMarkup(new XMLSerializer().serializeToString(clone).replace(` xmlns="${SVG_NS}"`, '')))
}

// --- the walk ------------------------------------------------------------------------------------

function walk(node: Node, w: Walk): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      const parent = child.parentElement
      if (parent) emitText(child as Text, getComputedStyle(parent), w)
    } else if (child instanceof SVGSVGElement) {
      emitSvg(child, w)
    } else if (child instanceof HTMLElement) {
      const cs = getComputedStyle(child)
      if (cs.display === 'none' || cs.visibility === 'hidden') continue
      emitBullet(child, cs, w)
      walk(child, w)
    }
  }
}

export async function stageToSvg(stage: HTMLElement): Promise<StageSvg> {
  await document.fonts.ready
  const box = stage.getBoundingClientRect()
  // Guard against a stage that never got a size: an empty picture is worse than an error.
  const width = Math.ceil(box.width)
  const height = Math.ceil(box.height)
  if (!(width > 0 && height > 0)) throw new Error('the chart has no size to export')
  const w: Walk = { left: box.left, top: box.top, out: [], weights: new Set() }
  walk(stage, w)
  const title = stage.querySelector('[data-export-part="title"]')?.textContent?.trim() ?? ''
  const caption = stage.querySelector('[data-export-part="caption"]')?.textContent?.trim() ?? ''
  const fonts = await interFontFaces(w.weights.size ? w.weights : [400])
  // The page sets tabular figures on the root; without them every number would be a little
  // narrower than the browser laid it out, and text runs would drift into each other.
  const numeric = getComputedStyle(stage).fontVariantNumeric
  const textRule = numeric && numeric !== 'normal' ? `text{font-variant-numeric:${numeric}}` : ''
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter, sans-serif">` +
    `<title>${esc(title)}</title><desc>${esc(caption)}</desc>` +
    `<defs><style>${fonts}${textRule}</style></defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    w.out.join('') +
    `</svg>`
  return { text, width, height, title }
}
