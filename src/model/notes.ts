import { normaliseUserText } from './userText'

/**
 * Notes a presenter puts on a chart (#9): a short text anchored to a place on one chart. They are
 * part of the Scenario, so the link, saved scenarios, files and undo carry them. Text only: it is
 * drawn as React text and XML-escaped in an exported SVG, never read as markup.
 */

/** The charts a note can sit on (the dashboard's five; chartMeta.ts checks it names the same). */
export const NOTE_CHARTS = [
  'tariff-cost-by-company',
  'tariff-sensitivity',
  'cost-over-time',
  'plant-footprint',
  'what-matters-most',
] as const
export type NoteChart = (typeof NOTE_CHARTS)[number]

export interface ChartNote {
  chart: NoteChart
  /**
   * Where on the chart: a year (Cost over time, Plant footprint), a tariff in percent (Tariff
   * sensitivity), or a key: a company ("nissan", "honda", "combined") or an assumption
   * ("tariffPct", "drivetrainsPct"…) on What matters most.
   */
  anchor: number | string
  text: string
}

/** At most this many notes in a scenario, each at most this many user-perceived characters. */
export const NOTE_LIMITS = { maxNotes: 10, maxGraphemes: 80 } as const

/** Which kind of anchor each chart takes. */
export const NOTE_ANCHOR_KIND: Record<NoteChart, 'year' | 'tariff' | 'key'> = {
  'tariff-cost-by-company': 'key',
  'tariff-sensitivity': 'tariff',
  'cost-over-time': 'year',
  'plant-footprint': 'year',
  'what-matters-most': 'key',
}

const KEY = /^[A-Za-z][A-Za-z0-9]{0,39}$/

export function isNoteChart(x: unknown): x is NoteChart {
  return typeof x === 'string' && (NOTE_CHARTS as readonly string[]).includes(x)
}

/** A valid anchor for the chart, or null. Tariffs are kept to 0.1 points, years whole. */
export function noteAnchor(chart: NoteChart, raw: unknown): number | string | null {
  const kind = NOTE_ANCHOR_KIND[chart]
  if (kind === 'key') return typeof raw === 'string' && KEY.test(raw) ? raw : null
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[+-]?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN
  if (!Number.isFinite(n)) return null
  if (kind === 'year') return Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : null
  return n >= 0 && n <= 100 ? Math.round(n * 10) / 10 : null
}

/** A note made valid (text normalised like a scenario name), or null when nothing usable is left. */
export function normaliseNote(raw: { chart: unknown; anchor: unknown; text: unknown }): ChartNote | null {
  if (!isNoteChart(raw.chart) || typeof raw.text !== 'string') return null
  const anchor = noteAnchor(raw.chart, raw.anchor)
  if (anchor === null) return null
  const text = normaliseUserText(raw.text, NOTE_LIMITS.maxGraphemes)
  return text.ok ? { chart: raw.chart, anchor, text: text.value.name } : null
}

/** Every note made valid; unusable ones dropped, at most NOTE_LIMITS.maxNotes kept. */
export function normaliseNotes(raw: readonly { chart: unknown; anchor: unknown; text: unknown }[] | undefined): readonly ChartNote[] {
  if (!Array.isArray(raw)) return []
  const out: ChartNote[] = []
  for (const n of raw) {
    const note = normaliseNote(n)
    if (note && out.length < NOTE_LIMITS.maxNotes) out.push(note)
  }
  return out
}

export function sameNotes(a: readonly ChartNote[], b: readonly ChartNote[]): boolean {
  return (
    a === b || (a.length === b.length && a.every((n, i) => n.chart === b[i]!.chart && n.anchor === b[i]!.anchor && n.text === b[i]!.text))
  )
}
