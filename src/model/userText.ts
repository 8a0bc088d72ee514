import type { Result } from './result'
/**
 * Text a person typed (scenario names, file names) on its way into the page, a message or a file.
 * Names are normalised once, when they are saved, and isolated whenever they sit inside a sentence.
 */

/** Saved scenario names are cut to this many user-perceived characters (graphemes), not refused. */
export const NAME_MAX_LENGTH = 80

const FSI = '\u2068'
const PDI = '\u2069'

/**
 * Wrap user text in First Strong Isolate … Pop Directional Isolate, so a right-to-left name (or
 * one that carries its own direction marks) cannot reorder the rest of the line it sits in.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`
}

/** “name”, isolated: how every message quotes user text. */
export function quoteUserText(text: string): string {
  return `“${isolate(text)}”`
}

// C0 and C1 controls, DEL, line and paragraph separators: become a space.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they become a space
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
// Bidi embeddings and overrides (U+202A–202E), isolates (U+2066–2069) and marks (LRM, RLM, ALM):
// they would change how the rest of a message or caption reads, so names drop them.
// Noncharacters U+FFFE/FFFF and lone surrogates go too: XML (an exported SVG) forbids them.
const BIDI_CONTROL =
  /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g')
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are hidden
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/
// Something a reader can see: not a format character, separator, control or lone combining mark,
// and not one of the Hangul fillers and the blank Braille pattern that render as nothing.
const VISIBLE = /[^\p{Cf}\p{Z}\p{Cc}\p{M}\u115f\u1160\u3164\uffa0\u2800\s]/u

// Made on first use, not as the module loads: creating a grapheme segmenter loads ICU's break
// rules, about 9 ms of the entry's evaluation on the 2-core VM, before the first chart (#7).
let segmenter: Intl.Segmenter | null | undefined

/**
 * The user-perceived characters of a string, one at a time (an emoji with modifiers is one): a
 * caller that stops early segments only what it read (format/cutText on a 100 KB message).
 */
export function* eachGrapheme(text: string): Generator<string> {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null
  if (!segmenter) {
    yield* text
    return
  }
  for (const { segment } of segmenter.segment(text)) yield segment
}

/** The user-perceived characters of a string. */
export function graphemes(text: string): string[] {
  return Array.from(eachGrapheme(text))
}

/** At most `max` graphemes, never cutting inside one. */
export function cutGraphemes(text: string, max: number): string {
  if (text.length <= max) return text // fewer code units than the maximum: nothing to cut
  const parts = graphemes(text)
  return parts.length <= max ? text : parts.slice(0, max).join('')
}

export interface NameChanges {
  /** Cut to the maximum number of graphemes. */
  shortened: boolean
  /** Leading, trailing or repeated spaces (or line breaks, tabs) were removed. */
  spaces: boolean
  /** Control or direction-changing characters were removed. */
  invisible: boolean
}

/** The app's one result type (model/result): the kept name and what changed, or why there is none. */
export type NameReading = Result<{ name: string; changes: NameChanges }, 'empty-name' | 'nothing-visible'>

/**
 * A typed name → the name that is kept: NFC, no control or bidi-control characters, single
 * spaces, at most NAME_MAX_LENGTH graphemes. Refused when nothing visible is left.
 */
export function normaliseName(raw: string): NameReading {
  return normaliseUserText(raw, NAME_MAX_LENGTH)
}

/** normaliseName with another length limit (chart notes, #9). */
export function normaliseUserText(raw: string, maxGraphemes: number): NameReading {
  const nfc = raw.normalize('NFC')
  const noControls = nfc.replace(CONTROLS, ' ').replace(BIDI_CONTROLS, '')
  // Tabs and line breaks count as spaces; any other control or a direction mark is "invisible".
  const invisible = BIDI_CONTROL.test(nfc) || HIDDEN_CONTROLS.test(nfc)
  const spaced = noControls.replace(/\s+/g, ' ').trim()
  if (spaced === '') return { ok: false, error: nfc.trim() === '' ? 'empty-name' : 'nothing-visible' }
  if (!VISIBLE.test(spaced)) return { ok: false, error: 'nothing-visible' }
  const name = cutGraphemes(spaced, maxGraphemes).trimEnd()
  return {
    ok: true,
    value: {
      name,
      changes: {
        shortened: name.length < spaced.trimEnd().length,
        // Compare with controls as spaces: a tab or line break counts as a space that was removed.
        spaces: spaced !== noControls,
        invisible,
      },
    },
  }
}

/** "Base" taken → "Base (2)", then "(3)"… Names are compared without case; the result stays within the maximum. */
export function uniqueName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted
  const stem = wanted.replace(/ \(\d+\)$/, '')
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`
    const candidate = `${cutGraphemes(stem, NAME_MAX_LENGTH - suffix.length).trimEnd()}${suffix}`
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}

/** The lower-cased names, for uniqueName. */
export function takenNames(names: Iterable<string>): Set<string> {
  return new Set(Array.from(names, (n) => n.toLowerCase()))
}

/** Safe to show inside a message: controls and bidi controls removed, at most `max` graphemes. */
export function clipUserText(raw: string, max = 40): string {
  const s = raw.replace(CONTROLS, ' ').replace(BIDI_CONTROLS, '')
  const cut = cutGraphemes(s, max - 1)
  return cut.length < s.length ? `${cut}…` : s
}
