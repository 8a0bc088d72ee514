import type { AssumptionKey, Scenario } from '../model/scenario'
import { PARTNERSHIP_OPTIONS } from '../model/scenario'
import type { ScenarioLimits } from '../data/publishedScenario'
import { clamp, normaliseScenario, snap } from '../model/scenarioRules'
import { checkNote, NOTE_LIMITS, type ChartNote, type NoteChart, type NoteLimits, type NoteOffChart, type NotePlaces } from '../model/notes'
import { formatCount, formatFx, formatPct, formatUsdExact, formatYears } from '../format/format'
import { CHART_TITLES } from '../format/chartTitles'
import { clip, currencySchema, partnershipOptionSchema, scenarioSchema } from './scenarioSchema'

/**
 * A scenario in the query string: short readable names, only what differs from the published
 * settings, so `?tariff=25&options=drivetrains` is the whole link. Reading is forgiving: every
 * value is checked on its own against the shared schema and brought into range; whatever could
 * not be used is named in `ignored`, and the rest of the link still applies.
 */

export interface ScenarioContext {
  published: Scenario
  limits: ScenarioLimits
}

type NumberKey = 'tariffPct' | 'startYear' | AssumptionKey

interface NumberParam {
  param: string
  key: NumberKey
  /** How a person would name the value in a sentence. */
  label: string
  /** URL value = model value × scale (software saving travels in millions of dollars). */
  scale: number
  show: (modelValue: number) => string
}

const years = (v: number) => formatYears(v)
const pct = (v: number) => formatPct(v)

/** The URL's parameters, in the order they are written. */
export const NUMBER_PARAMS: readonly NumberParam[] = [
  { param: 'tariff', key: 'tariffPct', label: 'tariff', scale: 1, show: pct },
  { param: 'start', key: 'startYear', label: 'partnership start year', scale: 1, show: String },
  { param: 'fx', key: 'fxJpyPerUsd', label: 'exchange rate', scale: 1, show: formatFx },
  { param: 'passOn', key: 'passThroughPct', label: 'share passed on to buyers', scale: 1, show: pct },
  { param: 'drivetrainsPct', key: 'drivetrainsPct', label: 'shared drivetrains effect', scale: 1, show: pct },
  { param: 'drivetrainsYears', key: 'drivetrainsRampYears', label: 'shared drivetrains ramp', scale: 1, show: years },
  { param: 'platformsPct', key: 'platformsPct', label: 'co-developed platforms effect', scale: 1, show: pct },
  { param: 'platformsYears', key: 'platformsRampYears', label: 'co-developed platforms ramp', scale: 1, show: years },
  { param: 'softwareUsdM', key: 'softwareSavingUsd', label: 'shared software saving', scale: 1e-6, show: (v) => `$${trimFloat(v / 1e6)}M` },
  { param: 'softwareYears', key: 'softwareRampYears', label: 'shared software ramp', scale: 1, show: years },
  { param: 'vehicleUsd', key: 'vehicleValueUsd', label: 'import value per vehicle', scale: 1, show: formatUsdExact },
]
export const OPTIONS_PARAM = 'options'
export const CURRENCY_PARAM = 'currency'
/** One per note, repeatable: `note=<chart slug>~<anchor>~<text>` (#9). */
export const NOTE_PARAM = 'note'
const NOTE_SEPARATOR = '~'

/** Drop float noise (0.1 × 3) before a number is written into a link. */
function trimFloat(x: number): string {
  return String(Number(x.toPrecision(12)))
}

function getNumber(s: Scenario, key: NumberKey): number {
  return key === 'tariffPct' || key === 'startYear' ? s[key] : s.assumptions[key]
}

function withNumber(s: Scenario, key: NumberKey, value: number): Scenario {
  if (key === 'tariffPct') return { ...s, tariffPct: value }
  if (key === 'startYear') return { ...s, startYear: value }
  return { ...s, assumptions: { ...s.assumptions, [key]: value } }
}

function limitsOf(limits: ScenarioLimits, key: NumberKey): { min: number; max: number; step: number } {
  if (key === 'tariffPct') return limits.tariffPct
  if (key === 'startYear') return { ...limits.startYear, step: 1 }
  return limits.assumptions[key]
}

// A plain decimal: no hex, no "Infinity", no spaces. Number('') is 0, so '' must fail here.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

function schemaFor(key: NumberKey) {
  const shape = scenarioSchema.shape
  if (key === 'tariffPct') return shape.tariffPct
  if (key === 'startYear') return shape.startYear
  return shape.assumptions.shape[key]
}

export interface LinkReading {
  scenario: Scenario
  /** One short sentence per thing the link asked for that could not be used as written. */
  ignored: string[]
}

/**
 * Things of one kind that a link repeats (12,000 unknown parameters): one line for all of them,
 * in the place of the first, with the count and every distinct name. The message on screen shows
 * the start of the line; the full report (a download) has all of it.
 */
class Group {
  n = 0
  names = new Set<string>()
  constructor(
    private one: (name: string) => string,
    private many: (n: string) => string,
  ) {}
  add(name: string): void {
    this.n++
    this.names.add(clip(name))
  }
  toString(): string {
    const names = Array.from(this.names)
    if (this.n === 1) return this.one(names[0]!)
    return `${this.many(formatCount(this.n))}: ${names.map((name) => `“${name}”`).join(', ')}`
  }
}

/** Any string (with or without the leading "?") gives a valid scenario; nothing throws. */
export function parseScenarioQuery(search: string, ctx: ScenarioContext): LinkReading {
  const { published, limits } = ctx
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)
  } catch {
    return { scenario: published, ignored: ['the link’s query string could not be read'] }
  }
  let scenario = published
  const ignored: (string | Group)[] = []
  const group = (g: Group, name: string) => {
    if (g.n === 0) ignored.push(g)
    g.add(name)
  }
  const repeated = new Group(
    (name) => `a second “${name}” (the first one was used)`,
    (n) => `${n} repeated parameters (the first of each was used)`,
  )
  const unknownParams = new Group(
    (name) => `unknown parameter “${name}”`,
    (n) => `${n} unknown parameters`,
  )
  const unknownOptions = new Group(
    (name) => `unknown partnership option “${name}”`,
    (n) => `${n} unknown partnership options`,
  )
  const badNotes = new Group(
    (name) => `note “${name}” could not be used`,
    (n) => `${n} notes could not be used`,
  )
  const extraNotes = new Group(
    () => `more than ${NOTE_LIMITS.maxNotes} notes (the first ${NOTE_LIMITS.maxNotes} were used)`,
    (n) => `${n} notes over the limit of ${NOTE_LIMITS.maxNotes} (the first ${NOTE_LIMITS.maxNotes} were used)`,
  )
  // One line per chart for the notes it cannot draw. The one-note sentence names the anchor of
  // the note that made the group: when that sentence is used, it is the only note in it.
  const offChart = new Map<NoteChart, Group>()
  const offChartGroup = ({ chart, anchor, places }: NoteOffChart) => {
    let g = offChart.get(chart)
    if (!g) {
      const where = placesText(chart, places)
      g = new Group(
        (name) => `note “${name}”: ${anchorText(places, anchor)} is not ${where}`,
        (n) => `${n} notes are not at ${where}`,
      )
      offChart.set(chart, g)
    }
    return g
  }
  const notes: ChartNote[] = []
  const seen = new Set<string>()
  for (const [name, raw] of params) {
    if (name === NOTE_PARAM) {
      const note = readNote(raw, limits)
      if (note.ok) {
        if (notes.length >= NOTE_LIMITS.maxNotes) group(extraNotes, note.value.text)
        else notes.push(note.value)
      } else group(note.error ? offChartGroup(note.error) : badNotes, raw)
      continue
    }
    if (seen.has(name)) {
      group(repeated, name)
      continue
    }
    seen.add(name)
    const value = raw.trim()
    const numberParam = NUMBER_PARAMS.find((p) => p.param === name)
    if (numberParam) {
      const { key, label, scale, show } = numberParam
      const kept = `kept ${show(getNumber(scenario, key))}`
      if (!DECIMAL.test(value)) {
        ignored.push(value === '' ? `an empty ${label} (${kept})` : `${label} “${clip(value)}” is not a number (${kept})`)
        continue
      }
      const n = Number(value) / scale
      // 1e309 is Infinity: there is no nearest value to use.
      if (!Number.isFinite(n)) {
        ignored.push(`${label} “${clip(value)}” is too large to use (${kept})`)
        continue
      }
      const r = limitsOf(limits, key)
      const fitted = snap(clamp(n, r.min, r.max), r.step, r.min)
      if (n < r.min || n > r.max) {
        ignored.push(`${label} ${clip(value)} is outside ${show(r.min)}–${show(r.max)} (used ${show(fitted)})`)
      } else if (!schemaFor(key).safeParse(n).success) {
        ignored.push(`${label} ${clip(value)} is not a whole number (used ${show(fitted)})`)
      } else if (fitted !== n) {
        ignored.push(`${label} ${clip(value)} is between steps (used ${show(fitted)})`)
      }
      scenario = withNumber(scenario, key, fitted)
      continue
    }
    if (name === OPTIONS_PARAM) {
      const partnership = { software: false, drivetrains: false, platforms: false }
      for (const token of value.split(',').map((t) => t.trim().toLowerCase())) {
        if (token === '' || token === 'none') continue
        const option = partnershipOptionSchema.safeParse(token)
        if (option.success) partnership[option.data] = true
        else group(unknownOptions, token)
      }
      scenario = { ...scenario, partnership }
      continue
    }
    if (name === CURRENCY_PARAM) {
      const currency = currencySchema.safeParse(value.toUpperCase())
      if (currency.success) scenario = { ...scenario, currency: currency.data }
      else ignored.push(`currency “${clip(value)}” is not USD or JPY (kept ${scenario.currency})`)
      continue
    }
    group(unknownParams, name)
  }
  if (notes.length) scenario = { ...scenario, notes }
  return { scenario: normaliseScenario(scenario, limits, published), ignored: ignored.map(String) }
}

/** `cost-over-time~2028~Plant opens` → a note; the text may itself hold "~". */
function readNote(raw: string, limits: NoteLimits): ReturnType<typeof checkNote> {
  const first = raw.indexOf(NOTE_SEPARATOR)
  const second = first < 0 ? -1 : raw.indexOf(NOTE_SEPARATOR, first + 1)
  if (second < 0) return { ok: false, error: null }
  return checkNote({ chart: raw.slice(0, first).trim(), anchor: raw.slice(first + 1, second).trim(), text: raw.slice(second + 1) }, limits)
}

/** A note's anchor in a link's words: "2099", "70%", "toyota". */
function anchorText(places: NotePlaces, anchor: number | string): string {
  return places.kind === 'tariff' ? formatPct(Number(anchor)) : clip(String(anchor))
}

/** Where a chart takes notes: "a year on Cost over time (2025–2030)". */
function placesText(chart: NoteChart, places: NotePlaces): string {
  const title = CHART_TITLES[chart]
  if (places.kind === 'year') return `a year on ${title} (${places.years[0]}–${places.years[places.years.length - 1]})`
  if (places.kind === 'tariff') return `a tariff on ${title} (${formatPct(places.min)}–${formatPct(places.max)})`
  return `a key on ${title} (${places.keys.join(', ')})`
}

function writeNote(n: ChartNote): string {
  const anchor = typeof n.anchor === 'number' ? trimFloat(n.anchor) : n.anchor
  return [n.chart, anchor, n.text].map(encodeURIComponent).join(NOTE_SEPARATOR)
}

/** The query string (no "?") for a scenario: only what differs from the published settings. */
export function encodeScenarioQuery(s: Scenario, published: Scenario): string {
  const parts: string[] = []
  const add = (name: string, value: string) => parts.push(`${name}=${value}`)
  const tariff = NUMBER_PARAMS[0]!
  if (s.tariffPct !== published.tariffPct) add(tariff.param, trimFloat(s.tariffPct * tariff.scale))
  if (PARTNERSHIP_OPTIONS.some((o) => s.partnership[o] !== published.partnership[o])) {
    const on = PARTNERSHIP_OPTIONS.filter((o) => s.partnership[o])
    add(OPTIONS_PARAM, on.length ? on.join(',') : 'none')
  }
  for (const p of NUMBER_PARAMS.slice(1)) {
    const value = getNumber(s, p.key)
    if (value !== getNumber(published, p.key)) add(p.param, trimFloat(value * p.scale))
  }
  if (s.currency !== published.currency) add(CURRENCY_PARAM, s.currency)
  for (const note of s.notes) add(NOTE_PARAM, writeNote(note))
  return parts.join('&')
}

/**
 * The page's path as one that can only mean this site. A path that starts with "//" (a doubled
 * slash, common when URLs are joined) is read as a link to another host ("//evil.example/"), and
 * history.replaceState refuses it; the leading slashes (and backslashes, which URLs read as
 * slashes) collapse to one, the rest is kept.
 */
export function safePathname(pathname: string): string {
  return `/${pathname.replace(/^[/\\]+/, '')}`
}

/** pathname + ?query + #hash, with the hash (presentation mode's slide) left as it was. */
export function scenarioHref(location: Pick<Location, 'pathname' | 'hash'>, query: string): string {
  return `${safePathname(location.pathname)}${query ? `?${query}` : ''}${location.hash}`
}
