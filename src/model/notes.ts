import { PATH_YEARS } from './projection'
import { tariffCostKeys } from './ranges'
import type { Result } from './result'
// A type only: scenarioRules imports this module.
import type { ScenarioLimits } from './scenarioRules'
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

/** The bars of Tariff cost by company: a note's key, and the category as drawn. */
export const COMPANY_NOTE_CATEGORIES: Readonly<Record<string, string>> = { nissan: 'Nissan', honda: 'Honda', combined: 'Combined' }

/**
 * The rows What matters most can show: the tariff, and each assumption that can change a tariff
 * cost in some scenario (every option on, figures in yen). A row left out in this scenario (its
 * option off) keeps its note, drawn again when the row is back; software and the value per vehicle
 * never change a tariff cost, so they are never a row.
 */
const TORNADO_ROW_KEYS: readonly string[] = ['tariffPct', ...tariffCostKeys({ drivetrains: true, platforms: true, software: true }, 'JPY')]

/** Where a chart can draw a note: at one of its years, within its tariff axis, or at one of its keys. */
export type NotePlaces =
  { kind: 'year'; years: readonly number[] } | { kind: 'tariff'; min: number; max: number } | { kind: 'key'; keys: readonly string[] }

/** The tariff axis is the slider's range, which comes from the baseline (ScenarioLimits). */
export type NoteLimits = Pick<ScenarioLimits, 'tariffPct'>

function notePlaces(chart: NoteChart, limits: NoteLimits): NotePlaces {
  switch (NOTE_ANCHOR_KIND[chart]) {
    case 'year':
      return { kind: 'year', years: PATH_YEARS }
    case 'tariff':
      return { kind: 'tariff', min: limits.tariffPct.min, max: limits.tariffPct.max }
    case 'key':
      return { kind: 'key', keys: chart === 'tariff-cost-by-company' ? Object.keys(COMPANY_NOTE_CATEGORIES) : TORNADO_ROW_KEYS }
  }
}

function isDrawn(places: NotePlaces, anchor: number | string): boolean {
  if (places.kind === 'key') return places.keys.includes(String(anchor))
  if (places.kind === 'year') return places.years.includes(Number(anchor))
  // The tariff axis is continuous: a rate between the slider's steps is drawn where it falls.
  return Number(anchor) >= places.min && Number(anchor) <= places.max
}

/** A note that could be read but not drawn: the reader says where its chart takes notes. */
export interface NoteOffChart {
  chart: NoteChart
  anchor: number | string
  places: NotePlaces
}

const KEY = /^[A-Za-z][A-Za-z0-9]{0,39}$/

export function isNoteChart(x: unknown): x is NoteChart {
  return typeof x === 'string' && (NOTE_CHARTS as readonly string[]).includes(x)
}

/** The anchor as the chart's kind reads it (tariffs kept to 0.1 points), or null; not yet checked against the chart. */
function readAnchor(chart: NoteChart, raw: unknown): number | string | null {
  const kind = NOTE_ANCHOR_KIND[chart]
  if (kind === 'key') return typeof raw === 'string' && KEY.test(raw) ? raw : null
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[+-]?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN
  if (!Number.isFinite(n)) return null
  return kind === 'year' ? n : Math.round(n * 10) / 10
}

/**
 * A note made valid (text normalised like a scenario name), or why not: its anchor is not a place
 * its chart draws (NoteOffChart), or null when it cannot be read at all or has no visible text.
 */
export function checkNote(
  raw: { chart: unknown; anchor: unknown; text: unknown },
  limits: NoteLimits,
): Result<ChartNote, NoteOffChart | null> {
  if (!isNoteChart(raw.chart) || typeof raw.text !== 'string') return { ok: false, error: null }
  const anchor = readAnchor(raw.chart, raw.anchor)
  if (anchor === null) return { ok: false, error: null }
  const places = notePlaces(raw.chart, limits)
  if (!isDrawn(places, anchor)) return { ok: false, error: { chart: raw.chart, anchor, places } }
  const text = normaliseUserText(raw.text, NOTE_LIMITS.maxGraphemes)
  return text.ok ? { ok: true, value: { chart: raw.chart, anchor, text: text.value.name } } : { ok: false, error: null }
}

/** A note made valid, or null when it cannot be used. */
export function normaliseNote(raw: { chart: unknown; anchor: unknown; text: unknown }, limits: NoteLimits): ChartNote | null {
  const note = checkNote(raw, limits)
  return note.ok ? note.value : null
}

/** Every note made valid; unusable ones dropped, at most NOTE_LIMITS.maxNotes kept. */
export function normaliseNotes(
  raw: readonly { chart: unknown; anchor: unknown; text: unknown }[] | undefined,
  limits: NoteLimits,
): readonly ChartNote[] {
  if (!Array.isArray(raw)) return []
  const out: ChartNote[] = []
  for (const n of raw) {
    const note = normaliseNote(n, limits)
    if (note && out.length < NOTE_LIMITS.maxNotes) out.push(note)
  }
  return out
}

export function sameNotes(a: readonly ChartNote[], b: readonly ChartNote[]): boolean {
  return (
    a === b || (a.length === b.length && a.every((n, i) => n.chart === b[i]!.chart && n.anchor === b[i]!.anchor && n.text === b[i]!.text))
  )
}
