import { zipSync } from 'fflate'
import { xmlSafe } from './xmlText'

export interface SlideInput {
  title: string
  caption: string
  source: string
  /** The scenario in words: speaker notes and the picture's alt text. */
  summary?: string
  png: Blob
  /** Pixel size of the PNG, to keep its aspect on the slide. */
  width: number
  height: number
}

/** Every chart's PNG in one ZIP. PNGs are compressed already: store them (level 0), it is faster. */
export async function zipFiles(files: { fileName: string; blob: Blob }[]): Promise<Blob> {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {}
  for (const f of files) entries[f.fileName] = [new Uint8Array(await f.blob.arrayBuffer()), { level: 0 }]
  return new Blob([zipSync(entries)], { type: 'application/zip' })
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(blob)
  })
}

// LAYOUT_WIDE: 13.333 × 7.5 in (16:9).
const SLIDE_W = 13.333
const MARGIN = 0.5
const TEXT_W = SLIDE_W - 2 * MARGIN
const PICTURE = { y: 1.15, h: 4.75 }

/** The texts every deck slide carries natively; `summary` is the scenario in words. */
export interface SlideText {
  title: string
  caption: string
  source: string
  summary?: string
}

type Pptx = InstanceType<typeof import('pptxgenjs').default>
type Slide = ReturnType<Pptx['addSlide']>

/**
 * A 16:9 slide with the title, caption and source as slide text and the summary as speaker notes;
 * returns the texts made XML-safe. pptxgenjs escapes markup but writes U+FFFF and control
 * characters as they are: the slide's XML would be invalid and PowerPoint would refuse the file.
 * Scenario names reach the captions.
 */
export function addTextSlide(pptx: Pptx, raw: SlideText): { slide: Slide; text: SlideText } {
  const text = {
    title: xmlSafe(raw.title),
    caption: xmlSafe(raw.caption),
    source: xmlSafe(raw.source),
    summary: raw.summary === undefined ? undefined : xmlSafe(raw.summary),
  }
  const slide = pptx.addSlide()
  slide.background = { color: 'FFFFFF' }
  slide.addText(text.title, {
    x: MARGIN,
    y: 0.3,
    w: TEXT_W,
    h: 0.75,
    fontFace: 'Arial',
    fontSize: 30,
    bold: true,
    color: '111827',
    valign: 'middle',
    margin: 0,
  })
  if (text.summary) slide.addNotes(text.summary)
  slide.addText(text.caption, {
    x: MARGIN,
    y: 6.0,
    w: TEXT_W,
    h: 0.65,
    fontFace: 'Arial',
    fontSize: 14,
    color: '1f2937',
    valign: 'top',
    margin: 0,
  })
  slide.addText(text.source, {
    x: MARGIN,
    y: 6.7,
    w: TEXT_W,
    h: 0.6,
    fontFace: 'Arial',
    fontSize: 10,
    color: '4b5563',
    valign: 'top',
    margin: 0,
  })
  return { slide, text }
}

/** A new 16:9 deck; pptxgenjs (and the jszip it brings) is loaded only here. */
export async function newDeck(deckTitle: string): Promise<Pptx> {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = xmlSafe(deckTitle)
  pptx.subject = 'US tariffs on Japanese car imports and a Honda–Nissan partnership in North America'
  return pptx
}

/** The box between the title and the caption, for the picture or the chart. */
export const BODY_BOX = { x: MARGIN, y: PICTURE.y, w: TEXT_W, h: PICTURE.h } as const

/**
 * One 16:9 slide per chart: the title as slide text, the chart (legend and plot) as a picture,
 * then the caption and the source line as text, so the deck can be edited and searched.
 */
export async function buildDeck(slides: SlideInput[], deckTitle: string): Promise<Blob> {
  const pptx = await newDeck(deckTitle)
  for (const raw of slides) {
    const { slide, text: s } = addTextSlide(pptx, raw)
    // Fit the picture in its box without distorting it, centred.
    const aspect = raw.width / raw.height
    let w = TEXT_W
    let h = w / aspect
    if (h > PICTURE.h) {
      h = PICTURE.h
      w = h * aspect
    }
    const altText = s.summary ? `${s.title}. ${s.summary}` : `${s.title}. ${s.caption}`
    slide.addImage({ data: await dataUrl(raw.png), x: (SLIDE_W - w) / 2, y: PICTURE.y + (PICTURE.h - h) / 2, w, h, altText })
  }
  const out = await pptx.write({ outputType: 'blob' })
  return out instanceof Blob ? out : new Blob([out as BlobPart], { type: PPTX_TYPE })
}

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
