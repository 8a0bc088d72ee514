import { beforeAll, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { stageToSvg } from '../../src/export/svgFromStage'
import { captionComparison, type ComparedScenario } from '../../src/charts/specs/comparison'
import { isolate } from '../../src/model/userText'
import { publishedScenario } from '../../src/data/publishedScenario'
import { shippedBaseline } from './fixtures'

// No font files in jsdom: the picture's text is what is tested here.
vi.mock('../../src/export/fonts', () => ({ interFontFaces: async () => '', faceFor: () => 400 }))

const scenario = publishedScenario(shippedBaseline())
const RECT = { left: 10, top: 10, width: 50, height: 16, right: 60, bottom: 26, x: 10, y: 10, toJSON() {} } as DOMRect

beforeAll(() => {
  // jsdom lays nothing out: one box for every range and element is enough to emit the text.
  Range.prototype.getClientRects = () => [RECT] as unknown as DOMRectList
  Element.prototype.getBoundingClientRect = () => ({ ...RECT, left: 0, top: 0, width: 400, height: 300 })
  HTMLCanvasElement.prototype.getContext = () => null
  Object.defineProperty(document, 'fonts', { configurable: true, value: { ready: Promise.resolve() } })
})

const column = (name: string, isCurrent = false): ComparedScenario => ({
  key: name,
  name,
  scenario,
  color: '#000',
  dash: undefined,
  isCurrent,
})

/** A comparison chart's export stage, as the app draws it: caption, legend, and the plot's own SVG text. */
function stageFor(name: string): HTMLElement {
  const stage = document.createElement('figure')
  const title = stage.appendChild(document.createElement('h2'))
  title.dataset.exportPart = 'title'
  title.textContent = 'Tariff sensitivity, compared'
  const caption = stage.appendChild(document.createElement('p'))
  caption.dataset.exportPart = 'caption'
  caption.textContent = captionComparison({ columns: [column('On screen', true), column(name)] })
  const legend = stage.appendChild(document.createElement('ul')).appendChild(document.createElement('li'))
  legend.textContent = isolate(name)
  const plot = stage.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
  const text = plot.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'text'))
  text.textContent = name
  text.setAttribute('aria-label', name)
  text.setAttribute('name', name)
  document.body.appendChild(stage)
  return stage
}

// What XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
const visible = (s: string) =>
  s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()

async function composed(name: string): Promise<{ doc: Document; texts: string }> {
  const stage = stageFor(name)
  try {
    const { text } = await stageToSvg(stage)
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const texts = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
    return { doc, texts }
  } finally {
    stage.remove()
  }
}

describe('exported SVG with any scenario name', () => {
  it.each([
    ['U+FFFF', 'Base\uFFFF case'],
    ['C0 controls', 'a\u0000b\u0001c\u001fd'],
    ['a lone surrogate', 'x\uD800y\uDFFFz'],
    ['U+FFFE', '\uFFFEname'],
    ['markup', '<b>&amp;"\''],
  ])('%s: the SVG is well-formed XML and names the scenario', async (_what, name) => {
    const { doc, texts } = await composed(name)
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(doc.documentElement.localName).toBe('svg')
    expect(texts).toContain(visible(name))
  })

  it('isolates names in the caption, so an override (U+202E) cannot reverse the rest of it', () => {
    const caption = captionComparison({ columns: [column('On screen', true), column('\u202Eevil'), column('Base')] })
    expect(caption).toBe('Comparing On screen, \u2068\u202Eevil\u2069 and \u2068Base\u2069.')
  })

  it('for any string as a name, the SVG parses and holds the name’s visible text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom('\uFFFF', '\uFFFE', '\u202E', '\u0000', '\u0008', '\uD800', '\uDC00', 'a', ' ', '<', '&') }),
        ),
        async (name) => {
          const { doc, texts } = await composed(name)
          expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
          expect(texts).toContain(visible(name))
        },
      ),
      { numRuns: 150 },
    )
  })
})
